package dev.connectsim.lambda;

import dev.connectsim.time.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One invocation from its first attempt to its outcome.
 *
 * <p>Design note: the invocation waits until {@code deadline} (start + time limit). Each attempt is
 * started by the {@link AttemptExecutor}; once it is known when the attempt ends, the run schedules
 * either the attempt's end (if it is at or before the deadline, so an answer exactly at the limit
 * counts) or the time-out at the deadline. No event races another at the same instant. An attempt
 * that ends in a function error or a throttle is retried after the policy's backoff, if retries
 * remain and the retry would start before the deadline; otherwise the error is the outcome at once.
 * A time-out is never retried. After the outcome, attempts still running play out (their handlers
 * have run, their environments stay busy) and change nothing.
 */
final class InvocationRun implements AttemptExecutor.Listener {

    private final Scheduler scheduler;
    private final AttemptExecutor executor;
    private final RetryPolicy retries;
    private final String invocationId;
    private final LambdaInvocation invocation;
    private final BoundFunction function;
    private final Consumer<LambdaOutcome> onOutcome;
    private final Instant start;
    private final Instant deadline;
    private int attempt;
    private Instant attemptRequestedAt;
    private Instant handlerAt;
    private LambdaAttempt known;
    private boolean timeoutScheduled;
    private boolean finished;

    InvocationRun(Scheduler scheduler, AttemptExecutor executor, RetryPolicy retries, String invocationId,
            LambdaInvocation invocation, BoundFunction function, Consumer<LambdaOutcome> onOutcome) {
        this.scheduler = scheduler;
        this.executor = executor;
        this.retries = retries;
        this.invocationId = invocationId;
        this.invocation = invocation;
        this.function = function;
        this.onOutcome = onOutcome;
        this.start = scheduler.now();
        this.deadline = start.plusSeconds(invocation.timeLimitSeconds());
    }

    void start() {
        startAttempt(1);
    }

    private void startAttempt(int number) {
        attempt = number;
        attemptRequestedAt = scheduler.now();
        handlerAt = null;
        known = null;
        executor.start(new AttemptExecutor.Request(invocationId, invocation.functionArn(), function, invocation.event(),
                number, Optional.of(deadline)), this);
    }

    @Override
    public void started(Instant handlerAt) {
        this.handlerAt = handlerAt;
        if (handlerAt.isAfter(deadline)) {
            scheduleTimeout();
        }
    }

    @Override
    public void known(LambdaAttempt attempt) {
        if (finished) {
            return;
        }
        known = attempt;
        if (attempt.endedAt().isAfter(deadline)) {
            scheduleTimeout();
        } else {
            scheduler.scheduleAt(attempt.endedAt(),
                    () -> "lambda " + function.boundAs() + " attempt " + attempt.attempt() + " ends",
                    () -> ended(attempt));
        }
    }

    private void ended(LambdaAttempt attempt) {
        if (finished) {
            return;
        }
        if (attempt.result() instanceof AttemptResult.Returned returned) {
            ResponseValidator.Validated validated =
                    ResponseValidator.validate(returned.body(), invocation.validation());
            if (validated instanceof ResponseValidator.Validated.Valid valid) {
                finish(new LambdaOutcome.Success(invocationId, valid.external(), attempt.attempt(), scheduler.now()));
            } else {
                finish(error(LambdaErrorKind.INVALID_RESPONSE, "response rejected on attempt " + attempt.attempt()
                        + ": " + ((ResponseValidator.Validated.Invalid) validated).reason()));
            }
            return;
        }
        LambdaErrorKind kind = attempt.result() instanceof AttemptResult.Throttled
                ? LambdaErrorKind.THROTTLED
                : LambdaErrorKind.FUNCTION_ERROR;
        String what = (kind == LambdaErrorKind.THROTTLED ? "throttled" : "function error") + " on attempt "
                + attempt.attempt() + " (" + attempt.result().describe() + ")";
        if (attempt.attempt() > retries.retries()) {
            finish(error(kind, what + (retries.retries() == 0
                    ? "; no retries"
                    : "; Connect's " + retries.retries() + " retries are used up")));
            return;
        }
        Instant next = scheduler.now().plus(retries.backoffs().get(attempt.attempt() - 1));
        if (!next.isBefore(deadline)) {
            finish(error(kind, what + "; no retry: the next attempt would start at " + offset(next)
                    + ", not before the " + Seconds.format(limit()) + " time limit"));
            return;
        }
        int number = attempt.attempt() + 1;
        scheduler.scheduleAt(next, () -> "lambda " + function.boundAs() + " retry " + (number - 1),
                () -> startAttempt(number));
    }

    private void scheduleTimeout() {
        if (!timeoutScheduled) {
            timeoutScheduled = true;
            scheduler.scheduleAt(deadline, () -> "lambda " + function.boundAs() + " time limit", this::timeout);
        }
    }

    private void timeout() {
        if (finished) {
            return;
        }
        String requested = "attempt " + attempt + " was requested at " + offset(attemptRequestedAt);
        String detail;
        if (known == null) {
            Duration coldStart = Duration.between(attemptRequestedAt, handlerAt);
            detail = requested + " and was still in a " + Seconds.format(coldStart) + " cold start";
        } else {
            Duration coldStart = Duration.between(attemptRequestedAt, known.startedAt());
            detail = requested + (coldStart.isZero() ? "" : " with a " + Seconds.format(coldStart) + " cold start")
                    + " and would have ended at " + offset(known.endedAt()) + " (" + known.result().describe() + ")";
        }
        finish(error(LambdaErrorKind.TIMED_OUT, "timed out after " + Seconds.format(limit()) + ": " + detail));
    }

    private LambdaOutcome.Error error(LambdaErrorKind kind, String reason) {
        return new LambdaOutcome.Error(invocationId, kind, reason, attempt, scheduler.now());
    }

    private Duration limit() {
        return Duration.between(start, deadline);
    }

    private String offset(Instant instant) {
        return "+" + Seconds.format(Duration.between(start, instant));
    }

    private void finish(LambdaOutcome outcome) {
        finished = true;
        onOutcome.accept(outcome);
    }
}

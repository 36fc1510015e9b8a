package dev.connectsim.lambda;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt in the {@link InvocationLog}: one request that reached Lambda.
 *
 * @param invocationId      the invocation it belongs to (a keep-warm ping is an invocation of its own)
 * @param invokedArn        the ARN as the flow (or the keep-warm schedule) named it
 * @param boundAs           the ARN or placeholder the handler is bound under
 * @param event             what the function was sent
 * @param attempt           1 for the first attempt, 2 to 4 for Connect's retries
 * @param requestedAt       when the request reached Lambda
 * @param startedAt         when the handler ran: after any cold start (for a throttle, the request instant)
 * @param endedAt           when the function returned or failed (for a throttle, the request instant)
 * @param coldStart         true when the attempt started a new execution environment
 * @param result            how the attempt ended on the Lambda side
 * @param outlivedTimeLimit true when Connect had stopped waiting (the block's time limit passed) before it ended:
 *                          its side effects happened, its answer was lost
 * @param log               what the function logged, line by line (a team's handler's logger)
 */
public record LambdaAttempt(String invocationId, String invokedArn, String boundAs, LambdaEvent event, int attempt,
        Instant requestedAt, Instant startedAt, Instant endedAt, boolean coldStart, AttemptResult result,
        boolean outlivedTimeLimit, List<String> log) {

    public LambdaAttempt {
        Objects.requireNonNull(invocationId, "invocationId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(result, "result");
        log = List.copyOf(log);
    }

    /** An attempt that logged nothing. */
    public LambdaAttempt(String invocationId, String invokedArn, String boundAs, LambdaEvent event, int attempt,
            Instant requestedAt, Instant startedAt, Instant endedAt, boolean coldStart, AttemptResult result,
            boolean outlivedTimeLimit) {
        this(invocationId, invokedArn, boundAs, event, attempt, requestedAt, startedAt, endedAt, coldStart, result,
                outlivedTimeLimit, List.of());
    }

    /** True when the handler ran (every attempt but a throttled one), so its side effects happened. */
    public boolean handlerCalled() {
        return !(result instanceof AttemptResult.Throttled);
    }

    /** True for a keep-warm ping. */
    public boolean isWarmUp() {
        return event instanceof WarmUpPing;
    }

    /** The contact the attempt served, for a flow's invocation. */
    public Optional<String> contactId() {
        return event instanceof ContactFlowEvent flowEvent
                ? Optional.of(flowEvent.contactData().contactId())
                : Optional.empty();
    }

    @Override
    public String toString() {
        return requestedAt + " " + invokedArn + " attempt " + attempt + " of " + invocationId
                + (isWarmUp() ? " (keep-warm ping)" : "") + ": "
                + (handlerCalled() ? (coldStart ? "cold start, " : "warm, ") + "ran " + startedAt + " to " + endedAt
                        + ", " : "")
                + result.describe() + (outlivedTimeLimit ? " (after Connect stopped waiting)" : "");
    }
}

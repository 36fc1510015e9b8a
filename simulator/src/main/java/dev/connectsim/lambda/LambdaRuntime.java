package dev.connectsim.lambda;

import dev.connectsim.time.Scheduler;
import dev.connectsim.time.SimRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Invokes bound functions as Amazon Connect's InvokeLambdaFunction block does, in virtual time.
 *
 * <pre>{@code
 * Submission submission = runtime.invoke(
 *         LambdaInvocation.synchronous(arn, event, 8).withValidation(ResponseValidation.JSON),
 *         outcome -> ...);   // told later, in virtual time: Success(external) or Error(reason)
 * }</pre>
 *
 * <p>Design note. A synchronous invocation waits at most InvocationTimeLimitSeconds (1 to 8) from
 * the call; the handler is called when the function starts (after a cold start), and an answer at
 * or before the limit counts, one past it is an Error at the limit, although the handler ran. A
 * function error or a throttle is retried by Connect up to 3 times, each retry after a backoff
 * ({@link RetryPolicy#connectDefault()}: 100, 200, 400 ms) and only if it starts before the limit;
 * every retry calls the handler again. A response is validated (STRING_MAP or JSON, 32 KB) once it
 * arrives; a rejected one is not retried. An asynchronous invocation is a Success with an empty
 * {@code $.External} at once; the function runs once, with no retries, within a limit of up to 60 s,
 * and its outcome is kept for {@link #asyncResult}. Outcomes are delivered by scheduler events,
 * never from inside {@link #invoke}. Every attempt is in the {@link #log()}.
 */
public final class LambdaRuntime {

    private final Scheduler scheduler;
    private final LambdaRegistry registry;
    private final SimRandom random;
    private final RetryPolicy retries;
    private final InvocationLog log;
    private final AttemptExecutor executor;
    private final Map<String, LambdaOutcome> asyncResults = new HashMap<>();
    private final Map<String, List<Consumer<LambdaOutcome>>> asyncWaiters = new HashMap<>();

    /** A runtime with Connect's default retries; ids are drawn from {@code random}. */
    public LambdaRuntime(Scheduler scheduler, LambdaRegistry registry, SimRandom random) {
        this(scheduler, registry, random, RetryPolicy.connectDefault());
    }

    public LambdaRuntime(Scheduler scheduler, LambdaRegistry registry, SimRandom random, RetryPolicy retries) {
        this(scheduler, registry, random, retries, true);
    }

    /** As above; {@code keepLog} false keeps no attempt in the {@link #log()} (load runs, where it would only grow). */
    public LambdaRuntime(Scheduler scheduler, LambdaRegistry registry, SimRandom random, RetryPolicy retries,
            boolean keepLog) {
        this(scheduler, registry, random, retries, keepLog, ScenarioValues.NONE);
    }

    /**
     * As above; a function's new execution environment is told {@code values} (what its environment variables may
     * name, such as the scenario's Salesforce URL) and the seed of {@code random}.
     */
    public LambdaRuntime(Scheduler scheduler, LambdaRegistry registry, SimRandom random, RetryPolicy retries,
            boolean keepLog, ScenarioValues values) {
        this.log = new InvocationLog(keepLog);
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.random = Objects.requireNonNull(random, "random");
        this.retries = Objects.requireNonNull(retries, "retries");
        this.executor = new AttemptExecutor(scheduler, log, random.seed(), Objects.requireNonNull(values, "values"));
    }

    /** The functions this runtime invokes. */
    public LambdaRegistry registry() {
        return registry;
    }

    /** Every attempt so far. */
    public InvocationLog log() {
        return log;
    }

    /**
     * Starts {@code invocation} now. Returns {@link Submission.Refused} (and calls nothing) when its
     * time limit is out of range for its type; otherwise {@code onOutcome} is told exactly once, in a
     * later scheduler event: an unknown ARN is an Error at once, an asynchronous invocation a Success
     * at once, a synchronous one whatever its attempts come to.
     */
    public Submission invoke(LambdaInvocation invocation, Consumer<LambdaOutcome> onOutcome) {
        Objects.requireNonNull(invocation, "invocation");
        Objects.requireNonNull(onOutcome, "onOutcome");
        Optional<String> problem = LambdaInvocation.timeLimitProblem(invocation.type(), invocation.timeLimitSeconds());
        if (problem.isPresent()) {
            return new Submission.Refused(problem.get());
        }
        String invocationId = random.uuid();
        Resolution resolution = registry.resolve(invocation.functionArn());
        if (resolution instanceof Resolution.NotFound notFound) {
            tellNow(onOutcome, new LambdaOutcome.Error(invocationId, LambdaErrorKind.FUNCTION_NOT_FOUND,
                    notFound.message(), 0, scheduler.now()));
            return new Submission.Accepted(invocationId);
        }
        BoundFunction function = ((Resolution.Found) resolution).function();
        if (invocation.type() == InvocationType.SYNCHRONOUS) {
            new InvocationRun(scheduler, executor, retries, invocationId, invocation, function, outcome -> {
                if (outcome instanceof LambdaOutcome.Error error) {
                    log.failed(invocation.functionArn(), error);
                }
                onOutcome.accept(outcome);
            }).start();
        } else {
            tellNow(onOutcome, new LambdaOutcome.Success(invocationId, Map.of(), 0, scheduler.now()));
            asyncWaiters.put(invocationId, new ArrayList<>());
            new InvocationRun(scheduler, executor, RetryPolicy.none(), invocationId, invocation, function,
                    outcome -> asyncDone(invocationId, outcome)).start();
        }
        return new Submission.Accepted(invocationId);
    }

    /** The outcome of the asynchronous invocation {@code invocationId}, or empty while it runs. */
    public Optional<LambdaOutcome> asyncResult(String invocationId) {
        requireAsync(invocationId);
        return Optional.ofNullable(asyncResults.get(invocationId));
    }

    /** Tells {@code consumer} the outcome of asynchronous invocation {@code invocationId}, now or once known. */
    public void whenAsyncDone(String invocationId, Consumer<LambdaOutcome> consumer) {
        requireAsync(invocationId);
        LambdaOutcome outcome = asyncResults.get(invocationId);
        if (outcome != null) {
            consumer.accept(outcome);
        } else {
            asyncWaiters.get(invocationId).add(consumer);
        }
    }

    /**
     * Pings the function bound under {@code arn} now and every {@code every} after, as an EventBridge
     * schedule does. Fails when nothing is bound under {@code arn}.
     */
    public KeepWarm keepWarm(String arn, Duration every) {
        Objects.requireNonNull(every, "every");
        if (every.isZero() || every.isNegative()) {
            throw new IllegalArgumentException("a keep-warm period must be positive, was " + every);
        }
        Resolution resolution = registry.resolve(arn);
        if (resolution instanceof Resolution.NotFound notFound) {
            throw new IllegalArgumentException("cannot keep " + arn + " warm: " + notFound.message());
        }
        BoundFunction function = ((Resolution.Found) resolution).function();
        KeepWarm schedule = new KeepWarm(scheduler, arn, every, () -> ping(arn, function));
        schedule.start();
        return schedule;
    }

    /**
     * The run is over: every execution environment of every function ends now (a team's Node.js or Python handler's
     * worker process with it). Invoking again afterwards starts new environments, with cold starts.
     */
    public void close() {
        executor.closeAll();
    }

    private void ping(String arn, BoundFunction function) {
        Optional<FunctionArn> parsed = FunctionArn.parse(arn).or(() -> FunctionArn.parse(function.boundAs()));
        String region = parsed.map(FunctionArn::region).orElse("us-east-1");
        String account = parsed.map(FunctionArn::account).orElse("123456789012");
        String name = parsed.map(FunctionArn::name).orElse("function");
        String id = random.uuid();
        WarmUpPing event = new WarmUpPing(id, scheduler.now(), region, account,
                "arn:aws:events:" + region + ":" + account + ":rule/connect-sim-keep-warm-" + name);
        executor.start(new AttemptExecutor.Request(id, arn, function, event, 1, Optional.empty()),
                AttemptExecutor.Listener.NONE);
    }

    private void asyncDone(String invocationId, LambdaOutcome outcome) {
        asyncResults.put(invocationId, outcome);
        List<Consumer<LambdaOutcome>> waiters = asyncWaiters.get(invocationId);
        List<Consumer<LambdaOutcome>> toTell = List.copyOf(waiters);
        waiters.clear();
        toTell.forEach(waiter -> waiter.accept(outcome));
    }

    private void requireAsync(String invocationId) {
        if (!asyncWaiters.containsKey(invocationId)) {
            throw new IllegalArgumentException("no asynchronous invocation has id " + invocationId);
        }
    }

    private void tellNow(Consumer<LambdaOutcome> onOutcome, LambdaOutcome outcome) {
        scheduler.schedule(Duration.ZERO, () -> "lambda outcome of " + outcome.invocationId(),
                () -> onOutcome.accept(outcome));
    }
}

package dev.connectsim.lambda;

import dev.connectsim.time.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one attempt of a bound function in virtual time: takes an execution environment (or is
 * throttled), waits out a cold start, calls the handler, applies the function's own timeout, logs
 * the attempt, and tells its listener how it ends.
 */
final class AttemptExecutor {

    /** Told about one attempt as it goes. */
    interface Listener {

        /** An environment was found; the handler runs at {@code handlerAt} (later than now after a cold start). */
        void started(Instant handlerAt);

        /**
         * How the attempt ends is known: the handler has run, or the request was throttled. The
         * attempt ends at {@code attempt.endedAt()}, which may still be ahead.
         */
        void known(LambdaAttempt attempt);

        /** A listener for attempts whose end nobody waits for, such as keep-warm pings. */
        Listener NONE = new Listener() {
            @Override
            public void started(Instant handlerAt) {
            }

            @Override
            public void known(LambdaAttempt attempt) {
            }
        };
    }

    /**
     * One attempt to run.
     *
     * @param waitsUntil when the caller stops waiting (the block's time limit), for the log; empty for pings
     */
    record Request(String invocationId, String invokedArn, BoundFunction function, LambdaEvent event, int attempt,
            Optional<Instant> waitsUntil) {}

    private final Scheduler scheduler;
    private final InvocationLog log;
    private final long seed;
    private final ScenarioValues values;
    private final Map<String, EnvironmentPool> pools = new HashMap<>();

    AttemptExecutor(Scheduler scheduler, InvocationLog log, long seed, ScenarioValues values) {
        this.scheduler = scheduler;
        this.log = log;
        this.seed = seed;
        this.values = values;
    }

    void start(Request request, Listener listener) {
        BoundFunction function = request.function();
        Instant requestedAt = scheduler.now();
        EnvironmentPool pool = pools.computeIfAbsent(function.boundAs(), key -> new EnvironmentPool(function, seed,
                values));
        Optional<EnvironmentPool.Lease> lease = pool.acquire(requestedAt);
        if (lease.isEmpty()) {
            String reason = "Rate exceeded (reserved concurrency " + function.config().reservedConcurrency().getAsInt()
                    + ", all in use)";
            LambdaAttempt throttled = new LambdaAttempt(request.invocationId(), request.invokedArn(),
                    function.boundAs(), request.event(), request.attempt(), requestedAt, requestedAt, requestedAt,
                    false, new AttemptResult.Throttled(reason), false);
            log.add(throttled);
            listener.known(throttled);
            return;
        }
        boolean cold = lease.get().cold();
        Instant handlerAt = cold ? requestedAt.plus(function.config().coldStart()) : requestedAt;
        listener.started(handlerAt);
        scheduler.scheduleAt(handlerAt,
                () -> "lambda " + function.boundAs() + " attempt " + request.attempt() + " runs",
                () -> runHandler(request, lease.get(), requestedAt, listener));
    }

    /** Ends every function's execution environments: the run is over. */
    void closeAll() {
        pools.values().forEach(EnvironmentPool::closeAll);
    }

    private void runHandler(Request request, EnvironmentPool.Lease lease, Instant requestedAt, Listener listener) {
        BoundFunction function = request.function();
        Instant now = scheduler.now();
        Duration timeout = function.config().timeout();
        LambdaContext context = new LambdaContext(request.invocationId(), request.invokedArn(), function.boundAs(),
                request.attempt(), now, lease.cold(), timeout, request.waitsUntil());
        LambdaReply reply = call(lease.code(), request.event(), context);
        AttemptResult result;
        Instant end;
        if (reply.runsFor().compareTo(timeout) > 0) {
            result = new AttemptResult.FunctionTimedOut(timeout);
            end = now.plus(timeout);
        } else {
            end = now.plus(reply.runsFor());
            result = reply instanceof LambdaReply.Returned returned
                    ? new AttemptResult.Returned(returned.body())
                    : new AttemptResult.FunctionError(((LambdaReply.Failed) reply).errorType(),
                            ((LambdaReply.Failed) reply).errorMessage());
        }
        lease.releaseAt(end);
        boolean outlived = request.waitsUntil().map(end::isAfter).orElse(false);
        LambdaAttempt attempt = new LambdaAttempt(request.invocationId(), request.invokedArn(), function.boundAs(),
                request.event(), request.attempt(), requestedAt, now, end, lease.cold(), result, outlived, reply.log());
        log.add(attempt);
        listener.known(attempt);
    }

    private static LambdaReply call(LambdaFunction handler, LambdaEvent event, LambdaContext context) {
        LambdaReply reply;
        try {
            reply = event instanceof ContactFlowEvent flowEvent
                    ? handler.handle(flowEvent, context)
                    : handler.warmUp((WarmUpPing) event, context);
        } catch (FunctionCannotRun e) {
            throw e;
        } catch (RuntimeException e) {
            return new LambdaReply.Failed(Duration.ZERO, e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        }
        if (reply == null) {
            return new LambdaReply.Failed(Duration.ZERO, "Error", "the handler returned null instead of a LambdaReply");
        }
        return reply;
    }
}

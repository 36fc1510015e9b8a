package dev.connectsim.lambda;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The execution environments of one bound function.
 *
 * <p>Design note: an environment is busy from the request that took it until the function's end,
 * which is known only once its handler has run ({@code freeAt} is null until then). A request takes
 * the first free environment; when none is free it starts a new one, which is a cold start. An
 * environment that has been free for the function's idle expiry is gone. With reserved concurrency
 * set, a request that finds that many environments busy is throttled. A new environment asks the function for its
 * code ({@link LambdaFunction#newEnvironment(ColdStart)}, numbered from 1 in the order they start, with the run's
 * seed and scenario values), which serves that environment until it is gone; then its code is told
 * ({@link LambdaFunction#close()}), on expiry or when the run ends ({@link #closeAll()}).
 */
final class EnvironmentPool {

    private final BoundFunction function;
    private final long seed;
    private final ScenarioValues values;
    private final List<Environment> environments = new ArrayList<>();
    private int started;

    EnvironmentPool(BoundFunction function, long seed, ScenarioValues values) {
        this.function = function;
        this.seed = seed;
        this.values = values;
    }

    /** An environment taken at {@code now}, and whether it is new (cold); empty when the request is throttled. */
    Optional<Lease> acquire(Instant now) {
        environments.removeIf(environment -> {
            boolean expired = environment.isExpired(now);
            if (expired) {
                environment.code.close();
            }
            return expired;
        });
        for (Environment environment : environments) {
            if (environment.isFree(now)) {
                environment.freeAt = null;
                return Optional.of(new Lease(environment, false));
            }
        }
        FunctionConfig config = function.config();
        if (config.reservedConcurrency().isPresent()
                && environments.size() >= config.reservedConcurrency().getAsInt()) {
            return Optional.empty();
        }
        ColdStart start = new ColdStart(function.boundAs(), ++started, now, seed, values);
        Environment environment = new Environment(config.idleExpiry(), function.handler().newEnvironment(start));
        environments.add(environment);
        return Optional.of(new Lease(environment, true));
    }

    /** Ends every environment: the run is over. */
    void closeAll() {
        environments.forEach(environment -> environment.code.close());
        environments.clear();
    }

    /** An environment taken for one attempt. */
    record Lease(Environment environment, boolean cold) {

        /** The attempt ends at {@code end}; the environment is free (and warm) from then. */
        void releaseAt(Instant end) {
            environment.release(end);
        }

        /** The code that serves this environment. */
        LambdaFunction code() {
            return environment.code;
        }
    }

    static final class Environment {

        private final Duration idleExpiry;
        private final LambdaFunction code;
        private Instant freeAt;
        /** When the environment is gone if it stays free; worked out once per release, not on every request. */
        private Instant expiresAt;

        Environment(Duration idleExpiry, LambdaFunction code) {
            this.idleExpiry = idleExpiry;
            this.code = code;
        }

        private void release(Instant end) {
            freeAt = end;
            expiresAt = end.plus(idleExpiry);
        }

        private boolean isFree(Instant now) {
            return freeAt != null && !freeAt.isAfter(now);
        }

        private boolean isExpired(Instant now) {
            return isFree(now) && !now.isBefore(expiresAt);
        }
    }
}

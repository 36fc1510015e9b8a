package dev.connectsim.lambda;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a bound function behaves on the Lambda side, all in virtual time.
 *
 * @param timeout             the function's own timeout (Lambda's Timeout setting, 1 ms to 15 minutes);
 *                            an attempt still running then ends with a function error
 * @param coldStart           the latency a new execution environment adds before the handler runs
 * @param idleExpiry          how long an idle execution environment stays warm; idle this long, it is gone
 * @param reservedConcurrency how many execution environments may run at once; a request beyond it
 *                            is throttled without running the handler. Empty: no limit.
 */
public record FunctionConfig(Duration timeout, Duration coldStart, Duration idleExpiry,
        OptionalInt reservedConcurrency) {

    /** Lambda's largest Timeout, 15 minutes. */
    public static final Duration MAX_TIMEOUT = Duration.ofMinutes(15);

    public FunctionConfig {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isZero() || timeout.isNegative() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("a function's timeout must be more than 0 and at most 15 minutes, was "
                    + timeout);
        }
        Objects.requireNonNull(coldStart, "coldStart");
        if (coldStart.isNegative()) {
            throw new IllegalArgumentException("a cold start cannot be negative, was " + coldStart);
        }
        Objects.requireNonNull(idleExpiry, "idleExpiry");
        if (idleExpiry.isZero() || idleExpiry.isNegative()) {
            throw new IllegalArgumentException("the idle expiry must be positive, was " + idleExpiry);
        }
        Objects.requireNonNull(reservedConcurrency, "reservedConcurrency");
        if (reservedConcurrency.isPresent() && reservedConcurrency.getAsInt() < 0) {
            throw new IllegalArgumentException("reserved concurrency cannot be negative, was "
                    + reservedConcurrency.getAsInt());
        }
    }

    /**
     * The defaults: timeout 15 minutes (so only the flow's time limit applies unless a binding sets
     * the function's real Timeout), no cold start, environments expire after 10 minutes idle, no
     * concurrency limit.
     */
    public static FunctionConfig defaults() {
        return new FunctionConfig(MAX_TIMEOUT, Duration.ZERO, Duration.ofMinutes(10), OptionalInt.empty());
    }

    public FunctionConfig withTimeout(Duration value) {
        return new FunctionConfig(value, coldStart, idleExpiry, reservedConcurrency);
    }

    public FunctionConfig withColdStart(Duration value) {
        return new FunctionConfig(timeout, value, idleExpiry, reservedConcurrency);
    }

    public FunctionConfig withIdleExpiry(Duration value) {
        return new FunctionConfig(timeout, coldStart, value, reservedConcurrency);
    }

    public FunctionConfig withReservedConcurrency(int value) {
        return new FunctionConfig(timeout, coldStart, idleExpiry, OptionalInt.of(value));
    }
}

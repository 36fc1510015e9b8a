package dev.connectsim.lambda;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Connect's own retries of a synchronous invocation that ends in a function error or a throttle:
 * retry {@code n} starts {@code backoffs.get(n - 1)} after the previous attempt ended, and only if
 * that is before the block's time limit.
 *
 * @param backoffs the wait before each retry; its size is the number of retries
 */
public record RetryPolicy(List<Duration> backoffs) {

    public RetryPolicy {
        backoffs = List.copyOf(backoffs);
        for (Duration backoff : backoffs) {
            Objects.requireNonNull(backoff, "backoff");
            if (backoff.isNegative()) {
                throw new IllegalArgumentException("a retry backoff cannot be negative, was " + backoff);
            }
        }
    }

    /** Connect's documented "up to three times": 3 retries after 100 ms, 200 ms and 400 ms (the backoff is a guess). */
    public static RetryPolicy connectDefault() {
        return new RetryPolicy(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400)));
    }

    /** No retries. */
    public static RetryPolicy none() {
        return new RetryPolicy(List.of());
    }

    /** How many retries follow the first attempt. */
    public int retries() {
        return backoffs.size();
    }
}

package dev.connectsim.lambda;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a handler knows about the attempt it serves, besides the event.
 *
 * @param invocationId the id of the invocation (the same for all of Connect's retries of it)
 * @param invokedArn   the ARN as the flow named it, with its alias or version if any
 * @param boundAs      the ARN or placeholder the handler is bound under
 * @param attempt      1 for the first attempt, 2 to 4 for Connect's retries
 * @param now          the virtual instant the handler starts running (after any cold start)
 * @param coldStart    true when this attempt started a new execution environment
 * @param timeout      the function's own timeout
 * @param callerWaitsUntil when the caller stops waiting (the block's InvocationTimeLimitSeconds); empty when nobody
 *                     waits (a keep-warm ping)
 */
public record LambdaContext(String invocationId, String invokedArn, String boundAs, int attempt, Instant now,
        boolean coldStart, Duration timeout, Optional<Instant> callerWaitsUntil) {

    public LambdaContext {
        Objects.requireNonNull(callerWaitsUntil, "callerWaitsUntil");
    }

    /** A context nobody waits on past the function's own timeout. */
    public LambdaContext(String invocationId, String invokedArn, String boundAs, int attempt, Instant now,
            boolean coldStart, Duration timeout) {
        this(invocationId, invokedArn, boundAs, attempt, now, coldStart, timeout, Optional.empty());
    }

    /** When the function's own timeout ends this attempt, in virtual time. */
    public Instant deadline() {
        return now.plus(timeout);
    }

    /** Whichever ends the attempt first: the function's own timeout or the caller's time limit. */
    public Instant endsAt() {
        Instant deadline = deadline();
        return callerWaitsUntil.filter(deadline::isAfter).orElse(deadline);
    }
}

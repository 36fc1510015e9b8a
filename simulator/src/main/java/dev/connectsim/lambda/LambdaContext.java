package dev.connectsim.lambda;

import java.time.Duration;
import java.time.Instant;

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
 */
public record LambdaContext(String invocationId, String invokedArn, String boundAs, int attempt, Instant now,
        boolean coldStart, Duration timeout) {

    /** When the function's own timeout ends this attempt, in virtual time. */
    public Instant deadline() {
        return now.plus(timeout);
    }
}

package dev.connectsim.lambda;

import java.util.ArrayList;
import java.util.List;

/**
 * Every attempt the runtime made, in the order their handlers ran (a throttled attempt: the order
 * it was refused), keep-warm pings included. Same seed and scenario, same log. Empty when the runtime keeps no
 * history.
 */
public final class InvocationLog {

    private final List<LambdaAttempt> attempts = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final boolean keeping;

    InvocationLog(boolean keeping) {
        this.keeping = keeping;
    }

    /** Whether attempts are kept; a runtime that keeps no history (load runs) keeps none. */
    public boolean isKeeping() {
        return keeping;
    }

    void add(LambdaAttempt attempt) {
        if (keeping) {
            attempts.add(attempt);
        }
    }

    void failed(String invokedArn, LambdaOutcome.Error error) {
        if (keeping) {
            failures.add(new Failure(invokedArn, error));
        }
    }

    /**
     * An invocation whose block took its error branch, and why ("response rejected on attempt 1: ...").
     *
     * @param invokedArn the ARN as the flow named it
     * @param error      the outcome the block was told
     */
    public record Failure(String invokedArn, LambdaOutcome.Error error) {
    }

    /** The synchronous invocations that failed their block so far, in the order they failed. */
    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** All attempts so far. */
    public List<LambdaAttempt> attempts() {
        return List.copyOf(attempts);
    }

    /** The attempts of one invocation, in order. */
    public List<LambdaAttempt> attemptsOf(String invocationId) {
        return attempts.stream().filter(a -> a.invocationId().equals(invocationId)).toList();
    }

    /** Attempts whose handler ran for {@code contactId}: more than one per create call means duplicate records. */
    public List<LambdaAttempt> handlerCallsFor(String contactId) {
        return attempts.stream()
                .filter(a -> a.handlerCalled() && a.contactId().filter(contactId::equals).isPresent())
                .toList();
    }
}

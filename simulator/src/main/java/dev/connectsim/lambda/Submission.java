package dev.connectsim.lambda;

/** What {@link LambdaRuntime#invoke} says at once: the invocation runs, or it is refused and nothing runs. */
public sealed interface Submission {

    /** The invocation runs; its outcome will be told later, in virtual time. */
    record Accepted(String invocationId) implements Submission {}

    /**
     * The invocation cannot run as given (an InvocationTimeLimitSeconds Connect would not publish);
     * no function is called and no outcome follows.
     */
    record Refused(String reason) implements Submission {}
}

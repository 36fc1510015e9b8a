package dev.connectsim.flow.action;

/**
 * Creates a queued callback contact. Numbers are kept as text, as written.
 *
 * @param queueId                   {@code QueueId}, or null for the TargetQueue
 * @param agentId                   {@code AgentId}, or null
 * @param initialCallDelaySeconds   {@code InitialCallDelaySeconds}
 * @param maximumConnectionAttempts {@code MaximumConnectionAttempts}
 * @param retryDelaySeconds         {@code RetryDelaySeconds}
 */
public record CreateCallbackContact(Envelope envelope, String queueId, String agentId,
        String initialCallDelaySeconds, String maximumConnectionAttempts, String retryDelaySeconds)
        implements Action {

    public static final String TYPE = "CreateCallbackContact";

    @Override
    public String type() {
        return TYPE;
    }

    static CreateCallbackContact from(Envelope envelope) {
        var p = envelope.parameters();
        return new CreateCallbackContact(envelope, Params.text(p, "QueueId"), Params.text(p, "AgentId"),
                Params.text(p, "InitialCallDelaySeconds"), Params.text(p, "MaximumConnectionAttempts"),
                Params.text(p, "RetryDelaySeconds"));
    }
}

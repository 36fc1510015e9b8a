package dev.connectsim.flow.action;

/**
 * "Set working queue": sets the contact's TargetQueue to a queue, or to an agent's personal queue. Connect takes
 * exactly one of the two.
 *
 * @param queueId {@code QueueId}: an ID, an ARN or one {@code $.} reference; or null
 * @param agentId {@code AgentId}: an ID, an ARN, a user name or one {@code $.} reference; or null
 */
public record UpdateContactTargetQueue(Envelope envelope, String queueId, String agentId) implements Action {

    public static final String TYPE = "UpdateContactTargetQueue";

    @Override
    public String type() {
        return TYPE;
    }

    static UpdateContactTargetQueue from(Envelope envelope) {
        var p = envelope.parameters();
        return new UpdateContactTargetQueue(envelope, Params.text(p, "QueueId"), Params.text(p, "AgentId"));
    }
}

package dev.connectsim.flow.action;

/**
 * Continues the contact in another flow.
 *
 * @param contactFlowId {@code ContactFlowId}: an ID, an ARN or one {@code $.} reference; or null
 */
public record TransferToFlow(Envelope envelope, String contactFlowId) implements Action {

    public static final String TYPE = "TransferToFlow";

    @Override
    public String type() {
        return TYPE;
    }

    static TransferToFlow from(Envelope envelope) {
        return new TransferToFlow(envelope, Params.text(envelope.parameters(), "ContactFlowId"));
    }
}

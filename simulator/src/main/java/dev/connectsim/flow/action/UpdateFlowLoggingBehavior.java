package dev.connectsim.flow.action;

/**
 * Turns flow logs on or off for the rest of the contact.
 *
 * @param enabled {@code FlowLoggingBehavior} is {@code Enabled} (any other value, or none, reads as off; the raw
 *                parameters keep it for validation)
 */
public record UpdateFlowLoggingBehavior(Envelope envelope, boolean enabled) implements Action {

    public static final String TYPE = "UpdateFlowLoggingBehavior";

    @Override
    public String type() {
        return TYPE;
    }

    static UpdateFlowLoggingBehavior from(Envelope envelope) {
        return new UpdateFlowLoggingBehavior(envelope,
                "Enabled".equals(Params.text(envelope.parameters(), "FlowLoggingBehavior")));
    }
}

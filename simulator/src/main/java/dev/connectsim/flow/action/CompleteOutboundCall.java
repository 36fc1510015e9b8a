package dev.connectsim.flow.action;

/**
 * Places the outbound call of an outbound whisper flow.
 *
 * @param callerIdNumber {@code CallerId.Number}, the caller ID to show, or null for the queue's
 */
public record CompleteOutboundCall(Envelope envelope, String callerIdNumber) implements Action {

    public static final String TYPE = "CompleteOutboundCall";

    @Override
    public String type() {
        return TYPE;
    }

    static CompleteOutboundCall from(Envelope envelope) {
        return new CompleteOutboundCall(envelope, Params.text(envelope.parameters(), "CallerId", "Number"));
    }
}

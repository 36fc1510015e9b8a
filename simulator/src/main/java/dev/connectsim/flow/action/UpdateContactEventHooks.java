package dev.connectsim.flow.action;

import java.util.Map;

/**
 * Sets a flow to run on a contact event (CustomerQueue, CustomerHold, AgentWhisper, CustomerRemaining ...).
 *
 * @param eventHooks {@code EventHooks}: hook name to flow ID or ARN, the text entries in file order (Connect
 *                   takes exactly one)
 */
public record UpdateContactEventHooks(Envelope envelope, Map<String, String> eventHooks) implements Action {

    public static final String TYPE = "UpdateContactEventHooks";

    @Override
    public String type() {
        return TYPE;
    }

    static UpdateContactEventHooks from(Envelope envelope) {
        return new UpdateContactEventHooks(envelope, Params.textMap(envelope.parameters(), "EventHooks"));
    }
}

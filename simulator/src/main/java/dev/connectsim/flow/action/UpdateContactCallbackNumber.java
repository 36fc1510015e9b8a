package dev.connectsim.flow.action;

/**
 * Sets the number a callback will dial.
 *
 * @param callbackNumber {@code CallbackNumber}, usually {@code $.StoredCustomerInput}; or null
 */
public record UpdateContactCallbackNumber(Envelope envelope, String callbackNumber) implements Action {

    public static final String TYPE = "UpdateContactCallbackNumber";

    @Override
    public String type() {
        return TYPE;
    }

    static UpdateContactCallbackNumber from(Envelope envelope) {
        return new UpdateContactCallbackNumber(envelope, Params.text(envelope.parameters(), "CallbackNumber"));
    }
}

package dev.connectsim.flow.action;

/**
 * Plays a prompt and reads DTMF: one digit for the conditions, or, with {@code StoreInput}, a number stored as
 * {@code $.StoredCustomerInput}.
 *
 * @param prompt                the prompt played first
 * @param inputTimeLimitSeconds {@code InputTimeLimitSeconds} as written (the wait for the first digit), or null
 * @param storeInput            {@code StoreInput} is "True" (absent means False)
 */
public record GetParticipantInput(Envelope envelope, Prompt prompt, String inputTimeLimitSeconds,
        boolean storeInput) implements Action {

    public static final String TYPE = "GetParticipantInput";

    @Override
    public String type() {
        return TYPE;
    }

    static GetParticipantInput from(Envelope envelope) {
        var p = envelope.parameters();
        return new GetParticipantInput(envelope, Prompt.from(p), Params.text(p, "InputTimeLimitSeconds"),
                Params.isTrue(Params.text(p, "StoreInput")));
    }
}

package dev.connectsim.flow.action;

/**
 * Checks Voice ID (enrollment, authentication or fraud); the result is a status such as {@code Enrolled}.
 *
 * @param checkVoiceIdOption {@code CheckVoiceIdOption}, such as {@code enrollmentStatus}
 */
public record CheckVoiceId(Envelope envelope, String checkVoiceIdOption) implements Action {

    public static final String TYPE = "CheckVoiceId";

    @Override
    public String type() {
        return TYPE;
    }

    static CheckVoiceId from(Envelope envelope) {
        return new CheckVoiceId(envelope, Params.text(envelope.parameters(), "CheckVoiceIdOption"));
    }
}

package dev.connectsim.flow.action;

/**
 * Plays a prompt to the participant.
 *
 * @param prompt the text, SSML, prompt or media
 */
public record MessageParticipant(Envelope envelope, Prompt prompt) implements Action {

    public static final String TYPE = "MessageParticipant";

    @Override
    public String type() {
        return TYPE;
    }

    static MessageParticipant from(Envelope envelope) {
        return new MessageParticipant(envelope, Prompt.from(envelope.parameters()));
    }
}

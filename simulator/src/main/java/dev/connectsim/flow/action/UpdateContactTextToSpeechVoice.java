package dev.connectsim.flow.action;

/**
 * Sets the text-to-speech voice.
 *
 * @param textToSpeechVoice {@code TextToSpeechVoice}, such as {@code Joanna}; or null
 */
public record UpdateContactTextToSpeechVoice(Envelope envelope, String textToSpeechVoice) implements Action {

    public static final String TYPE = "UpdateContactTextToSpeechVoice";

    @Override
    public String type() {
        return TYPE;
    }

    static UpdateContactTextToSpeechVoice from(Envelope envelope) {
        return new UpdateContactTextToSpeechVoice(envelope,
                Params.text(envelope.parameters(), "TextToSpeechVoice"));
    }
}

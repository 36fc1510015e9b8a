package dev.connectsim.flow.action;

/** Starts streaming the caller's audio to Voice ID; no parameters. */
public record StartVoiceIdStream(Envelope envelope) implements Action {

    public static final String TYPE = "StartVoiceIdStream";

    @Override
    public String type() {
        return TYPE;
    }
}

package dev.connectsim.flow.action;

/** Disconnects the contact; terminal, no parameters. */
public record DisconnectParticipant(Envelope envelope) implements Action {

    public static final String TYPE = "DisconnectParticipant";

    @Override
    public String type() {
        return TYPE;
    }
}

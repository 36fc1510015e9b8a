package dev.connectsim.flow.action;

/** Transfers the contact to the agent of a transfer-to-agent flow; no parameters; ends the flow. */
public record TransferContactToAgent(Envelope envelope) implements Action {

    public static final String TYPE = "TransferContactToAgent";

    @Override
    public String type() {
        return TYPE;
    }
}

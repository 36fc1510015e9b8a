package dev.connectsim.flow.action;

/** Queues the contact into its TargetQueue; no parameters; ends the flow on success. */
public record TransferContactToQueue(Envelope envelope) implements Action {

    public static final String TYPE = "TransferContactToQueue";

    @Override
    public String type() {
        return TYPE;
    }
}

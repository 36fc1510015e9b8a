package dev.connectsim.flow.action;

/** Ends the flow without disconnecting (whisper, hold and customer-queue flows); terminal, no parameters. */
public record EndFlowExecution(Envelope envelope) implements Action {

    public static final String TYPE = "EndFlowExecution";

    @Override
    public String type() {
        return TYPE;
    }
}

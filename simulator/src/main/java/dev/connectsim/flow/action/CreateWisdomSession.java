package dev.connectsim.flow.action;

/**
 * Associates an Amazon Q in Connect (Wisdom) assistant with the contact, for real-time recommendations to the agent.
 *
 * @param wisdomAssistantArn {@code WisdomAssistantArn}, static or a reference; or null
 */
public record CreateWisdomSession(Envelope envelope, String wisdomAssistantArn) implements Action {

    public static final String TYPE = "CreateWisdomSession";

    @Override
    public String type() {
        return TYPE;
    }

    static CreateWisdomSession from(Envelope envelope) {
        return new CreateWisdomSession(envelope, Params.text(envelope.parameters(), "WisdomAssistantArn"));
    }
}

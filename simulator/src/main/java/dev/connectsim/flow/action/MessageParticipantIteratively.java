package dev.connectsim.flow.action;

import java.util.List;

/**
 * Plays messages in a loop while the contact waits in queue (customer-queue flows), until interrupted.
 *
 * @param messages                  {@code Messages}, each one prompt, in order
 * @param interruptFrequencySeconds {@code InterruptFrequencySeconds} as written, or null
 */
public record MessageParticipantIteratively(Envelope envelope, List<Prompt> messages,
        String interruptFrequencySeconds) implements Action {

    public static final String TYPE = "MessageParticipantIteratively";

    @Override
    public String type() {
        return TYPE;
    }

    static MessageParticipantIteratively from(Envelope envelope) {
        var p = envelope.parameters();
        return new MessageParticipantIteratively(envelope,
                Params.objects(p, "Messages").stream().map(Prompt::from).toList(),
                Params.text(p, "InterruptFrequencySeconds"));
    }
}

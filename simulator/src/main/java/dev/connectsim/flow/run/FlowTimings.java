package dev.connectsim.flow.run;

import java.time.Duration;
import java.util.Objects;

/**
 * How long flow blocks take in virtual time, and the guard against a flow that never ends.
 *
 * @param promptPlayback   how long one prompt plays (MessageParticipant, a GetParticipantInput prompt, each
 *                         message of MessageParticipantIteratively)
 * @param maxBlocksPerContact how many blocks the flows of one contact segment may run before the simulator
 *                         ends them with an error instead of hanging
 */
public record FlowTimings(Duration promptPlayback, int maxBlocksPerContact) {

    public FlowTimings {
        Objects.requireNonNull(promptPlayback, "promptPlayback");
        if (promptPlayback.isNegative()) {
            throw new IllegalArgumentException("promptPlayback must not be negative, was " + promptPlayback);
        }
        if (maxBlocksPerContact < 1) {
            throw new IllegalArgumentException("maxBlocksPerContact must be at least 1, was " + maxBlocksPerContact);
        }
    }

    /** The defaults: a prompt plays for 1 s; 1,000 blocks per contact segment. */
    public static FlowTimings defaults() {
        return new FlowTimings(Duration.ofSeconds(1), 1000);
    }

    public FlowTimings withPromptPlayback(Duration value) {
        return new FlowTimings(value, maxBlocksPerContact);
    }

    public FlowTimings withMaxBlocksPerContact(int value) {
        return new FlowTimings(promptPlayback, value);
    }
}

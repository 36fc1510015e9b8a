package dev.connectsim.transfer;

import java.util.Optional;

/** An agent-side transfer procedure under way: cold, warm or blind. It runs as virtual time runs. */
public interface TransferProcedure {

    /** How it ended, once it has. */
    Optional<TransferOutcome> outcome();

    /** Whether it has ended. */
    boolean isDone();

    /** Whether it still listens to the contact's REFRESH events (a blind transfer never does). */
    default boolean isListening() {
        return false;
    }
}

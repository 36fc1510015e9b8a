package dev.connectsim.transfer;

import java.time.Instant;

/** How an agent-side transfer procedure ended. */
public sealed interface TransferOutcome {

    /** When it ended, in virtual time. */
    Instant at();

    /**
     * The agent left the customer with the third party (for a blind transfer, a third party who
     * may still be ringing).
     */
    record Completed(Instant at) implements TransferOutcome {}

    /**
     * A step failed; the call stays as that step left it (for a failed dial of a cold transfer: the
     * customer on hold, the agent connected; a warm transfer takes the customer back first).
     *
     * @param step   the step that failed: hold, addConnection, dial, consult, conference, leave or
     *               resume (and swap, for the swaps a warm transfer lists)
     * @param reason what happened, such as the service's error or the third party's state
     */
    record Failed(String step, String reason, Instant at) implements TransferOutcome {}
}

package dev.connectsim.transfer;

import java.time.Instant;

/** How an agent-side transfer procedure ended. */
public sealed interface TransferOutcome {

    /** When it ended, in virtual time. */
    Instant at();

    /** The agent left and the customer is with the third party. */
    record Completed(Instant at) implements TransferOutcome {}

    /**
     * A step failed; the call stays as that step left it (for a failed dial: the customer on hold,
     * the agent connected).
     *
     * @param step   the step that failed: hold, addConnection, dial, conference or leave
     * @param reason what happened, such as the service's error or the third party's state
     */
    record Failed(String step, String reason, Instant at) implements TransferOutcome {}
}

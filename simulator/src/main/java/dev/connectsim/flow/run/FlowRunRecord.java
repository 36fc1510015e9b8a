package dev.connectsim.flow.run;

import java.time.Instant;
import java.util.Objects;

/**
 * How one flow run on one contact ended.
 *
 * @param contactId the contact segment
 * @param flowName  the flow the run started in (a TransferToFlow moves on to others)
 * @param lastFlow  the flow the run ended in
 * @param kind      what the run was for
 * @param started   when it started
 * @param ended     when it ended
 * @param reason    how it ended
 * @param detail    the block and what happened, in words; for a FLOW_ERROR the one-line message with file and place
 */
public record FlowRunRecord(String contactId, String flowName, String lastFlow, RunKind kind, Instant started,
        Instant ended, EndReason reason, String detail) {

    public FlowRunRecord {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(reason, "reason");
    }
}

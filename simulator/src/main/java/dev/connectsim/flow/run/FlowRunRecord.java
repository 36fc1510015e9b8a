package dev.connectsim.flow.run;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How one flow run on one contact ended: the contact segment, the flow the run started in (a TransferToFlow moves on
 * to others) and the one it ended in, what the run was for, when it started and ended, how it ended, and in words the
 * block and what happened ({@link #detail()}; for a FLOW_ERROR the one-line message with file and place).
 *
 * <p>Design note: a value with the accessors of a record, but its detail is put into words only when someone reads
 * it: every run ends with one, and a load run reads none of them.
 */
public final class FlowRunRecord {

    private final String contactId;
    private final String flowName;
    private final String lastFlow;
    private final RunKind kind;
    private final Instant started;
    private final Instant ended;
    private final EndReason reason;
    private final Supplier<String> describe;
    private String detail;

    public FlowRunRecord(String contactId, String flowName, String lastFlow, RunKind kind, Instant started,
            Instant ended, EndReason reason, String detail) {
        this(contactId, flowName, lastFlow, kind, started, ended, reason, () -> detail);
    }

    FlowRunRecord(String contactId, String flowName, String lastFlow, RunKind kind, Instant started, Instant ended,
            EndReason reason, Supplier<String> detail) {
        this.contactId = Objects.requireNonNull(contactId, "contactId");
        this.flowName = flowName;
        this.lastFlow = lastFlow;
        this.kind = kind;
        this.started = started;
        this.ended = ended;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.describe = Objects.requireNonNull(detail, "detail");
    }

    public String contactId() {
        return contactId;
    }

    public String flowName() {
        return flowName;
    }

    public String lastFlow() {
        return lastFlow;
    }

    public RunKind kind() {
        return kind;
    }

    public Instant started() {
        return started;
    }

    public Instant ended() {
        return ended;
    }

    public EndReason reason() {
        return reason;
    }

    /** The block and what happened, in words, made the first time it is read. */
    public String detail() {
        String words = detail;
        if (words == null) {
            words = describe.get();
            detail = words;
        }
        return words;
    }

    /**
     * The end in one line, as timelines and failure messages show it: {@code the flow 'Inbound' ended FLOW_ERROR:
     * flows/inbound.json: action loop-1 (/Actions/2): LoopCount must be ...}; a run that went on in another flow
     * (TransferToFlow) names both.
     */
    public String describe() {
        String flows = flowName == null || flowName.equals(lastFlow) ? "'" + lastFlow + "'"
                : "'" + flowName + "' (in '" + lastFlow + "')";
        return "the flow " + flows + " ended " + reason + ": " + detail();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FlowRunRecord that && contactId.equals(that.contactId)
                && Objects.equals(flowName, that.flowName) && Objects.equals(lastFlow, that.lastFlow)
                && kind == that.kind && Objects.equals(started, that.started) && Objects.equals(ended, that.ended)
                && reason == that.reason && Objects.equals(detail(), that.detail());
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, flowName, lastFlow, kind, started, ended, reason, detail());
    }

    @Override
    public String toString() {
        return "FlowRunRecord[contactId=" + contactId + ", flowName=" + flowName + ", lastFlow=" + lastFlow + ", kind="
                + kind + ", started=" + started + ", ended=" + ended + ", reason=" + reason + ", detail=" + detail()
                + "]";
    }
}

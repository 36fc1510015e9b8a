package dev.connectsim.flow.lint;

import static dev.connectsim.flow.FlowType.AGENT_HOLD;
import static dev.connectsim.flow.FlowType.AGENT_TRANSFER;
import static dev.connectsim.flow.FlowType.AGENT_WHISPER;
import static dev.connectsim.flow.FlowType.CONTACT_FLOW;
import static dev.connectsim.flow.FlowType.CUSTOMER_HOLD;
import static dev.connectsim.flow.FlowType.CUSTOMER_QUEUE;
import static dev.connectsim.flow.FlowType.CUSTOMER_WHISPER;
import static dev.connectsim.flow.FlowType.OUTBOUND_WHISPER;
import static dev.connectsim.flow.FlowType.QUEUE_TRANSFER;

import dev.connectsim.flow.FlowType;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which flow types each block may be used in, as section 1.3 of connect-flows-and-scv.md gives them (and, for
 * MessageParticipantIteratively, UpdateContactRoutingBehavior, UpdatePreviousContactParticipantState and
 * UpdateRoutingCriteria, the Restrictions of their Flow Language reference pages); a block it says nothing about is
 * allowed everywhere, and so is every block in a CAMPAIGN flow (the reference never names that type). "Inbound" is
 * CONTACT_FLOW; "transfer" is AGENT_TRANSFER and QUEUE_TRANSFER; "whisper" is CUSTOMER_WHISPER, AGENT_WHISPER and
 * OUTBOUND_WHISPER; "hold" is CUSTOMER_HOLD and AGENT_HOLD.
 */
final class FlowTypes {

    private static final Set<FlowType> INBOUND_AND_TRANSFER = EnumSet.of(CONTACT_FLOW, AGENT_TRANSFER, QUEUE_TRANSFER);
    private static final Set<FlowType> HOLD = EnumSet.of(CUSTOMER_HOLD, AGENT_HOLD);

    /** Block type to where it is allowed, and what to use instead where it is not (or null). */
    private static final Map<String, Allowed> TABLE = table();

    private FlowTypes() {
    }

    /** The types a block may be used in, and advice for the others. */
    record Allowed(Set<FlowType> types, String instead) {

        /** The allowed types in the enum's order, as names. */
        List<String> names() {
            return types.stream().map(Enum::name).toList();
        }
    }

    private static Map<String, Allowed> table() {
        Map<String, Allowed> t = new LinkedHashMap<>();
        t.put("TransferToFlow", new Allowed(INBOUND_AND_TRANSFER, null));
        t.put("EndFlowExecution", new Allowed(EnumSet.of(CUSTOMER_WHISPER, AGENT_WHISPER, OUTBOUND_WHISPER,
                CUSTOMER_QUEUE), "end an inbound or transfer flow with DisconnectParticipant or a transfer"));
        t.put("UpdateContactRecordingBehavior", new Allowed(EnumSet.of(CONTACT_FLOW, AGENT_TRANSFER, QUEUE_TRANSFER,
                OUTBOUND_WHISPER, CUSTOMER_QUEUE), "set recording in the inbound or transfer flow"));
        t.put("UpdateContactTargetQueue", new Allowed(INBOUND_AND_TRANSFER, null));
        t.put("TransferContactToQueue", new Allowed(INBOUND_AND_TRANSFER, null));
        t.put("TransferContactToAgent", new Allowed(EnumSet.of(AGENT_TRANSFER, QUEUE_TRANSFER),
                "in an inbound flow, set the working queue to the agent (UpdateContactTargetQueue with AgentId)"
                        + " and use TransferContactToQueue"));
        t.put("UpdateContactMediaStreamingBehavior", new Allowed(EnumSet.complementOf(EnumSet.copyOf(HOLD)), null));
        t.put("MessageParticipant", new Allowed(EnumSet.complementOf(EnumSet.copyOf(HOLD)), null));
        t.put("DisconnectParticipant", new Allowed(EnumSet.of(CONTACT_FLOW, AGENT_TRANSFER, QUEUE_TRANSFER,
                CUSTOMER_QUEUE), "end a whisper flow with EndFlowExecution"));
        t.put("GetParticipantInput", new Allowed(EnumSet.of(CONTACT_FLOW, AGENT_TRANSFER, QUEUE_TRANSFER,
                CUSTOMER_QUEUE), null));
        t.put("MessageParticipantIteratively", new Allowed(EnumSet.of(CUSTOMER_QUEUE, CUSTOMER_HOLD, AGENT_HOLD),
                "in an inbound flow, play the messages in a customer queue flow (UpdateContactEventHooks with"
                        + " CustomerQueue) or use MessageParticipant"));
        t.put("UpdateContactRoutingBehavior", new Allowed(EnumSet.of(CONTACT_FLOW),
                "change the routing priority in the inbound flow, before TransferContactToQueue"));
        t.put("UpdatePreviousContactParticipantState", new Allowed(INBOUND_AND_TRANSFER, null));
        t.put("UpdateRoutingCriteria", new Allowed(EnumSet.of(CONTACT_FLOW, CUSTOMER_QUEUE, AGENT_TRANSFER,
                QUEUE_TRANSFER), null));
        return t;
    }

    /** Where {@code blockType} is allowed, when the reference restricts it; empty when it may go anywhere. */
    static Optional<Allowed> restriction(String blockType) {
        return Optional.ofNullable(TABLE.get(blockType));
    }

    /** Whether the reference speaks about flows of this type at all. */
    static boolean isChecked(FlowType type) {
        return type != FlowType.CAMPAIGN;
    }
}

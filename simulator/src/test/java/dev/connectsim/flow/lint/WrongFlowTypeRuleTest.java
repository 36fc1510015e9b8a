package dev.connectsim.flow.lint;

import static dev.connectsim.flow.lint.Lint.none;
import static dev.connectsim.flow.lint.Lint.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.connectsim.flow.Flow;
import org.junit.jupiter.api.Test;

/** wrong-flow-type. */
class WrongFlowTypeRuleTest {

    /** A flow whose editor metadata says its type, made of one action of {@code type}. */
    private static Flow typed(String flowType, String actionType) {
        return Lint.text("{'Version': '2019-10-30', 'StartAction': 'start', 'Metadata': {'type': '" + flowType
                + "'}, 'Actions': [{'Identifier': 'start', 'Type': '" + actionType + "', 'Transitions': {}}]}");
    }

    @Test
    void transferContactToQueueInACustomerQueueFlowIsAnErrorListingWhereItIsAllowed() {
        Finding finding = only("wrong-flow-type", typed("customerQueue", "TransferContactToQueue"));

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("start", finding.action());
        assertEquals("/Actions/0/Type", finding.pointer());
        assertEquals("TransferContactToQueue is not allowed in a customerQueue (CUSTOMER_QUEUE) flow (it is allowed"
                + " in CONTACT_FLOW, AGENT_TRANSFER and QUEUE_TRANSFER flows)", finding.message());
        none("wrong-flow-type", typed("contactFlow", "TransferContactToQueue"));
        none("wrong-flow-type", typed("queueTransfer", "TransferContactToQueue"));
    }

    @Test
    void endFlowExecutionBelongsToWhisperAndCustomerQueueFlows() {
        Finding finding = only("wrong-flow-type", typed("CONTACT_FLOW", "EndFlowExecution"));

        assertEquals("EndFlowExecution is not allowed in a CONTACT_FLOW flow (it is allowed in CUSTOMER_QUEUE,"
                + " CUSTOMER_WHISPER, AGENT_WHISPER and OUTBOUND_WHISPER flows)", finding.message());
        assertEquals("end an inbound or transfer flow with DisconnectParticipant or a transfer", finding.hint());
        none("wrong-flow-type", typed("outboundWhisper", "EndFlowExecution"));
        none("wrong-flow-type", typed("customerQueue", "EndFlowExecution"));
    }

    @Test
    void disconnectAndRecordingFollowTheReferenceLists() {
        only("wrong-flow-type", typed("agentWhisper", "DisconnectParticipant"));
        none("wrong-flow-type", typed("customerQueue", "DisconnectParticipant"));
        only("wrong-flow-type", typed("customerHold", "UpdateContactRecordingBehavior"));
        only("wrong-flow-type", typed("agentWhisper", "UpdateContactRecordingBehavior"));
        none("wrong-flow-type", typed("outboundWhisper", "UpdateContactRecordingBehavior"));
    }

    @Test
    void blocksTheReferenceSaysNothingAboutAndFlowsWithoutATypeAreNotFlagged() {
        none("wrong-flow-type", typed("agentHold", "UpdateContactAttributes"));
        none("wrong-flow-type", typed("agentHold", "InvokeLambdaFunction"));
        none("wrong-flow-type", Lint.text("{'Version': '2019-10-30', 'StartAction': 'start', 'Actions':"
                + " [{'Identifier': 'start', 'Type': 'EndFlowExecution', 'Transitions': {}}]}"));
        none("wrong-flow-type", typed("CAMPAIGN", "EndFlowExecution"));
    }

    /** Issue 17: a Loop prompts block in an inbound flow held the call for ever, and validate found nothing. */
    @Test
    void messageParticipantIterativelyBelongsToCustomerQueueAndHoldFlows() {
        Finding finding = only("wrong-flow-type", typed("contactFlow", "MessageParticipantIteratively"));

        assertEquals("MessageParticipantIteratively is not allowed in a contactFlow (CONTACT_FLOW) flow (it is allowed"
                + " in CUSTOMER_QUEUE, CUSTOMER_HOLD and AGENT_HOLD flows)", finding.message());
        none("wrong-flow-type", typed("customerQueue", "MessageParticipantIteratively"));
        none("wrong-flow-type", typed("agentHold", "MessageParticipantIteratively"));
    }

    @Test
    void routingBehaviorBelongsToInboundFlowsAndRoutingCriteriaAndPreviousParticipantsAlsoToTheirOthers() {
        Finding finding = only("wrong-flow-type", typed("customerQueue", "UpdateContactRoutingBehavior"));
        assertEquals("UpdateContactRoutingBehavior is not allowed in a customerQueue (CUSTOMER_QUEUE) flow (it is"
                + " allowed in CONTACT_FLOW flows)", finding.message());
        none("wrong-flow-type", typed("contactFlow", "UpdateContactRoutingBehavior"));
        none("wrong-flow-type", typed("customerQueue", "UpdateRoutingCriteria"));
        only("wrong-flow-type", typed("agentWhisper", "UpdateRoutingCriteria"));
        none("wrong-flow-type", typed("agentTransfer", "UpdatePreviousContactParticipantState"));
        only("wrong-flow-type", typed("customerQueue", "UpdatePreviousContactParticipantState"));
    }
}

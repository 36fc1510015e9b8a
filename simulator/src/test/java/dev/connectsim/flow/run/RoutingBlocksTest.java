package dev.connectsim.flow.run;

import static dev.connectsim.flow.run.FlowTestBed.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.agent.Callbacks;
import dev.connectsim.agent.Contact;
import dev.connectsim.contact.ConnectionState;
import dev.connectsim.contact.ContactRecord;
import dev.connectsim.contact.DisconnectReason;
import dev.connectsim.contact.Party;
import dev.connectsim.flow.FlowType;
import dev.connectsim.routing.AgentStatus;
import dev.connectsim.routing.QueueOptions;
import dev.connectsim.routing.QuickConnectType;
import dev.connectsim.telephony.ThirdPartyBehavior;
import dev.connectsim.testing.Calls;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingBlocksTest {

    private static final String EXTERNAL = "+15550199";
    private static final String SUPPORT_QUEUE_ID = "support-queue-id";

    /** TransferContactToQueue: "full" on QueueAtCapacity, "error" on NoMatchingError. */
    private static final String TRANSFER = """
            {"Identifier":"transfer","Type":"TransferContactToQueue","Parameters":{},
             "Transitions":{"NextAction":"error","Errors":[{"ErrorType":"QueueAtCapacity","NextAction":"full"},
               {"ErrorType":"NoMatchingError","NextAction":"error"}]}},
            """ + say("full") + "," + say("error");

    /** Sets the working queue with {@code parameters}, then says the queue's name; "error" on NoMatchingError. */
    private static FlowTestBed workingQueue(String parameters) {
        return FlowTestBed.inbound("""
                {"Identifier":"set-queue","Type":"UpdateContactTargetQueue","Parameters":%s,
                 "Transitions":{"NextAction":"name","Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """.formatted(parameters) + say("name", "$.Queue.Name") + "," + say("error"))
                .instance(b -> b.queue("SupportQueue", QueueOptions.defaults().withId(SUPPORT_QUEUE_ID)));
    }

    private static String setQueue(String parameters, String next) {
        return """
                {"Identifier":"set-queue","Type":"UpdateContactTargetQueue","Parameters":%s,
                 "Transitions":{"NextAction":"%s","Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """.formatted(parameters, next);
    }

    @Test
    void setWorkingQueueFindsAQueueByName() {
        FlowTestBed bed = workingQueue("{\"QueueId\":\"SupportQueue\"}");

        assertEquals(List.of("SupportQueue"), bed.heard(bed.call()));
    }

    @Test
    void setWorkingQueueFindsAQueueByItsArn() {
        String arn = "arn:aws:connect:us-east-1:000000000000:instance/00000000-0000-4000-8000-000000000000/queue/"
                + SUPPORT_QUEUE_ID;
        FlowTestBed bed = workingQueue("{\"QueueId\":\"" + arn + "\"}");

        assertEquals(List.of("SupportQueue"), bed.heard(bed.call()));
    }

    @Test
    void setWorkingQueueFindsAQueueByAnArnFromAnotherInstanceWhoseLastSegmentIsTheQueueId() {
        String foreign = "arn:aws:connect:eu-west-2:111122223333:instance/another-instance/queue/" + SUPPORT_QUEUE_ID;
        FlowTestBed bed = workingQueue("{\"QueueId\":\"" + foreign + "\"}");

        assertEquals(List.of("SupportQueue"), bed.heard(bed.call()));
    }

    @Test
    void setWorkingQueueByAgentIdTakesTheAgentsQueueFromAUsernameInAnAttribute() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"who","Type":"UpdateContactAttributes","Parameters":{"Attributes":{"agent":"carol"}},
                 "Transitions":{"NextAction":"set-queue"}},
                """ + setQueue("{\"AgentId\":\"$.Attributes.agent\"}", "transfer") + TRANSFER);

        String contactId = bed.call();
        bed.sim().runFor(Duration.ofSeconds(4));

        assertEquals(EndReason.QUEUED, bed.endOf(contactId).reason());
        assertEquals("carol", bed.sim().contact(contactId).record().queueName());
        assertEquals("carol", bed.sim().contact(contactId).record().agentUsername(), "carol took it from her queue");
    }

    @Test
    void setWorkingQueueFromAnAttributeThatIsNotSetTakesTheErrorBranch() {
        FlowTestBed bed = workingQueue("{\"QueueId\":\"$.Attributes.queue\"}");

        String contactId = bed.call();

        assertEquals(List.of("error"), bed.heard(contactId));
        assertNull(bed.sim().contact(contactId).targetQueue());
    }

    @Test
    void setWorkingQueueToAQueueOrAgentTheInstanceDoesNotHaveTakesTheErrorBranch() {
        for (String parameters : List.of("{\"QueueId\":\"SuportQueue\"}", "{\"AgentId\":\"dave\"}",
                "{\"QueueId\":\"SupportQueue\",\"AgentId\":\"carol\"}")) {
            FlowTestBed bed = workingQueue(parameters);

            String contactId = bed.call();

            assertEquals(List.of("error"), bed.heard(contactId), parameters);
            assertNull(bed.sim().contact(contactId).targetQueue(), parameters);
        }
    }

    @Test
    void transferToQueueQueuesTheContactAndAnAgentOfTheQueueTakesIt() {
        FlowTestBed bed = FlowTestBed.inbound(setQueue("{\"QueueId\":\"SupportQueue\"}", "transfer") + TRANSFER);

        String contactId = bed.call();
        bed.sim().runFor(Duration.ofSeconds(4));

        FlowRunRecord end = bed.endOf(contactId);
        assertEquals(EndReason.QUEUED, end.reason());
        assertEquals(FlowTestBed.FLOW_START, end.ended());
        ContactRecord record = bed.sim().contact(contactId).record();
        assertEquals("SupportQueue", record.queueName());
        assertEquals(FlowTestBed.FLOW_START, record.enqueueTimestamp());
        assertEquals("carol", record.agentUsername());
        assertEquals(FlowTestBed.FLOW_START.plusSeconds(3), record.connectedToAgentTimestamp(),
                "carol accepts after 3 s");
        assertEquals(List.of(), bed.heard(contactId));
    }

    @Test
    void transferToQueueOfAQueueAtItsMaximumTakesQueueAtCapacity() {
        FlowTestBed bed = FlowTestBed.inbound(setQueue("{\"QueueId\":\"EmptyQueue\"}", "transfer") + TRANSFER)
                .instance(b -> b.queue("EmptyQueue", QueueOptions.defaults().withMaxContacts(1)));
        bed.sim().inboundCall("+15550111", "EmptyQueue");
        bed.sim().runFor(Duration.ofSeconds(1));

        String contactId = bed.call();

        assertEquals(List.of("full"), bed.heard(contactId));
        assertNull(bed.sim().contact(contactId).record().queueName(), "never queued");
    }

    @Test
    void transferToQueueBelowTheQueuesMaximumQueuesTheContact() {
        FlowTestBed bed = FlowTestBed.inbound(setQueue("{\"QueueId\":\"EmptyQueue\"}", "transfer") + TRANSFER)
                .instance(b -> b.queue("EmptyQueue", QueueOptions.defaults().withMaxContacts(2)));
        bed.sim().inboundCall("+15550111", "EmptyQueue");
        bed.sim().runFor(Duration.ofSeconds(1));

        String contactId = bed.call();

        assertEquals(EndReason.QUEUED, bed.endOf(contactId).reason());
        assertEquals("EmptyQueue", bed.sim().contact(contactId).record().queueName());
    }

    @Test
    void transferToQueueWithNoWorkingQueueTakesTheErrorBranch() {
        FlowTestBed bed = FlowTestBed.inbound(TRANSFER);

        String contactId = bed.call();

        assertEquals(List.of("error"), bed.heard(contactId));
        assertEquals("transfer Error NoMatchingError", bed.branches(contactId).get(0));
    }

    @Test
    void transferToAgentInATransferToAgentFlowOffersTheNewLegToTheQuickConnectsAgent() {
        FlowTestBed bed = FlowTestBed.inbound(FlowTestBed.disconnect("bye"))
                .flow("To Agent", FlowType.AGENT_TRANSFER, """
                        {"Identifier":"tell","Type":"MessageParticipant",
                         "Parameters":{"Text":"Transferring you to $.Agent.FirstName"},"Transitions":{"NextAction":"to-agent"}},
                        {"Identifier":"to-agent","Type":"TransferContactToAgent","Parameters":{},"Transitions":{}}""")
                .instance(b -> b.quickConnect("Bob via flow", QuickConnectType.USER, "bob", List.of("BasicQueue"),
                        "To Agent"));
        Contact alicesContact = Calls.callConnectedToAlice(bed.sim());
        bed.sim().agent("bob").setState(AgentStatus.AVAILABLE, Callbacks.none());
        bed.sim().runFor(Duration.ofSeconds(1));

        alicesContact.addConnection(bed.sim().instance().quickConnect("Bob via flow").endpoint(), Callbacks.none());
        bed.sim().runFor(Duration.ofSeconds(5));

        String legId = bed.sim().contact(alicesContact.getContactId()).record().nextContactId();
        assertEquals(List.of("Transferring you to Bob"), bed.heard(legId));
        FlowRunRecord end = bed.endOf(legId);
        assertEquals(EndReason.TRANSFERRED_TO_AGENT, end.reason());
        assertEquals("To Agent", end.flowName());
        ContactRecord leg = bed.sim().contact(legId).record();
        assertEquals("bob", leg.agentUsername());
        assertEquals(end.ended().plusSeconds(2), leg.connectedToAgentTimestamp(), "bob accepts after 2 s");
    }

    @Test
    void transferToAgentAfterSettingTheWorkingQueueByAgentIdOffersTheContactToThatAgent() {
        FlowTestBed bed = FlowTestBed.inbound(setQueue("{\"AgentId\":\"carol\"}", "to-agent") + """
                {"Identifier":"to-agent","Type":"TransferContactToAgent","Parameters":{},"Transitions":{}},
                """ + say("error"));

        String contactId = bed.call();
        bed.sim().runFor(Duration.ofSeconds(4));

        assertEquals(EndReason.TRANSFERRED_TO_AGENT, bed.endOf(contactId).reason());
        assertEquals("carol", bed.sim().contact(contactId).record().agentUsername());
        assertFalse(bed.sim().contact(contactId).isDisconnected());
    }

    @Test
    void transferToAgentToABusyAgentDisconnectsTheContact() {
        FlowTestBed bed = FlowTestBed.inbound(setQueue("{\"AgentId\":\"carol\"}", "to-agent") + """
                {"Identifier":"to-agent","Type":"TransferContactToAgent","Parameters":{},"Transitions":{}},
                """ + say("error"));
        bed.sim().inboundCall("+15550111", "SupportQueue");
        bed.sim().runFor(Duration.ofSeconds(4));

        String contactId = bed.call();

        FlowRunRecord end = bed.endOf(contactId);
        assertEquals(EndReason.DISCONNECTED, end.reason());
        assertTrue(end.detail().endsWith("agent carol cannot take the contact now, so Connect disconnects it"),
                end.detail());
        assertTrue(bed.sim().contact(contactId).isDisconnected());
        assertEquals(DisconnectReason.CONTACT_FLOW_DISCONNECT,
                bed.sim().contact(contactId).record().disconnectReason());
    }

    @Test
    void transferToAgentWithNoAgentToTransferToEndsTheFlowWithAnError() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"to-agent","Type":"TransferContactToAgent","Parameters":{},"Transitions":{}}""");

        String contactId = bed.call();

        assertEquals(EndReason.FLOW_ERROR, bed.endOf(contactId).reason());
        assertTrue(bed.sim().contact(contactId).isDisconnected());
    }

    private static FlowTestBed thirdParty(String number, String limit, String continueFlow) {
        return FlowTestBed.inbound("""
                {"Identifier":"dial","Type":"TransferParticipantToThirdParty",
                 "Parameters":{"ThirdPartyPhoneNumber":"%s","ThirdPartyConnectionTimeLimitSeconds":"%s",
                   "ContinueFlowExecution":"%s"},
                 "Transitions":{"NextAction":"after","Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """.formatted(number, limit, continueFlow) + say("after") + "," + say("error"));
    }

    @Test
    void transferToThirdPartyThatAnswersLeavesTheCustomerWithTheThirdParty() {
        FlowTestBed bed = thirdParty(EXTERNAL, "20", "False");
        bed.sim().phoneBook().set(EXTERNAL, ThirdPartyBehavior.answersAfter(Duration.ofSeconds(5)));

        String contactId = bed.call();

        FlowRunRecord end = bed.endOf(contactId);
        assertEquals(EndReason.TRANSFERRED_TO_THIRD_PARTY, end.reason());
        assertEquals(FlowTestBed.FLOW_START.plusSeconds(5), end.ended());
        assertEquals(ConnectionState.CONNECTED, Calls.partyState(bed.sim(), contactId, Party.THIRD_PARTY));
        assertEquals(ConnectionState.CONNECTED, Calls.partyState(bed.sim(), contactId, Party.CUSTOMER));
        assertEquals(EXTERNAL, bed.sim().contact(contactId).record().transferredToEndpoint());
        assertEquals(List.of(), bed.heard(contactId));
    }

    @Test
    void transferToThirdPartyWithContinueFlowExecutionGoesOnInTheFlowOnceTheThirdPartyAnswers() {
        FlowTestBed bed = thirdParty(EXTERNAL, "20", "True");
        bed.sim().phoneBook().set(EXTERNAL, ThirdPartyBehavior.answersAfter(Duration.ofSeconds(5)));

        String contactId = bed.call();

        assertEquals(List.of("after"), bed.heard(contactId));
        assertEquals(FlowTestBed.FLOW_START.plusSeconds(5), bed.visit(contactId, "dial").at());
    }

    @Test
    void transferToThirdPartyThatDoesNotAnswerWithinTheLimitTakesTheErrorBranchAtTheLimit() {
        FlowTestBed bed = thirdParty(EXTERNAL, "10", "False");
        bed.sim().phoneBook().set(EXTERNAL, ThirdPartyBehavior.answersAfter(Duration.ofSeconds(12)));

        String contactId = bed.call();

        assertEquals(List.of("error"), bed.heard(contactId));
        BlockVisit dial = bed.visit(contactId, "dial");
        assertEquals("Error NoMatchingError", dial.branch());
        assertEquals(FlowTestBed.FLOW_START.plusSeconds(10), dial.at());
        assertEquals(ConnectionState.DISCONNECTED, Calls.partyState(bed.sim(), contactId, Party.THIRD_PARTY));
    }

    @Test
    void transferToThirdPartyThatNeverAnswersTakesTheErrorBranch() {
        FlowTestBed bed = thirdParty(EXTERNAL, "15", "False");
        bed.sim().phoneBook().set(EXTERNAL, ThirdPartyBehavior.neverAnswers());

        String contactId = bed.call();

        assertEquals(List.of("error"), bed.heard(contactId));
        assertEquals(FlowTestBed.FLOW_START.plusSeconds(15), bed.visit(contactId, "dial").at());
    }

    @Test
    void transferToThirdPartyEndsTheRunWhenTheCallerHangsUpWhileTheNumberRings() {
        FlowTestBed bed = thirdParty(EXTERNAL, "20", "False");
        bed.sim().phoneBook().set(EXTERNAL, ThirdPartyBehavior.answersAfter(Duration.ofSeconds(5)));
        String contactId = bed.sim().inboundCall(FlowTestBed.CALLER);
        bed.sim().customerHangsUpAfter(contactId, Duration.ofSeconds(2));

        bed.sim().runFor(Duration.ofSeconds(10));

        assertEquals(EndReason.CALLER_LEFT, bed.endOf(contactId).reason());
        assertEquals(List.of(), bed.heard(contactId));
        assertEquals(FlowTestBed.FLOW_START.plusMillis(1500), bed.endOf(contactId).ended());
        assertEquals(DisconnectReason.CUSTOMER_DISCONNECT, bed.sim().contact(contactId).record().disconnectReason());
        assertEquals(ConnectionState.DISCONNECTED, Calls.partyState(bed.sim(), contactId, Party.THIRD_PARTY),
                "the number stopped ringing when the caller hung up; it never answers a call that is gone");
    }

    @Test
    void theThirdPartyIsHungUpOnWhenTheCallerLeavesAfterTheFlowBridgedThem() {
        FlowTestBed bed = thirdParty(EXTERNAL, "20", "False");
        bed.sim().phoneBook().set(EXTERNAL, ThirdPartyBehavior.answersAfter(Duration.ofSeconds(5)));
        String contactId = bed.call();

        bed.sim().customerHangsUp(contactId);
        bed.sim().runFor(Duration.ofSeconds(1));

        assertEquals(ConnectionState.DISCONNECTED, Calls.partyState(bed.sim(), contactId, Party.THIRD_PARTY));
        assertEquals(DisconnectReason.CUSTOMER_DISCONNECT, bed.sim().contact(contactId).record().disconnectReason());
    }

    @Test
    void transferToThirdPartyOfANumberNotInE164FormTakesTheErrorBranchWithoutDialling() {
        FlowTestBed bed = thirdParty("5550199", "20", "False");

        String contactId = bed.call();

        assertEquals(List.of("error"), bed.heard(contactId));
        assertEquals(FlowTestBed.FLOW_START, bed.visit(contactId, "dial").at());
        assertNull(bed.sim().contact(contactId).record().transferredToEndpoint());
    }

    @Test
    void createCallbackContactKeepsTheQueueOfTheCallbackToTheNumberSetBefore() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"number","Type":"UpdateContactCallbackNumber",
                 "Parameters":{"CallbackNumber":"$.CustomerEndpoint.Address"},"Transitions":{"NextAction":"callback"}},
                {"Identifier":"callback","Type":"CreateCallbackContact",
                 "Parameters":{"QueueId":"SupportQueue","InitialCallDelaySeconds":"30"},
                 "Transitions":{"NextAction":"ok","Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """ + say("ok") + "," + say("error"));

        String contactId = bed.call();

        assertEquals(List.of("ok"), bed.heard(contactId));
        assertEquals("SupportQueue", bed.sim().contact(contactId).settings().callbackQueue());
        assertEquals(FlowTestBed.CALLER, bed.sim().contact(contactId).settings().callbackNumber());
    }

    @Test
    void createCallbackContactWithoutACallbackNumberOrAQueueTakesTheErrorBranch() {
        FlowTestBed noNumber = FlowTestBed.inbound("""
                {"Identifier":"callback","Type":"CreateCallbackContact","Parameters":{"QueueId":"SupportQueue"},
                 "Transitions":{"NextAction":"ok","Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """ + say("ok") + "," + say("error"));
        assertEquals(List.of("error"), noNumber.heard(noNumber.call()));

        FlowTestBed noQueue = FlowTestBed.inbound("""
                {"Identifier":"number","Type":"UpdateContactCallbackNumber",
                 "Parameters":{"CallbackNumber":"$.CustomerEndpoint.Address"},"Transitions":{"NextAction":"callback"}},
                {"Identifier":"callback","Type":"CreateCallbackContact","Parameters":{},
                 "Transitions":{"NextAction":"ok","Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """ + say("ok") + "," + say("error"));
        String contactId = noQueue.call();
        assertEquals(List.of("error"), noQueue.heard(contactId));
        assertNull(noQueue.sim().contact(contactId).settings().callbackQueue());
    }

    @Test
    void completeOutboundCallEndsTheFlowPlacingTheCallWithItsCallerId() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"place","Type":"CompleteOutboundCall","Parameters":{"CallerId":{"Number":"+18005550123"}},
                 "Transitions":{}}""");

        String contactId = bed.call();

        FlowRunRecord end = bed.endOf(contactId);
        assertEquals(EndReason.OUTBOUND_CALL_PLACED, end.reason());
        assertTrue(end.detail().endsWith("the outbound call is placed with caller id +18005550123"), end.detail());
    }

    @Test
    void disconnectParticipantHangsUpAndTheContactRecordSaysTheFlowDisconnected() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"hello","Type":"MessageParticipant","Parameters":{"Text":"Goodbye"},
                 "Transitions":{"NextAction":"bye"}},
                """ + FlowTestBed.disconnect("bye"));

        String contactId = bed.call();

        assertEquals(EndReason.DISCONNECTED, bed.endOf(contactId).reason());
        ContactRecord record = bed.sim().contact(contactId).record();
        assertEquals(DisconnectReason.CONTACT_FLOW_DISCONNECT, record.disconnectReason());
        assertEquals(FlowTestBed.FLOW_START.plusSeconds(1), record.disconnectTimestamp(), "after the 1 s prompt");
        assertEquals(ConnectionState.DISCONNECTED, Calls.partyState(bed.sim(), contactId, Party.CUSTOMER));
    }
}

package dev.connectsim.transfer;

import static dev.connectsim.contact.ConnectionState.CONNECTED;
import static dev.connectsim.contact.ConnectionState.CONNECTING;
import static dev.connectsim.contact.ConnectionState.DISCONNECTED;
import static dev.connectsim.contact.ConnectionState.HOLD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.agent.Callbacks;
import dev.connectsim.agent.Contact;
import dev.connectsim.contact.ConnectionState;
import dev.connectsim.contact.ContactState;
import dev.connectsim.contact.DisconnectReason;
import dev.connectsim.contact.Endpoint;
import dev.connectsim.contact.Party;
import dev.connectsim.cti.CtiErrorType;
import dev.connectsim.cti.CtiOperation;
import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.FlowParser;
import dev.connectsim.flow.FlowType;
import dev.connectsim.routing.AgentStatus;
import dev.connectsim.routing.Instance;
import dev.connectsim.sim.Simulation;
import dev.connectsim.telephony.ThirdPartyBehavior;
import dev.connectsim.testing.Calls;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BlindTransferTest {

    private static final String SYSTEM_NUMBER = "+18005550100";

    /** Sets CustomerRemaining to "Back To Queue", then queues the call in BasicQueue for alice. */
    private static final String INBOUND = """
            {"Version":"2019-10-30","StartAction":"hook","Actions":[
            {"Identifier":"hook","Type":"UpdateContactEventHooks",
             "Parameters":{"EventHooks":{"CustomerRemaining":"Back To Queue"}},
             "Transitions":{"NextAction":"queue","Errors":[{"ErrorType":"NoMatchingError","NextAction":"oops"}]}},
            {"Identifier":"queue","Type":"UpdateContactTargetQueue","Parameters":{"QueueId":"BasicQueue"},
             "Transitions":{"NextAction":"transfer","Errors":[{"ErrorType":"NoMatchingError","NextAction":"oops"}]}},
            {"Identifier":"transfer","Type":"TransferContactToQueue","Parameters":{},
             "Transitions":{"NextAction":"oops","Errors":[{"ErrorType":"QueueAtCapacity","NextAction":"oops"},
               {"ErrorType":"NoMatchingError","NextAction":"oops"}]}},
            {"Identifier":"oops","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}]}
            """;

    /** Queues a customer left alone in SupportQueue, where carol takes them. */
    private static final String BACK_TO_QUEUE = """
            {"Version":"2019-10-30","StartAction":"support","Actions":[
            {"Identifier":"support","Type":"UpdateContactTargetQueue","Parameters":{"QueueId":"SupportQueue"},
             "Transitions":{"NextAction":"requeue","Errors":[{"ErrorType":"NoMatchingError","NextAction":"gone"}]}},
            {"Identifier":"requeue","Type":"TransferContactToQueue","Parameters":{},
             "Transitions":{"NextAction":"gone","Errors":[{"ErrorType":"QueueAtCapacity","NextAction":"gone"},
               {"ErrorType":"NoMatchingError","NextAction":"gone"}]}},
            {"Identifier":"gone","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}]}
            """;

    private Simulation sim = Calls.simulation(42);
    private String id;

    private BlindTransfer startTo(ThirdPartyBehavior external) {
        return startTo(external, Calls.callConnectedToAlice(sim));
    }

    private BlindTransfer startTo(ThirdPartyBehavior external, Contact contact) {
        sim.phoneBook().set(Calls.EXTERNAL, external);
        id = contact.getContactId();
        return BlindTransfer.start(contact, Endpoint.byPhoneNumber(Calls.EXTERNAL), sim.scheduler().clock());
    }

    private TransferOutcome outcomeAfterRunning(BlindTransfer transfer) {
        assertTrue(sim.runUntil(transfer::isDone, Duration.ofSeconds(5)).conditionMet(), "the transfer ended");
        return transfer.outcome().orElseThrow();
    }

    private ConnectionState party(Party party) {
        return Calls.partyState(sim, id, party);
    }

    @Test
    void theAgentLeavesAtOnceAndAnAnsweringThirdPartyEndsUpTalkingToTheCustomer() {
        BlindTransfer transfer = startTo(ThirdPartyBehavior.answersAfter(Duration.ofSeconds(8)));
        Instant started = sim.now();

        TransferOutcome outcome = outcomeAfterRunning(transfer);

        assertInstanceOf(TransferOutcome.Completed.class, outcome);
        assertEquals(Duration.ofMillis(200), Duration.between(started, outcome.at()),
                "two round trips: the dial, then the agent's hang-up, without waiting for an answer");
        assertEquals(DISCONNECTED, party(Party.AGENT));
        assertEquals(CONNECTING, party(Party.THIRD_PARTY));
        assertEquals(CONNECTED, party(Party.CUSTOMER), "the customer hears the ringing, off hold");
        sim.runFor(Duration.ofSeconds(10));
        assertEquals(CONNECTED, party(Party.CUSTOMER));
        assertEquals(CONNECTED, party(Party.THIRD_PARTY));
        assertEquals(ContactState.ENDED, Calls.stateOf(sim, "alice", id), "alice is in after-contact work");
    }

    @Test
    void aThirdPartyThatNeverAnswersLeavesTheCustomerAloneAndTheCustomerIsDroppedAtTheRingTimeout() {
        BlindTransfer transfer = startTo(ThirdPartyBehavior.neverAnswers());

        assertInstanceOf(TransferOutcome.Completed.class, outcomeAfterRunning(transfer),
                "the agent left; the customer's fate is the third party's");
        sim.runFor(Duration.ofSeconds(25));
        assertFalse(sim.contact(id).isDisconnected(), "still ringing");
        sim.runFor(Duration.ofSeconds(6));

        assertTrue(sim.contact(id).isDisconnected());
        assertEquals(DISCONNECTED, party(Party.CUSTOMER));
        assertEquals(DisconnectReason.THIRD_PARTY_DISCONNECT, sim.contact(id).record().disconnectReason());
    }

    @Test
    void aThirdPartyThatNeverAnswersHandsTheCustomerToTheCustomerRemainingFlowWhenOneIsSet() {
        sim = withCustomerRemainingFlow();
        BlindTransfer transfer = startTo(ThirdPartyBehavior.neverAnswers(), callThroughTheFlowToAlice());

        assertInstanceOf(TransferOutcome.Completed.class, outcomeAfterRunning(transfer));
        sim.runFor(Duration.ofSeconds(40));

        assertFalse(sim.contact(id).isDisconnected(), "the customer is still on the line");
        assertEquals(CONNECTED, party(Party.CUSTOMER));
        assertEquals(ContactState.CONNECTED, Calls.stateOf(sim, "carol", id),
                "carol took the customer from SupportQueue, where the CustomerRemaining flow put them");
    }

    @Test
    void aDialTheServiceRefusesFailsTheTransferAndTheAgentStaysWithTheCustomer() {
        sim.failNext("alice", CtiOperation.ADD_CONNECTION, CtiErrorType.INTERNAL_SERVICE_ERROR, "Dial failed.");
        BlindTransfer transfer = startTo(ThirdPartyBehavior.answersAfter(Duration.ofSeconds(2)));

        TransferOutcome.Failed failed = assertInstanceOf(TransferOutcome.Failed.class, outcomeAfterRunning(transfer));

        assertEquals("addConnection", failed.step());
        assertEquals("InternalServiceError: Dial failed.", failed.reason());
        assertEquals(CONNECTED, party(Party.CUSTOMER), "not on hold");
        assertEquals(CONNECTED, party(Party.AGENT));
        assertNull(party(Party.THIRD_PARTY), "nothing was dialled");
    }

    @Test
    void aHangUpTheServiceRefusesLeavesTheAgentOnTheCallWithTheCustomerOnHold() {
        sim.failNext("alice", CtiOperation.DESTROY, CtiErrorType.INTERNAL_SERVICE_ERROR, "Hang-up failed.");
        BlindTransfer transfer = startTo(ThirdPartyBehavior.answersAfter(Duration.ofSeconds(8)));

        TransferOutcome.Failed failed = assertInstanceOf(TransferOutcome.Failed.class, outcomeAfterRunning(transfer));

        assertEquals("leave", failed.step());
        assertEquals("InternalServiceError: Hang-up failed.", failed.reason());
        assertEquals(CONNECTED, party(Party.AGENT));
        assertEquals(HOLD, party(Party.CUSTOMER));
        assertEquals(CONNECTING, party(Party.THIRD_PARTY));
    }

    @Test
    void aCustomerWhoHangsUpBeforeTheDialFailsTheDial() {
        BlindTransfer transfer = startTo(ThirdPartyBehavior.answersAfter(Duration.ofSeconds(2)));
        sim.customerHangsUp(id);

        TransferOutcome.Failed failed = assertInstanceOf(TransferOutcome.Failed.class, outcomeAfterRunning(transfer));

        assertEquals("addConnection", failed.step());
        assertEquals("InvalidStateException: Cannot add connection: Invalid contact state.", failed.reason());
        assertNull(party(Party.THIRD_PARTY));
        assertTrue(sim.handlerFailures().isEmpty(), sim.handlerFailures().toString());
    }

    @Test
    void aCustomerWhoHangsUpAfterTheDialDoesNotStopTheAgentLeavingAndTheThirdPartyIsDropped() {
        BlindTransfer transfer = startTo(ThirdPartyBehavior.answersAfter(Duration.ofSeconds(8)));
        sim.runFor(Duration.ofMillis(150));
        assertEquals(CONNECTING, party(Party.THIRD_PARTY), "the dial reached the service; the hang-up has not");
        sim.customerHangsUp(id);

        assertInstanceOf(TransferOutcome.Completed.class, outcomeAfterRunning(transfer));
        assertEquals(DISCONNECTED, party(Party.AGENT));
        assertEquals(DISCONNECTED, party(Party.THIRD_PARTY), "only a third party would remain, so the call ends");
        assertEquals(DisconnectReason.CUSTOMER_DISCONNECT, sim.contact(id).record().disconnectReason());
        assertTrue(sim.handlerFailures().isEmpty(), sim.handlerFailures().toString());
    }

    /** The instance of {@link Calls} whose system number runs a flow that sets the CustomerRemaining hook. */
    private static Simulation withCustomerRemainingFlow() {
        FlowLibrary flows = FlowLibrary.builder()
                .add(entry("Inbound", FlowType.CONTACT_FLOW, INBOUND))
                .add(entry("Back To Queue", FlowType.CONTACT_FLOW, BACK_TO_QUEUE))
                .build();
        Instance instance = Calls.instance().toBuilder().phoneNumber(SYSTEM_NUMBER, "Inbound").build();
        return Simulation.builder(instance).flows(flows).seed(42).build();
    }

    private static FlowLibrary.Entry entry(String name, FlowType type, String document) {
        String flowId = UUID.nameUUIDFromBytes(name.getBytes()).toString();
        return new FlowLibrary.Entry(name, type, flowId,
                Instance.instanceArn(Instance.DEFAULT_INSTANCE_ID) + "/contact-flow/" + flowId,
                FlowParser.parseText(name + ".json", document));
    }

    /** Bob goes Offline, the customer calls the system number, and alice accepts the call the flow queued. */
    private Contact callThroughTheFlowToAlice() {
        sim.agent("bob").setState(AgentStatus.OFFLINE, Callbacks.none());
        sim.runFor(Duration.ofMillis(200));
        String contactId = sim.inboundCall(Calls.CUSTOMER);
        assertTrue(sim.runUntil(() -> Calls.stateOf(sim, "alice", contactId) == ContactState.CONNECTING,
                Duration.ofSeconds(10)).conditionMet(), "the flow queued the call and alice was offered it");
        Calls.aliceContact(sim, contactId).orElseThrow().accept(Callbacks.none());
        assertTrue(sim.runUntil(() -> Calls.stateOf(sim, "alice", contactId) == ContactState.CONNECTED,
                Duration.ofSeconds(5)).conditionMet(), "alice's CCP shows the call connected");
        return Calls.aliceContact(sim, contactId).orElseThrow();
    }
}

package dev.connectsim.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactTest {

    private static final Instant T0 = Instant.parse("2024-01-01T09:00:00Z");
    private static final String CUSTOMER_NUMBER = "+15550100";
    private static final String EXTERNAL_NUMBER = "+15550199";

    private final Contact contact = new Contact("c-17", ContactType.VOICE, InitiationMethod.INBOUND, null, null,
            CUSTOMER_NUMBER, "+15550000", T0);
    private final Connection customer = new Connection("k-customer", ConnectionType.INBOUND, Party.CUSTOMER,
            Endpoint.byPhoneNumber(CUSTOMER_NUMBER), true, T0);

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    private Connection thirdParty(String id) {
        Connection connection = new Connection(id, ConnectionType.OUTBOUND, Party.THIRD_PARTY,
                Endpoint.byPhoneNumber(EXTERNAL_NUMBER), false, T0);
        contact.addConnection(connection);
        return connection;
    }

    private Connection agentLeg(String username) {
        Connection connection = new Connection("k-" + username, ConnectionType.AGENT, Party.AGENT,
                new Endpoint("arn:aws:connect:us-east-1:111:instance/i-1/agent/" + username, EndpointType.AGENT,
                        username, null), false, T0);
        contact.addConnection(connection);
        return connection;
    }

    private void customerConnected() {
        contact.addConnection(customer);
        contact.moveConnection(customer, ConnectionState.CONNECTED, T0);
    }

    @Test
    void aRecordKeepsTheAttributesOfItsMomentWhileTheContactsViewFollowsLaterChanges() {
        contact.putAttribute("voiceCallId", "0LQ1");
        Map<String, String> view = contact.attributes();
        ContactRecord before = contact.record();

        contact.putAttribute("transferTo", "queue");
        contact.putAttribute("voiceCallId", "0LQ2");
        ContactRecord after = contact.record();

        assertEquals(Map.of("voiceCallId", "0LQ1"), before.attributes());
        assertEquals(List.of("voiceCallId", "transferTo"), List.copyOf(after.attributes().keySet()));
        assertEquals("0LQ2", after.attributes().get("voiceCallId"));
        assertEquals(after.attributes(), view);
        assertSame(after.attributes(), contact.record().attributes(), "nothing changed, so nothing is copied");
        assertThrows(UnsupportedOperationException.class, () -> view.put("x", "y"));
    }

    @Test
    void aNewContactIsInInitWithNoAgentAndIsItsOwnInitialContact() {
        ContactRecord record = contact.record();

        assertEquals(ContactState.INIT, contact.state());
        assertNull(contact.assignment());
        assertNull(contact.agentUsername());
        assertEquals("c-17", contact.initialContactId());
        assertEquals("c-17", record.initialContactId());
        assertNull(record.previousContactId());
        assertEquals("VOICE", record.channel());
        assertEquals(T0, record.initiationTimestamp());
        assertEquals(0, record.numberOfHolds());
        assertEquals(Duration.ZERO, record.customerHoldDuration());
        assertNull(record.disconnectTimestamp());
        assertFalse(contact.isDisconnected());
        assertEquals("contact c-17 (INIT)", contact.toString());
    }

    @Test
    void aTransferLegKeepsTheInitialAndPreviousContactIdsOfTheCall() {
        Contact leg = new Contact("c-18", ContactType.VOICE, InitiationMethod.TRANSFER, "c-17", "c-17",
                CUSTOMER_NUMBER, "+15550000", at(30));

        assertEquals("c-17", leg.record().initialContactId());
        assertEquals("c-17", leg.record().previousContactId());
        assertEquals(InitiationMethod.TRANSFER, leg.record().initiationMethod());
    }

    @Test
    void eachCustomerHoldCountsOnceAndItsTimeIsAddedWhenTheCustomerIsResumed() {
        customerConnected();

        contact.moveConnection(customer, ConnectionState.HOLD, at(10));
        contact.moveConnection(customer, ConnectionState.CONNECTED, at(25));
        contact.moveConnection(customer, ConnectionState.HOLD, at(40));
        contact.moveConnection(customer, ConnectionState.CONNECTED, at(45));

        assertEquals(2, contact.record().numberOfHolds());
        assertEquals(Duration.ofSeconds(20), contact.record().customerHoldDuration());
    }

    @Test
    void aHoldStillRunningWhenTheCallDisconnectsCountsUpToTheDisconnect() {
        customerConnected();
        contact.moveConnection(customer, ConnectionState.HOLD, at(10));

        contact.disconnected(DisconnectReason.CUSTOMER_DISCONNECT, at(30));
        contact.moveConnection(customer, ConnectionState.DISCONNECTED, at(31));

        assertEquals(1, contact.record().numberOfHolds());
        assertEquals(Duration.ofSeconds(20), contact.record().customerHoldDuration());
    }

    @Test
    void aCustomerWhoHangsUpOnHoldIsCountedOnHoldUntilTheirConnectionDrops() {
        customerConnected();
        contact.moveConnection(customer, ConnectionState.HOLD, at(10));

        contact.moveConnection(customer, ConnectionState.DISCONNECTED, at(18));
        contact.disconnected(DisconnectReason.CUSTOMER_DISCONNECT, at(20));

        assertEquals(1, contact.record().numberOfHolds());
        assertEquals(Duration.ofSeconds(8), contact.record().customerHoldDuration());
    }

    @Test
    void holdsOfTheAgentAndOfThirdPartiesAreNotCustomerHolds() {
        customerConnected();
        Connection third = thirdParty("k-third");
        Connection agent = agentLeg("alice");
        contact.moveConnection(third, ConnectionState.CONNECTED, at(1));
        contact.moveConnection(agent, ConnectionState.CONNECTED, at(1));

        contact.moveConnection(third, ConnectionState.HOLD, at(5));
        contact.moveConnection(agent, ConnectionState.HOLD, at(6));
        contact.moveConnection(third, ConnectionState.CONNECTED, at(15));
        contact.moveConnection(agent, ConnectionState.CONNECTED, at(16));

        assertEquals(0, contact.record().numberOfHolds());
        assertEquals(Duration.ZERO, contact.record().customerHoldDuration());
        assertEquals(ConnectionState.CONNECTED, third.state());
        assertEquals(at(16), agent.stateTimestamp());
    }

    @Test
    void anIllegalConnectionMoveIsRejectedNamingTheConnectionAndCountsNoHold() {
        contact.addConnection(customer);
        contact.moveConnection(customer, ConnectionState.CONNECTING, T0);

        IllegalTransitionException error = assertThrows(IllegalTransitionException.class,
                () -> contact.moveConnection(customer, ConnectionState.HOLD, at(3)));

        assertEquals("connection k-customer (customer) cannot go from CONNECTING to HOLD "
                + "(allowed: CONNECTED, DISCONNECTED)", error.getMessage());
        assertEquals(ConnectionState.CONNECTING, customer.state());
        assertEquals(0, contact.record().numberOfHolds());
    }

    @Test
    void aDisconnectedConnectionCannotComeBack() {
        customerConnected();
        contact.moveConnection(customer, ConnectionState.DISCONNECTED, at(9));

        IllegalTransitionException error = assertThrows(IllegalTransitionException.class,
                () -> contact.moveConnection(customer, ConnectionState.CONNECTED, at(10)));

        assertEquals("connection k-customer (customer) cannot go from DISCONNECTED to CONNECTED "
                + "(allowed: none, DISCONNECTED is final)", error.getMessage());
        assertEquals(at(9), customer.stateTimestamp());
    }

    @Test
    void theFirstDisconnectReasonWins() {
        contact.disconnected(DisconnectReason.CUSTOMER_DISCONNECT, at(10));
        contact.disconnected(DisconnectReason.AGENT_DISCONNECT, at(20));

        assertTrue(contact.isDisconnected());
        assertEquals(DisconnectReason.CUSTOMER_DISCONNECT, contact.record().disconnectReason());
        assertEquals(at(10), contact.record().disconnectTimestamp());
    }

    @Test
    void assigningOffersTheContactToTheAgentInInit() {
        Assignment assignment = contact.assign("alice", at(1));

        assertSame(assignment, contact.assignment());
        assertSame(contact, assignment.contact());
        assertEquals("c-17", assignment.contactId());
        assertEquals("alice", assignment.agentUsername());
        assertEquals(ContactState.INIT, assignment.state());
        assertEquals(at(1), assignment.stateTimestamp());
        assertFalse(assignment.isCleared());
        assertEquals("alice", contact.agentUsername());
    }

    @Test
    void movingTheContactMovesItsAssignmentAndStampsTheMove() {
        Assignment assignment = contact.assign("alice", at(1));

        contact.moveTo(ContactState.CONNECTING, at(2));

        assertEquals(ContactState.CONNECTING, assignment.state());
        assertEquals(at(2), assignment.stateTimestamp());
        assertEquals(ContactState.CONNECTING, contact.state());
        assertEquals("contact c-17 (CONNECTING)", contact.toString());
    }

    @Test
    void anIllegalContactMoveNamesTheContactAndItsAgentAndChangesNothing() {
        Assignment assignment = contact.assign("alice", at(1));
        contact.moveTo(ContactState.CONNECTING, at(2));

        IllegalTransitionException error = assertThrows(IllegalTransitionException.class,
                () -> contact.moveTo(ContactState.PAUSED, at(3)));

        assertEquals("contact c-17 of agent alice cannot go from CONNECTING to PAUSED "
                + "(allowed: CONNECTED, MISSED, ERROR, ENDED, REJECTED)", error.getMessage());
        assertEquals(ContactState.CONNECTING, assignment.state());
        assertEquals(at(2), assignment.stateTimestamp());
    }

    @Test
    void aContactWithNoAgentCannotBeMoved() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> contact.moveTo(ContactState.CONNECTING, at(1)));

        assertEquals("contact c-17 is with no agent, so it cannot go to CONNECTING", error.getMessage());
    }

    @Test
    void connectingToTheAgentStampsTheRecordAndDequeuesAQueuedContact() {
        QueueInfo queue = new QueueInfo("BasicQueue", "arn:aws:connect:us-east-1:111:instance/i-1/queue/q-1");
        contact.connectedToSystem(at(1));
        contact.enqueue(queue, at(2));
        contact.assign("alice", at(4));
        contact.moveTo(ContactState.CONNECTING, at(4));

        contact.moveTo(ContactState.CONNECTED, at(7));

        ContactRecord record = contact.record();
        assertEquals(at(1), record.connectedToSystemTimestamp());
        assertEquals("BasicQueue", record.queueName());
        assertEquals(at(2), record.enqueueTimestamp());
        assertEquals(at(7), record.dequeueTimestamp());
        assertEquals(at(7), record.connectedToAgentTimestamp());
        assertEquals("alice", record.agentUsername());
        assertSame(queue, contact.queue());
    }

    @Test
    void aContactThatWasNeverQueuedGetsNoDequeueTimestamp() {
        contact.assign("alice", at(1));
        contact.moveTo(ContactState.CONNECTING, at(1));
        contact.moveTo(ContactState.CONNECTED, at(3));

        assertNull(contact.record().dequeueTimestamp());
        assertNull(contact.record().queueName());
        assertEquals(at(3), contact.record().connectedToAgentTimestamp());
    }

    @Test
    void theFirstConnectionToAnAgentIsTheOneTheRecordKeeps() {
        contact.assign("alice", at(1));
        contact.moveTo(ContactState.CONNECTED, at(2));
        contact.moveTo(ContactState.PAUSED, at(5));

        contact.moveTo(ContactState.CONNECTED, at(9));

        assertEquals(at(2), contact.record().connectedToAgentTimestamp());
    }

    @Test
    void endingAConnectedContactStartsAfterContactWorkUntilItIsEnded() {
        contact.assign("alice", at(1));
        contact.moveTo(ContactState.CONNECTING, at(1));
        contact.moveTo(ContactState.CONNECTED, at(3));

        contact.moveTo(ContactState.ENDED, at(60));
        contact.afterContactWorkEnded(at(90));

        assertEquals(at(60), contact.record().afterContactWorkStartTimestamp());
        assertEquals(at(90), contact.record().afterContactWorkEndTimestamp());
    }

    @Test
    void aContactEndedAfterAMissHasNoAfterContactWork() {
        contact.assign("alice", at(1));
        contact.moveTo(ContactState.CONNECTING, at(1));
        contact.moveTo(ContactState.MISSED, at(21));

        contact.moveTo(ContactState.ENDED, at(22));

        assertNull(contact.record().afterContactWorkStartTimestamp());
        assertNull(contact.record().connectedToAgentTimestamp());
    }

    @Test
    void aContactStillWithAnAgentCannotBeOfferedToAnother() {
        contact.assign("alice", at(1));
        contact.moveTo(ContactState.CONNECTING, at(1));

        IllegalStateException error = assertThrows(IllegalStateException.class, () -> contact.assign("bob", at(2)));

        assertEquals("contact c-17 is already with agent alice (CONNECTING), so it cannot be offered to bob",
                error.getMessage());
        assertEquals("alice", contact.assignment().agentUsername());
    }

    @Test
    void afterAMissTheContactIsFreeForAnotherAgentAndTheRecordNamesTheLastOne() {
        Assignment alice = contact.assign("alice", at(1));
        contact.moveTo(ContactState.CONNECTING, at(1));
        contact.moveTo(ContactState.MISSED, at(21));

        contact.detachAssignment();

        assertNull(contact.assignment());
        assertEquals(ContactState.INIT, contact.state());
        assertEquals("alice", contact.agentUsername());

        Assignment bob = contact.assign("bob", at(22));

        assertNotSame(alice, bob);
        assertEquals("bob", contact.record().agentUsername());
        assertEquals(ContactState.MISSED, alice.state());
        assertEquals(ContactState.INIT, contact.state());
    }

    @Test
    void anEndedContactCanBeOfferedAgainAsANewAssignment() {
        contact.assign("alice", at(1));
        contact.moveTo(ContactState.CONNECTED, at(2));
        contact.moveTo(ContactState.ENDED, at(3));

        Assignment bob = contact.assign("bob", at(4));

        assertSame(bob, contact.assignment());
        assertEquals(ContactState.INIT, contact.state());
    }

    @Test
    void clearingAnAssignmentMarksItCleared() {
        Assignment assignment = contact.assign("alice", at(1));
        contact.moveTo(ContactState.CONNECTED, at(2));
        contact.moveTo(ContactState.ENDED, at(3));

        assignment.clear();

        assertTrue(assignment.isCleared());
    }

    @Test
    void connectionsKeepTheOrderTheyWereAddedIn() {
        customerConnected();
        Connection agent = agentLeg("alice");
        Connection third = thirdParty("k-third");

        assertEquals(List.of(customer, agent, third), contact.connections());
        assertEquals(Optional.of(customer), contact.initialConnection());
        assertEquals(Optional.of(agent), contact.agentConnection());
        assertEquals(Optional.of(third), contact.connection("k-third"));
        assertEquals(Optional.empty(), contact.connection("k-nobody"));
        assertThrows(UnsupportedOperationException.class, () -> contact.connections().add(third));
    }

    @Test
    void onlyThirdPartiesStillActiveAreListedAsActiveThirdParties() {
        customerConnected();
        Connection dialing = thirdParty("k-dialing");
        Connection onHold = thirdParty("k-on-hold");
        Connection gone = thirdParty("k-gone");
        thirdParty("k-not-started");
        contact.moveConnection(dialing, ConnectionState.CONNECTING, at(1));
        contact.moveConnection(onHold, ConnectionState.CONNECTED, at(1));
        contact.moveConnection(onHold, ConnectionState.HOLD, at(2));
        contact.moveConnection(gone, ConnectionState.CONNECTED, at(1));
        contact.moveConnection(gone, ConnectionState.DISCONNECTED, at(3));

        assertEquals(List.of(dialing, onHold), contact.activeThirdParties());
    }

    @Test
    void aRemovedConnectionLeavesTheContact() {
        customerConnected();
        Connection agent = agentLeg("alice");

        contact.removeConnection(agent);

        assertEquals(List.of(customer), contact.connections());
        assertEquals(Optional.empty(), contact.agentConnection());
    }

    @Test
    void attributesKeepTheOrderTheyWereFirstSetIn() {
        contact.putAttribute("b", "1");
        contact.putAttribute("a", "2");
        contact.putAttribute("b", "3");

        assertEquals(List.of("b", "a"), List.copyOf(contact.attributes().keySet()));
        assertEquals("3", contact.attributes().get("b"));
        assertThrows(UnsupportedOperationException.class, () -> contact.attributes().put("c", "4"));
    }

    @Test
    void anAttributeNeedsAKeyAndAValue() {
        assertEquals("key", assertThrows(NullPointerException.class, () -> contact.putAttribute(null, "v"))
                .getMessage());
        assertEquals("value", assertThrows(NullPointerException.class, () -> contact.putAttribute("k", null))
                .getMessage());
    }

    @Test
    void aRecordIsACopyThatLaterChangesDoNotReach() {
        contact.putAttribute("voiceCallId", "0LQ1");
        ContactRecord before = contact.record();

        contact.putAttribute("error", "timeout");
        contact.disconnected(DisconnectReason.OTHER, at(5));

        assertEquals(Map.of("voiceCallId", "0LQ1"), before.attributes());
        assertNull(before.disconnectTimestamp());
    }

    @Test
    void aTransferRecordsWhereTheCallWentAndWhichLegCameNext() {
        contact.transferredTo(EXTERNAL_NUMBER, "c-18");
        contact.transferredTo("Support", null);
        contact.transferCompleted(at(40));

        ContactRecord record = contact.record();
        assertEquals("Support", record.transferredToEndpoint());
        assertEquals("c-18", record.nextContactId());
        assertEquals(at(40), record.transferCompletedTimestamp());
    }

    @Test
    void aConnectionSnapshotIsFrozenAtTheMomentItWasTaken() {
        customerConnected();
        ConnectionSnapshot before = customer.snapshot();

        contact.moveConnection(customer, ConnectionState.HOLD, at(4));

        assertEquals(new ConnectionSnapshot("k-customer", ConnectionType.INBOUND, Party.CUSTOMER,
                Endpoint.byPhoneNumber(CUSTOMER_NUMBER), true, ConnectionState.CONNECTED, T0), before);
        assertEquals(ConnectionState.HOLD, customer.snapshot().state());
        assertEquals(at(4), customer.snapshot().stateTimestamp());
    }

    @Test
    void aConnectionRemembersTheTransferLegItCreated() {
        Connection third = thirdParty("k-third");
        assertNull(third.transferLegContactId());

        third.setTransferLegContactId("c-18");

        assertEquals("c-18", third.transferLegContactId());
    }

    @Test
    void aConnectionNeedsAnIdATypeAPartyAndAnEndpoint() {
        Endpoint endpoint = Endpoint.byPhoneNumber(CUSTOMER_NUMBER);

        assertEquals("connectionId", assertThrows(NullPointerException.class,
                () -> new Connection(null, ConnectionType.INBOUND, Party.CUSTOMER, endpoint, true, T0)).getMessage());
        assertEquals("type", assertThrows(NullPointerException.class,
                () -> new Connection("k", null, Party.CUSTOMER, endpoint, true, T0)).getMessage());
        assertEquals("party", assertThrows(NullPointerException.class,
                () -> new Connection("k", ConnectionType.INBOUND, null, endpoint, true, T0)).getMessage());
        assertEquals("endpoint", assertThrows(NullPointerException.class,
                () -> new Connection("k", ConnectionType.INBOUND, Party.CUSTOMER, null, true, T0)).getMessage());
    }
}

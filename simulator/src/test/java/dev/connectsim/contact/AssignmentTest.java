package dev.connectsim.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    private static final Instant T0 = Instant.parse("2024-01-01T09:00:00Z");

    private final Contact contact = new Contact("c-17", ContactType.VOICE, InitiationMethod.INBOUND, null, null,
            "+15550100", "+15550000", T0);
    private final Connection customer = new Connection("k-customer", ConnectionType.INBOUND, Party.CUSTOMER,
            Endpoint.byPhoneNumber("+15550100"), true, T0);

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    private Connection agentLeg(String username) {
        Connection connection = new Connection("k-" + username, ConnectionType.AGENT, Party.AGENT,
                new Endpoint(null, EndpointType.AGENT, username, null), false, at(1));
        contact.addConnection(connection);
        contact.moveConnection(connection, ConnectionState.CONNECTING, at(1));
        return connection;
    }

    private static List<String> connectionIds(ContactSnapshot snapshot) {
        return snapshot.connections().stream().map(ConnectionSnapshot::connectionId).toList();
    }

    @Test
    void whileTheContactIsActiveTheSnapshotShowsItAsItIsNow() {
        contact.addConnection(customer);
        contact.moveConnection(customer, ConnectionState.CONNECTED, T0);
        Assignment alice = contact.assign("alice", at(1));
        agentLeg("alice");
        contact.moveTo(ContactState.CONNECTING, at(1));

        contact.putAttribute("voiceCallId", "0LQ1");
        contact.moveConnection(customer, ConnectionState.HOLD, at(2));

        ContactSnapshot snapshot = alice.snapshot();
        assertEquals("c-17", snapshot.contactId());
        assertEquals(ContactState.CONNECTING, snapshot.state());
        assertEquals(at(1), snapshot.stateTimestamp());
        assertEquals(Map.of("voiceCallId", "0LQ1"), snapshot.attributes());
        assertEquals(List.of("k-customer", "k-alice"), connectionIds(snapshot));
        assertEquals(ConnectionState.HOLD, snapshot.connections().get(0).state());
    }

    @Test
    void onceTheAgentMissedTheContactTheirViewIsFrozenAsItWasThen() {
        contact.addConnection(customer);
        contact.moveConnection(customer, ConnectionState.CONNECTED, T0);
        Assignment alice = contact.assign("alice", at(1));
        Connection aliceLeg = agentLeg("alice");
        contact.moveTo(ContactState.CONNECTING, at(1));
        contact.putAttribute("tries", "1");

        contact.moveTo(ContactState.MISSED, at(21));
        ContactSnapshot frozen = alice.snapshot();
        contact.moveConnection(aliceLeg, ConnectionState.DISCONNECTED, at(21));
        contact.removeConnection(aliceLeg);
        contact.detachAssignment();
        Assignment bob = contact.assign("bob", at(22));
        agentLeg("bob");
        contact.moveTo(ContactState.CONNECTING, at(22));
        contact.moveTo(ContactState.CONNECTED, at(24));
        contact.putAttribute("tries", "2");
        contact.moveConnection(customer, ConnectionState.HOLD, at(30));

        assertEquals(frozen, alice.snapshot());
        assertEquals(ContactState.MISSED, alice.snapshot().state());
        assertEquals(at(21), alice.snapshot().stateTimestamp());
        assertEquals(List.of("k-customer", "k-alice"), connectionIds(alice.snapshot()));
        assertEquals(ConnectionState.CONNECTING, alice.snapshot().connections().get(1).state());
        assertEquals(ConnectionState.CONNECTED, alice.snapshot().connections().get(0).state());
        assertEquals("1", alice.snapshot().attributes().get("tries"));

        assertEquals(ContactState.CONNECTED, bob.snapshot().state());
        assertEquals(List.of("k-customer", "k-bob"), connectionIds(bob.snapshot()));
        assertEquals("2", bob.snapshot().attributes().get("tries"));
    }

    @Test
    void onceTheAgentLeftTheCallTheyNoLongerSeeTheCustomerAndThirdPartyTalkOn() {
        contact.addConnection(customer);
        contact.moveConnection(customer, ConnectionState.CONNECTED, T0);
        Assignment alice = contact.assign("alice", at(1));
        Connection aliceLeg = agentLeg("alice");
        contact.moveTo(ContactState.CONNECTED, at(2));
        contact.moveConnection(aliceLeg, ConnectionState.CONNECTED, at(2));
        contact.moveConnection(customer, ConnectionState.HOLD, at(10));

        contact.moveConnection(aliceLeg, ConnectionState.DISCONNECTED, at(30));
        contact.moveTo(ContactState.ENDED, at(30));
        contact.moveConnection(customer, ConnectionState.CONNECTED, at(30));
        contact.putAttribute("bridged", "true");

        ContactSnapshot view = alice.snapshot();
        assertEquals(ContactState.ENDED, view.state());
        assertEquals(ConnectionState.HOLD, view.connections().get(0).state());
        assertEquals(ConnectionState.DISCONNECTED, view.connections().get(1).state());
        assertEquals(Map.of(), view.attributes());
    }

    @Test
    void aSnapshotCannotBeChangedByItsReader() {
        contact.addConnection(customer);
        Assignment alice = contact.assign("alice", at(1));
        contact.putAttribute("a", "1");

        ContactSnapshot snapshot = alice.snapshot();

        assertThrows(UnsupportedOperationException.class, () -> snapshot.attributes().put("b", "2"));
        assertThrows(UnsupportedOperationException.class, () -> snapshot.connections().clear());
    }
}

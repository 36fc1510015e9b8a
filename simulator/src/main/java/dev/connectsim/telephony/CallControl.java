package dev.connectsim.telephony;

import dev.connectsim.contact.Assignment;
import dev.connectsim.contact.Connection;
import dev.connectsim.contact.ConnectionState;
import dev.connectsim.contact.Contact;
import dev.connectsim.contact.ContactState;
import dev.connectsim.contact.Contacts;
import dev.connectsim.contact.DisconnectReason;
import dev.connectsim.contact.Party;
import dev.connectsim.cti.CtiErrorType;
import dev.connectsim.cti.CtiResult;
import dev.connectsim.routing.Router;
import dev.connectsim.routing.RoutingListener;
import dev.connectsim.time.Scheduler;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The call-control side of the service: hold, resume, join, swap and hang-up, and what happens to a
 * call when one of its parties leaves. Implements the transfer rules of
 * docs/streams-and-connect-api.md section 3 (R1 is in {@link Dialer}).
 *
 * <p>Design note: a contact leg stays up while the customer or its agent is on it (R4's general
 * rule). When the agent leaves with a third party still on the line (connected, on hold or still
 * ringing), the customer and the third party are bridged and taken off hold (R3 "End call", R4b);
 * the leg then ends with the first of them to go, and a customer left alone is disconnected (the
 * blind transfer that is not answered). A leg that a USER or QUEUE third party created is tied to
 * its third-party connection both ways: ending one ends the other. A customer who would be left
 * alone (the agent hung up, or the last third party left after the agent) is first offered to the
 * contact's CustomerRemaining hook ({@link CustomerRemaining}); when its flow takes them, the
 * customer stays on the line with that flow.
 */
public final class CallControl implements RoutingListener {

    private static final Set<ContactState> ACTIVE = Set.of(ContactState.INCOMING, ContactState.PENDING,
            ContactState.CONNECTING, ContactState.CONNECTED, ContactState.PAUSED);

    private final Contacts contacts;
    private final Router router;
    private final Scheduler scheduler;
    private CustomerRemaining customerRemaining = CustomerRemaining.NONE;

    public CallControl(Contacts contacts, Router router, Scheduler scheduler) {
        this.contacts = contacts;
        this.router = router;
        this.scheduler = scheduler;
        router.addListener(this);
    }

    /** Who may take over a customer left alone on a contact (its CustomerRemaining hook flow). */
    public void setCustomerRemaining(CustomerRemaining handler) {
        this.customerRemaining = Objects.requireNonNull(handler, "handler");
    }

    /** A flow hangs up on the customer of {@code contact} (DisconnectParticipant, or a flow that ends). */
    public void disconnectByFlow(Contact contact) {
        customerLeaves(contact, DisconnectReason.CONTACT_FLOW_DISCONNECT);
    }

    /** Puts a connection on hold. In a two-party call only the customer can be held. */
    public CtiResult hold(String agent, String contactId, String connectionId) {
        String refusal = "Cannot put call on hold: Invalid contact state.";
        Optional<Contact> handled = handledBy(agent, contactId);
        Optional<Connection> target = handled.flatMap(c -> c.connection(connectionId));
        if (target.isEmpty()) {
            return CtiResult.invalidState(refusal);
        }
        Contact contact = handled.get();
        Connection connection = target.get();
        if (connection.party() == Party.AGENT && activeParties(contact) < 3) {
            return CtiResult.invalidState(refusal);
        }
        if (connection.state() == ConnectionState.HOLD) {
            return CtiResult.ok();
        }
        if (connection.state() != ConnectionState.CONNECTED) {
            return CtiResult.invalidState(refusal);
        }
        contact.moveConnection(connection, ConnectionState.HOLD, scheduler.now());
        return CtiResult.ok();
    }

    /**
     * A transfer flow holds or releases the parties of the contact the transfer came from
     * (UpdatePreviousContactParticipantState): the agent's connection and the customer's each go on hold or
     * off it, as asked. Empty when done; otherwise why not (no previous contact, it has ended, or it has no
     * agent or customer on the line), and nothing changes.
     */
    public Optional<String> holdPreviousParties(Contact leg, boolean agentOnHold, boolean customerOnHold) {
        if (leg.previousContactId() == null) {
            return Optional.of("the contact has no previous contact: no transfer brought it here");
        }
        Optional<Contact> previous = contacts.find(leg.previousContactId());
        Optional<Connection> agent = previous.flatMap(Contact::agentConnection).filter(CallControl::onTheLine);
        Optional<Connection> customer = previous.flatMap(Contact::initialConnection).filter(CallControl::onTheLine);
        if (agent.isEmpty() || customer.isEmpty()) {
            return Optional.of("the previous contact " + leg.previousContactId() + " has no " + (agent.isEmpty()
                    ? "agent" : "customer") + " on the line");
        }
        setHeld(previous.get(), agent.get(), agentOnHold);
        setHeld(previous.get(), customer.get(), customerOnHold);
        return Optional.empty();
    }

    /** Connected or on hold: a party a flow can hold or take off hold. */
    private static boolean onTheLine(Connection connection) {
        return connection.state() == ConnectionState.CONNECTED || connection.state() == ConnectionState.HOLD;
    }

    private void setHeld(Contact contact, Connection connection, boolean held) {
        ConnectionState to = held ? ConnectionState.HOLD : ConnectionState.CONNECTED;
        if (connection.state() != to) {
            contact.moveConnection(connection, to, scheduler.now());
        }
    }

    /** Takes a connection off hold. */
    public CtiResult resume(String agent, String contactId, String connectionId) {
        Optional<Contact> handled = handledBy(agent, contactId);
        Optional<Connection> target = handled.flatMap(c -> c.connection(connectionId));
        if (target.isEmpty()) {
            return CtiResult.invalidState("Cannot resume connection from hold: Invalid contact state.");
        }
        Connection connection = target.get();
        if (connection.state() == ConnectionState.CONNECTED) {
            return CtiResult.failed(CtiErrorType.CALL_ALREADY_RESUMED, "Call is already resumed.");
        }
        if (connection.state() != ConnectionState.HOLD) {
            return CtiResult.invalidState("Cannot resume connection from hold: Invalid contact state.");
        }
        handled.get().moveConnection(connection, ConnectionState.CONNECTED, scheduler.now());
        return CtiResult.ok();
    }

    /**
     * Joins everyone (R3 "Join"): every held connection goes back to connected. Needs the customer
     * still on the line and at least one third party that has answered; a third party still
     * ringing makes it fail.
     */
    public CtiResult conference(String agent, String contactId) {
        String refusal = "Cannot conference connections: Invalid contact state.";
        Optional<Contact> handled = handledBy(agent, contactId);
        if (handled.isEmpty() || !customerOnLine(handled.get())) {
            return CtiResult.invalidState(refusal);
        }
        Contact contact = handled.get();
        List<Connection> thirdParties = contact.activeThirdParties();
        if (thirdParties.isEmpty() || thirdParties.stream().anyMatch(c -> c.state() == ConnectionState.CONNECTING)) {
            return CtiResult.invalidState(refusal);
        }
        for (Connection connection : contact.connections()) {
            if (connection.state() == ConnectionState.HOLD) {
                contact.moveConnection(connection, ConnectionState.CONNECTED, scheduler.now());
            }
        }
        return CtiResult.ok();
    }

    /**
     * Swaps between the customer and the third party (R3 "Swap"): only with exactly three parties,
     * the third party answered and the agent on the line. With one of the two held, they trade
     * places; with neither held the named connection goes on hold; with both held it comes back.
     */
    public CtiResult toggle(String agent, String contactId, String connectionId) {
        String refusal = "Cannot toggle active connections: Invalid contact state.";
        Optional<Contact> handled = handledBy(agent, contactId);
        if (handled.isEmpty() || !customerOnLine(handled.get())) {
            return CtiResult.invalidState(refusal);
        }
        Contact contact = handled.get();
        List<Connection> thirdParties = contact.activeThirdParties();
        Connection customer = contact.initialConnection().orElseThrow();
        boolean agentOnLine = contact.agentConnection().map(c -> c.state() == ConnectionState.CONNECTED)
                .orElse(false);
        if (thirdParties.size() != 1 || thirdParties.get(0).state() == ConnectionState.CONNECTING || !agentOnLine) {
            return CtiResult.invalidState(refusal);
        }
        Connection thirdParty = thirdParties.get(0);
        boolean customerHeld = customer.state() == ConnectionState.HOLD;
        boolean thirdPartyHeld = thirdParty.state() == ConnectionState.HOLD;
        if (customerHeld != thirdPartyHeld) {
            flip(contact, customer);
            flip(contact, thirdParty);
        } else {
            flip(contact, thirdParty.connectionId().equals(connectionId) ? thirdParty : customer);
        }
        return CtiResult.ok();
    }

    /**
     * Hangs up a connection. The agent's own connection: the agent leaves (an offer not yet
     * accepted is rejected). The customer's: the customer is dropped. A third party's: that party
     * is dropped and the customer stays as they were.
     */
    public CtiResult destroy(String agent, String contactId, String connectionId) {
        Optional<Contact> handled = contacts.withAgent(agent, contactId, ACTIVE);
        Optional<Connection> target = handled.flatMap(c -> c.connection(connectionId))
                .filter(c -> c.state().isActive());
        if (target.isEmpty()) {
            return CtiResult.invalidState("Cannot destroy connection: Invalid contact state.");
        }
        Contact contact = handled.get();
        Connection connection = target.get();
        switch (connection.party()) {
            case AGENT -> {
                if (contact.state() == ContactState.CONNECTING) {
                    return router.reject(agent, contactId);
                }
                agentLeaves(contact);
            }
            case CUSTOMER -> customerLeaves(contact, DisconnectReason.AGENT_DISCONNECT);
            case THIRD_PARTY -> thirdPartyLeaves(contact, connection, DisconnectReason.AGENT_DISCONNECT);
        }
        return CtiResult.ok();
    }

    /** The customer hangs up: every leg they are on hears it. */
    public void customerHangsUp(String contactId) {
        Contact contact = contacts.get(contactId);
        customerLeaves(contacts.get(contact.initialContactId()), DisconnectReason.CUSTOMER_DISCONNECT);
    }

    /** A third party's connection ended: the dial failed, or they hung up. */
    void thirdPartyLeaves(Contact contact, Connection connection, DisconnectReason reason) {
        if (!connection.state().isActive()) {
            return;
        }
        contact.moveConnection(connection, ConnectionState.DISCONNECTED, scheduler.now());
        endLegOf(connection, reason);
        boolean agentOnCall = contact.agentConnection().map(c -> c.state().isActive()).orElse(false);
        if (agentOnCall || !contact.activeThirdParties().isEmpty()) {
            return;
        }
        if (customerOnLine(contact) && customerRemaining.takesOver(contact)) {
            return;
        }
        contact.initialConnection().filter(c -> c.state().isActive())
                .ifPresent(customer -> contact.moveConnection(customer, ConnectionState.DISCONNECTED,
                        scheduler.now()));
        callEnded(contact, DisconnectReason.THIRD_PARTY_DISCONNECT);
    }

    /** A third party answered: a ringing connection becomes connected. */
    void thirdPartyAnswers(Contact contact, Connection connection) {
        if (connection.state() == ConnectionState.CONNECTING) {
            contact.moveConnection(connection, ConnectionState.CONNECTED, scheduler.now());
        }
    }

    /** A leg made by a QUEUE transfer reached an agent: its third-party connection shows connected. */
    @Override
    public void agentConnected(Contact leg) {
        thirdPartyConnectionOf(leg).ifPresent(tie -> thirdPartyAnswers(tie.contact(), tie.connection()));
    }

    /** The agent's after-contact work is over: the leg's record may be final now. */
    @Override
    public void cleared(Contact contact) {
        contacts.settle(contact);
    }

    private void agentLeaves(Contact contact) {
        contact.agentConnection().ifPresent(c -> contact.moveConnection(c, ConnectionState.DISCONNECTED,
                scheduler.now()));
        List<Connection> thirdParties = contact.activeThirdParties();
        boolean customerOnLine = customerOnLine(contact);
        if (customerOnLine && !thirdParties.isEmpty()) {
            takeOffHold(contact, contact.initialConnection().orElseThrow());
            thirdParties.forEach(c -> takeOffHold(contact, c));
            contact.transferCompleted(scheduler.now());
            router.endForAgent(contact);
            return;
        }
        dropThirdParties(contact, DisconnectReason.AGENT_DISCONNECT);
        router.endForAgent(contact);
        if (customerOnLine && customerRemaining.takesOver(contact)) {
            takeOffHold(contact, contact.initialConnection().orElseThrow());
            return;
        }
        contact.initialConnection().filter(c -> c.state().isActive())
                .ifPresent(c -> contact.moveConnection(c, ConnectionState.DISCONNECTED, scheduler.now()));
        callEnded(contact, DisconnectReason.AGENT_DISCONNECT);
    }

    private void customerLeaves(Contact contact, DisconnectReason reason) {
        if (contact.isDisconnected()) {
            return;
        }
        contact.initialConnection().filter(c -> c.state().isActive())
                .ifPresent(c -> contact.moveConnection(c, ConnectionState.DISCONNECTED, scheduler.now()));
        Assignment assignment = contact.assignment();
        if (router.isWaiting(contact) || assignment == null || assignment.state() == ContactState.CONNECTING) {
            router.withdraw(contact);
            dropThirdParties(contact, reason);
            callEnded(contact, reason);
            return;
        }
        boolean agentOnCall = contact.agentConnection().map(c -> c.state().isActive()).orElse(false);
        List<Connection> thirdParties = contact.activeThirdParties();
        if (agentOnCall && !thirdParties.isEmpty()) {
            callEnded(contact, reason);
            return;
        }
        dropThirdParties(contact, reason);
        if (agentOnCall) {
            contact.agentConnection().ifPresent(c -> contact.moveConnection(c, ConnectionState.DISCONNECTED,
                    scheduler.now()));
            router.endForAgent(contact);
        }
        callEnded(contact, reason);
    }

    /** Hangs up every third party still on {@code contact}, and the legs they made. */
    private void dropThirdParties(Contact contact, DisconnectReason reason) {
        contact.activeThirdParties().forEach(c -> {
            contact.moveConnection(c, ConnectionState.DISCONNECTED, scheduler.now());
            endLegOf(c, reason);
        });
    }

    /** Ends the leg a USER or QUEUE third party created, as if its customer had left. */
    private void endLegOf(Connection thirdParty, DisconnectReason reason) {
        String legId = thirdParty.transferLegContactId();
        if (legId != null) {
            customerLeaves(contacts.get(legId), reason);
        }
    }

    /** Records the end of a leg and, for a transfer leg, drops its third-party connection on the leg before. */
    private void callEnded(Contact contact, DisconnectReason reason) {
        if (contact.isDisconnected()) {
            return;
        }
        contact.disconnected(reason, scheduler.now());
        thirdPartyConnectionOf(contact).ifPresent(
                tie -> thirdPartyLeaves(tie.contact(), tie.connection(), DisconnectReason.THIRD_PARTY_DISCONNECT));
        contacts.settle(contact);
    }

    private Optional<Tie> thirdPartyConnectionOf(Contact leg) {
        if (leg.previousContactId() == null || !contacts.contains(leg.previousContactId())) {
            return Optional.empty();
        }
        Contact previous = contacts.get(leg.previousContactId());
        for (Connection connection : previous.connections()) {
            if (leg.contactId().equals(connection.transferLegContactId())) {
                return Optional.of(new Tie(previous, connection));
            }
        }
        return Optional.empty();
    }

    private record Tie(Contact contact, Connection connection) {
    }

    private Optional<Contact> handledBy(String agent, String contactId) {
        return contacts.withAgent(agent, contactId, Set.of(ContactState.CONNECTED));
    }

    private static boolean customerOnLine(Contact contact) {
        return contact.initialConnection().map(c -> c.state().isActive()).orElse(false);
    }

    private static long activeParties(Contact contact) {
        return contact.connections().stream().filter(c -> c.state().isActive()).count();
    }

    private void flip(Contact contact, Connection connection) {
        contact.moveConnection(connection,
                connection.state() == ConnectionState.HOLD ? ConnectionState.CONNECTED : ConnectionState.HOLD,
                scheduler.now());
    }

    private void takeOffHold(Contact contact, Connection connection) {
        if (connection.state() == ConnectionState.HOLD) {
            contact.moveConnection(connection, ConnectionState.CONNECTED, scheduler.now());
        }
    }
}

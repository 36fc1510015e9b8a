package dev.connectsim.agent;

import dev.connectsim.contact.ConnectionType;
import dev.connectsim.contact.ContactSnapshot;
import dev.connectsim.contact.ContactState;
import dev.connectsim.contact.ContactType;
import dev.connectsim.contact.Endpoint;
import dev.connectsim.contact.InitiationMethod;
import dev.connectsim.contact.QueueInfo;
import dev.connectsim.event.ContactEvent;
import dev.connectsim.event.Subscription;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams' {@code connect.Contact}: a live view of one contact in an agent's CCP. Getters read the
 * last snapshot the CCP received and throw {@link ContactGoneException} once the contact has left
 * it; {@link #toSnapshot()} keeps a frozen copy. Actions go to the service after the CTI latency.
 */
public final class Contact {

    private final Ccp ccp;
    private final String contactId;
    private final ContactSnapshot frozen;

    Contact(Ccp ccp, String contactId) {
        this(ccp, contactId, null);
    }

    Contact(Ccp ccp, String contactId, ContactSnapshot frozen) {
        this.ccp = ccp;
        this.contactId = contactId;
        this.frozen = frozen;
    }

    ContactSnapshot data() {
        ContactSnapshot data = frozen != null ? frozen : ccp.contactSnapshot(contactId);
        if (data == null) {
            throw new ContactGoneException(contactId);
        }
        return data;
    }

    Ccp ccp() {
        return ccp;
    }

    public String getContactId() {
        return contactId;
    }

    /** A copy frozen as of now, whose getters keep working after the contact is gone. */
    public Contact toSnapshot() {
        return new Contact(ccp, contactId, data());
    }

    /** {@code {type, timestamp}}. */
    public State<ContactState> getState() {
        ContactSnapshot data = data();
        return new State<>(data.state(), data.stateTimestamp());
    }

    /** How long the contact has been in its state, in virtual time. */
    public Duration getStatusDuration() {
        return Duration.between(data().stateTimestamp(), ccp.scheduler().now());
    }

    public ContactType getType() {
        return data().type();
    }

    public InitiationMethod getInitiationMethod() {
        return data().initiationMethod();
    }

    public String getInitialContactId() {
        return data().initialContactId();
    }

    /** The previous contact leg for a transfer, or null. */
    public String getPreviousContactId() {
        return data().previousContactId();
    }

    /** The queue, or null while the contact has none. */
    public QueueInfo getQueue() {
        return data().queue();
    }

    /** Streams' {@code {key: {name, value}}} attribute map. */
    public Map<String, Attribute> getAttributes() {
        Map<String, Attribute> result = new LinkedHashMap<>();
        data().attributes().forEach((k, v) -> result.put(k, new Attribute(k, v)));
        return Collections.unmodifiableMap(result);
    }

    /** One contact attribute: {@code {name, value}}. */
    public record Attribute(String name, String value) {
    }

    /** Every connection, in snapshot order. */
    public List<Connection> getConnections() {
        return data().connections().stream().map(c -> new Connection(this, c.connectionId())).toList();
    }

    /** The initial (customer) connection, or null. */
    public Connection getInitialConnection() {
        return getConnections().stream().filter(Connection::isInitialConnection).findFirst().orElse(null);
    }

    /** The initial connection while it is active, else null. */
    public Connection getActiveInitialConnection() {
        Connection initial = getInitialConnection();
        return initial != null && initial.isActive() ? initial : null;
    }

    /** Connections that are neither initial nor the agent's, in any state. */
    public List<Connection> getThirdPartyConnections() {
        return getConnections().stream()
                .filter(c -> !c.isInitialConnection() && c.getType() != ConnectionType.AGENT
                        && c.getType() != ConnectionType.MONITORING)
                .toList();
    }

    /** The first active third-party connection, or null. */
    public Connection getSingleActiveThirdPartyConnection() {
        return getThirdPartyConnections().stream().filter(Connection::isActive).findFirst().orElse(null);
    }

    /** The first connection of type agent or monitoring, or null. */
    public Connection getAgentConnection() {
        return getConnections().stream()
                .filter(c -> c.getType() == ConnectionType.AGENT || c.getType() == ConnectionType.MONITORING)
                .findFirst().orElse(null);
    }

    /** For voice: whether the initial connection is inbound. */
    public boolean isInbound() {
        Connection initial = getInitialConnection();
        return initial != null && initial.getType() == ConnectionType.INBOUND;
    }

    /** Accepts the offered contact; on success {@code contact::accepted} is broadcast. */
    public void accept(Callbacks callbacks) {
        ccp.act("accept " + contactId, () -> ccp.service().accept(ccp.username(), contactId), callbacks,
                () -> ccp.fire(ContactEvent.ACCEPTED, this));
    }

    public void reject(Callbacks callbacks) {
        ccp.act("reject " + contactId, () -> ccp.service().reject(ccp.username(), contactId), callbacks, () -> { });
    }

    /** Clears an ended, missed, rejected or failed contact. */
    public void clear(Callbacks callbacks) {
        ccp.act("clear " + contactId, () -> ccp.service().clear(ccp.username(), contactId), callbacks, () -> { });
    }

    /** Dials a third party; the customer is put on hold (R1). */
    public void addConnection(Endpoint endpoint, Callbacks callbacks) {
        ccp.act("addConnection " + endpoint.name() + " to " + contactId,
                () -> ccp.service().addConnection(ccp.username(), contactId, endpoint), callbacks, () -> { });
    }

    /** Joins every active connection (R3 Join). */
    public void conferenceConnections(Callbacks callbacks) {
        ccp.act("conferenceConnections " + contactId, () -> ccp.service().conference(ccp.username(), contactId),
                callbacks, () -> { });
    }

    /**
     * Swaps between customer and third party (R3 Swap). Like Streams' client, it sends the first
     * connection on hold, or else the first active one.
     */
    public void toggleActiveConnections(Callbacks callbacks) {
        List<Connection> connections = getConnections();
        String target = connections.stream().filter(Connection::isOnHold).findFirst()
                .or(() -> connections.stream().filter(Connection::isActive).findFirst())
                .map(Connection::getConnectionId).orElse("");
        ccp.act("toggleActiveConnections " + contactId,
                () -> ccp.service().toggle(ccp.username(), contactId, target), callbacks, () -> { });
    }

    public Subscription onRefresh(Consumer<Contact> handler) {
        return on(ContactEvent.REFRESH, handler);
    }

    public Subscription onIncoming(Consumer<Contact> handler) {
        return on(ContactEvent.INCOMING, handler);
    }

    public Subscription onPending(Consumer<Contact> handler) {
        return on(ContactEvent.PENDING, handler);
    }

    public Subscription onConnecting(Consumer<Contact> handler) {
        return on(ContactEvent.CONNECTING, handler);
    }

    public Subscription onConnected(Consumer<Contact> handler) {
        return on(ContactEvent.CONNECTED, handler);
    }

    public Subscription onAccepted(Consumer<Contact> handler) {
        return on(ContactEvent.ACCEPTED, handler);
    }

    public Subscription onMissed(Consumer<Contact> handler) {
        return on(ContactEvent.MISSED, handler);
    }

    public Subscription onAcw(Consumer<Contact> handler) {
        return on(ContactEvent.ACW, handler);
    }

    public Subscription onEnded(Consumer<Contact> handler) {
        return on(ContactEvent.ENDED, handler);
    }

    public Subscription onError(Consumer<Contact> handler) {
        return on(ContactEvent.ERROR, handler);
    }

    /** Called once the contact has left the CCP, with a frozen copy of its last snapshot. */
    public Subscription onDestroy(Consumer<Contact> handler) {
        return on(ContactEvent.DESTROYED, handler);
    }

    private Subscription on(ContactEvent event, Consumer<Contact> handler) {
        return ccp.bus().subscribe(event.nameFor(contactId), e -> handler.accept((Contact) e.data()));
    }

    @Override
    public String toString() {
        return "contact " + contactId;
    }
}

package dev.connectsim.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One contact leg on the server side: its state as its agent sees it, its connections, attributes,
 * and the figures its contact trace record is made of.
 *
 * <p>Design note: the agent-side state lives in its {@link Assignment} and moves only through
 * {@link StateMachines#CONTACT}; connections only
 * through {@link StateMachines#CONNECTION}. Hold time is counted from the customer connection's
 * moves in and out of HOLD, which is how Connect counts {@code CustomerHoldDuration}.
 */
public final class Contact {

    /** The queue priority of a contact no flow changed (admin guide, Change routing priority / age: "5"). */
    public static final long DEFAULT_QUEUE_PRIORITY = 5;

    private final String contactId;
    private final ContactType type;
    private final InitiationMethod initiationMethod;
    private final String initialContactId;
    private final String previousContactId;
    private final Instant initiationTimestamp;
    private final List<Connection> connections = new ArrayList<>();
    private final ContactAttributes attributes = new ContactAttributes();
    private final String customerEndpoint;
    private final String systemEndpoint;

    private Assignment assignment;
    private String nextContactId;
    private String agentUsername;
    private QueueInfo queue;
    private Instant connectedToSystemTimestamp;
    private Instant enqueueTimestamp;
    private Instant dequeueTimestamp;
    private Instant connectedToAgentTimestamp;
    private Instant disconnectTimestamp;
    private DisconnectReason disconnectReason;
    private int numberOfHolds;
    private Duration customerHoldDuration = Duration.ZERO;
    private Instant holdStartedAt;
    private Instant afterContactWorkStart;
    private Instant afterContactWorkEnd;
    private String transferredToEndpoint;
    private Instant transferCompletedTimestamp;
    private QueueInfo targetQueue;
    private ContactSettings settings = ContactSettings.DEFAULTS;
    /** The user-defined tags a flow set (TagContact), in the order first set; replaced whole on each change. */
    private Map<String, String> tags = Map.of();
    /** Where routing ranks the contact among those waiting (UpdateContactRoutingBehavior): priority, then age. */
    private long queuePriority = DEFAULT_QUEUE_PRIORITY;
    private Duration queueTimeAdjustment = Duration.ZERO;
    private boolean recordFinal;

    public Contact(String contactId, ContactType type, InitiationMethod initiationMethod, String initialContactId,
            String previousContactId, String customerEndpoint, String systemEndpoint, Instant created) {
        this.contactId = Objects.requireNonNull(contactId, "contactId");
        this.type = Objects.requireNonNull(type, "type");
        this.initiationMethod = Objects.requireNonNull(initiationMethod, "initiationMethod");
        this.initialContactId = initialContactId == null ? contactId : initialContactId;
        this.previousContactId = previousContactId;
        this.customerEndpoint = customerEndpoint;
        this.systemEndpoint = systemEndpoint;
        this.initiationTimestamp = created;
    }

    public String contactId() {
        return contactId;
    }

    public ContactType type() {
        return type;
    }

    public InitiationMethod initiationMethod() {
        return initiationMethod;
    }

    public String initialContactId() {
        return initialContactId;
    }

    public String previousContactId() {
        return previousContactId;
    }

    public String customerEndpoint() {
        return customerEndpoint;
    }

    /** The number the customer dialled; null for a leg that did not come in on a number. */
    public String systemEndpoint() {
        return systemEndpoint;
    }

    /**
     * The queue a flow set as the contact's working queue (UpdateContactTargetQueue), else the queue it is
     * in or was routed through; null when neither is set.
     */
    public QueueInfo targetQueue() {
        return targetQueue != null ? targetQueue : queue;
    }

    public void setTargetQueue(QueueInfo target) {
        this.targetQueue = Objects.requireNonNull(target, "target");
    }

    /** What flows set on the contact: recording, streaming, voice, hooks ... */
    public ContactSettings settings() {
        return settings;
    }

    public void updateSettings(UnaryOperator<ContactSettings> change) {
        settings = Objects.requireNonNull(change.apply(settings), "settings");
    }

    /** The state the current agent sees; INIT while no agent has been offered the contact. */
    public ContactState state() {
        return assignment == null ? ContactState.INIT : assignment.state();
    }

    /** The agent this leg is with, or last was with; null before any agent was offered it. */
    public String agentUsername() {
        return agentUsername;
    }

    /** The current offer to or handling by an agent, or null while queued or in a flow. */
    public Assignment assignment() {
        return assignment;
    }

    public QueueInfo queue() {
        return queue;
    }

    /** When the contact last went into a queue; null if it never did. */
    public Instant enqueueTimestamp() {
        return enqueueTimestamp;
    }

    /** The connections in the order they were added: the order Streams' snapshot shows. */
    public List<Connection> connections() {
        return Collections.unmodifiableList(connections);
    }

    /** The contact attributes, in the order they were first set. */
    public Map<String, String> attributes() {
        return attributes.live();
    }

    public Optional<Connection> connection(String connectionId) {
        for (Connection connection : connections) {
            if (connection.connectionId().equals(connectionId)) {
                return Optional.of(connection);
            }
        }
        return Optional.empty();
    }

    /** The initial connection (the customer's), if there is one. */
    public Optional<Connection> initialConnection() {
        for (Connection connection : connections) {
            if (connection.isInitial()) {
                return Optional.of(connection);
            }
        }
        return Optional.empty();
    }

    /**
     * The connection of the agent the contact is with or was last with, if it has reached one: a contact
     * queued again after its agent left gets a new agent connection, and this is it.
     */
    public Optional<Connection> agentConnection() {
        for (int i = connections.size() - 1; i >= 0; i--) {
            if (connections.get(i).party() == Party.AGENT) {
                return Optional.of(connections.get(i));
            }
        }
        return Optional.empty();
    }

    /** Third-party connections still active (connecting, connected or on hold). */
    public List<Connection> activeThirdParties() {
        List<Connection> active = null;
        for (Connection connection : connections) {
            if (connection.party() == Party.THIRD_PARTY && connection.state().isActive()) {
                if (active == null) {
                    active = new ArrayList<>(1);
                }
                active.add(connection);
            }
        }
        return active == null ? List.of() : Collections.unmodifiableList(active);
    }

    public void addConnection(Connection connection) {
        connections.add(connection);
    }

    public void removeConnection(Connection connection) {
        connections.remove(connection);
    }

    /** Moves the current assignment to {@code to}; throws {@link IllegalTransitionException} for an illegal move. */
    public void moveTo(ContactState to, Instant at) {
        if (assignment == null) {
            throw new IllegalStateException("contact " + contactId + " is with no agent, so it cannot go to " + to);
        }
        assignment.moveTo(to, at);
    }

    /** Offers this contact to {@code username}: a new assignment, in INIT until it is moved on. */
    public Assignment assign(String username, Instant at) {
        if (assignment != null && assignment.state().isActive()) {
            throw new IllegalStateException("contact " + contactId + " is already with agent "
                    + assignment.agentUsername() + " (" + assignment.state() + "), so it cannot be offered to "
                    + username);
        }
        agentUsername = username;
        assignment = new Assignment(this, username, at);
        return assignment;
    }

    /** Ends the link to the current assignment after a miss or reject, so the contact can be offered again. */
    public void detachAssignment() {
        assignment = null;
    }

    void assignmentMoved(ContactState from, ContactState to, Instant at) {
        if (to == ContactState.CONNECTED && connectedToAgentTimestamp == null) {
            connectedToAgentTimestamp = at;
            if (enqueueTimestamp != null && dequeueTimestamp == null) {
                dequeueTimestamp = at;
            }
        }
        if (to == ContactState.ENDED && from == ContactState.CONNECTED) {
            afterContactWorkStart = at;
        }
    }

    /** Moves a connection and keeps the hold figures of the record. */
    public void moveConnection(Connection connection, ConnectionState to, Instant at) {
        ConnectionState from = connection.state();
        connection.moveTo(to, at);
        if (connection.party() != Party.CUSTOMER) {
            return;
        }
        if (to == ConnectionState.HOLD) {
            numberOfHolds++;
            holdStartedAt = at;
        } else if (from == ConnectionState.HOLD && holdStartedAt != null) {
            customerHoldDuration = customerHoldDuration.plus(Duration.between(holdStartedAt, at));
            holdStartedAt = null;
        }
    }

    public void putAttribute(String key, String value) {
        attributes.put(key, value);
    }

    /** The contact's queue priority: 1 is routed first; {@link #DEFAULT_QUEUE_PRIORITY} unless a flow changed it. */
    public long queuePriority() {
        return queuePriority;
    }

    public void setQueuePriority(long priority) {
        queuePriority = priority;
    }

    /** How much longer than it has waited the contact counts as waiting (negative: shorter); zero by default. */
    public Duration queueTimeAdjustment() {
        return queueTimeAdjustment;
    }

    public void setQueueTimeAdjustment(Duration adjustment) {
        queueTimeAdjustment = Objects.requireNonNull(adjustment, "adjustment");
    }

    /**
     * When the contact counts as having joined its queue, for routing: its enqueue time moved back by its time
     * adjustment; null when it was never queued.
     */
    public Instant routingAge() {
        return enqueueTimestamp == null ? null : enqueueTimestamp.minus(queueTimeAdjustment);
    }

    /** The user-defined tags flows set on the contact, in the order they were first set. */
    public Map<String, String> tags() {
        return tags;
    }

    /** Replaces the contact's tags with {@code newTags} (TagContact and UnTagContact work out the whole set). */
    public void setTags(Map<String, String> newTags) {
        tags = newTags.isEmpty() ? Map.of() : FrozenOrderedMap.copyOf(newTags);
    }

    public void connectedToSystem(Instant at) {
        connectedToSystemTimestamp = at;
    }

    public void enqueue(QueueInfo target, Instant at) {
        queue = target;
        enqueueTimestamp = at;
        dequeueTimestamp = null;
    }

    public void transferredTo(String endpoint, String nextLegContactId) {
        transferredToEndpoint = endpoint;
        if (nextLegContactId != null) {
            nextContactId = nextLegContactId;
        }
    }

    public void transferCompleted(Instant at) {
        transferCompletedTimestamp = at;
    }

    public void afterContactWorkEnded(Instant at) {
        afterContactWorkEnd = at;
    }

    /**
     * True once the customer's part of this leg is over: the record's DisconnectTimestamp is set.
     * An agent and a third party may still be talking after the customer left.
     */
    public boolean isDisconnected() {
        return disconnectTimestamp != null;
    }

    /**
     * True once the leg's contact trace record is final: the customer's part is over and the agent who last had
     * the leg has cleared it (after-contact work ended), as Connect writes a CTR only then.
     */
    public boolean isRecordFinal() {
        return recordFinal;
    }

    /** Whether the record can be final now: the customer's part is over and no agent still has the leg uncleared. */
    boolean canBeFinal() {
        return disconnectTimestamp != null && (assignment == null || assignment.isCleared());
    }

    void markRecordFinal() {
        recordFinal = true;
    }

    /** Records the end of the customer's part of this leg; the first reason given wins. */
    public void disconnected(DisconnectReason reason, Instant at) {
        if (disconnectTimestamp == null) {
            disconnectTimestamp = at;
            disconnectReason = reason;
            if (holdStartedAt != null) {
                customerHoldDuration = customerHoldDuration.plus(Duration.between(holdStartedAt, at));
                holdStartedAt = null;
            }
        }
    }

    /** A frozen copy of the contact as the agent of {@code seen} sees it now. */
    ContactSnapshot snapshotFor(Assignment seen) {
        return new ContactSnapshot(contactId, type, initiationMethod, initialContactId, previousContactId,
                seen.state(), seen.stateTimestamp(), queue, attributes.frozen(), connectionSnapshots());
    }

    private List<ConnectionSnapshot> connectionSnapshots() {
        ConnectionSnapshot[] frozen = new ConnectionSnapshot[connections.size()];
        for (int i = 0; i < frozen.length; i++) {
            frozen[i] = connections.get(i).snapshot();
        }
        return List.of(frozen);
    }

    /** The contact trace record as it stands now. */
    public ContactRecord record() {
        return new ContactRecord(contactId, initialContactId, previousContactId, nextContactId, "VOICE",
                initiationMethod, initiationTimestamp, connectedToSystemTimestamp, disconnectTimestamp,
                disconnectReason, customerEndpoint, systemEndpoint, queue == null ? null : queue.name(),
                enqueueTimestamp, dequeueTimestamp, agentUsername, connectedToAgentTimestamp, numberOfHolds,
                customerHoldDuration, afterContactWorkStart, afterContactWorkEnd, transferredToEndpoint,
                transferCompletedTimestamp, attributes.frozen(), settings, tags);
    }

    @Override
    public String toString() {
        return "contact " + contactId + " (" + state() + ")";
    }
}

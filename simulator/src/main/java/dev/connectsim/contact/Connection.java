package dev.connectsim.contact;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One leg of a contact on the server side: the customer, the agent or a third party.
 * Its state only moves through {@link StateMachines#CONNECTION}.
 */
public final class Connection {

    private final String connectionId;
    private final ConnectionType type;
    private final Party party;
    private final Endpoint endpoint;
    private final boolean initial;
    private ConnectionState state = ConnectionState.INIT;
    private Instant stateTimestamp;
    private String transferLegContactId;

    public Connection(String connectionId, ConnectionType type, Party party, Endpoint endpoint, boolean initial,
            Instant created) {
        this.connectionId = Objects.requireNonNull(connectionId, "connectionId");
        this.type = Objects.requireNonNull(type, "type");
        this.party = Objects.requireNonNull(party, "party");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.initial = initial;
        this.stateTimestamp = created;
    }

    public String connectionId() {
        return connectionId;
    }

    public ConnectionType type() {
        return type;
    }

    public Party party() {
        return party;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public boolean isInitial() {
        return initial;
    }

    public ConnectionState state() {
        return state;
    }

    public Instant stateTimestamp() {
        return stateTimestamp;
    }

    /** The contact leg a USER or QUEUE third party created, or null. */
    public String transferLegContactId() {
        return transferLegContactId;
    }

    public void setTransferLegContactId(String contactId) {
        this.transferLegContactId = contactId;
    }

    /** Moves to {@code to}, or throws {@link IllegalTransitionException} naming the move. */
    public void moveTo(ConnectionState to, Instant at) {
        StateMachines.CONNECTION.check(
                () -> "connection " + connectionId + " (" + party.name().toLowerCase(Locale.ROOT) + ")", state, to);
        state = to;
        stateTimestamp = at;
    }

    /** A frozen copy for snapshots. */
    public ConnectionSnapshot snapshot() {
        return new ConnectionSnapshot(connectionId, type, party, endpoint, initial, state, stateTimestamp);
    }
}

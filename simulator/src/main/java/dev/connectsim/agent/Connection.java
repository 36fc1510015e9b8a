package dev.connectsim.agent;

import dev.connectsim.contact.ConnectionSnapshot;
import dev.connectsim.contact.ConnectionState;
import dev.connectsim.contact.ConnectionType;
import dev.connectsim.contact.Endpoint;

/**
 * Streams' {@code connect.Connection}: a live view of one connection of a contact in an agent's
 * CCP, read from the last snapshot.
 */
public final class Connection {

    private final Contact contact;
    private final String connectionId;

    Connection(Contact contact, String connectionId) {
        this.contact = contact;
        this.connectionId = connectionId;
    }

    private ConnectionSnapshot data() {
        return contact.data().connections().stream().filter(c -> c.connectionId().equals(connectionId))
                .findFirst().orElseThrow(() -> new IllegalStateException("connection " + connectionId
                        + " is no longer part of " + contact));
    }

    public String getConnectionId() {
        return connectionId;
    }

    public String getContactId() {
        return contact.getContactId();
    }

    /** {@code {type, timestamp}}. */
    public State<ConnectionState> getState() {
        ConnectionSnapshot data = data();
        return new State<>(data.state(), data.stateTimestamp());
    }

    public ConnectionType getType() {
        return data().type();
    }

    public Endpoint getEndpoint() {
        return data().endpoint();
    }

    public boolean isInitialConnection() {
        return data().initial();
    }

    /** Connecting, connected, hold, silent monitor or barge. */
    public boolean isActive() {
        return data().state().isActive();
    }

    /** Connected, silent monitor or barge. */
    public boolean isConnected() {
        return data().state().isConnected();
    }

    public boolean isConnecting() {
        return data().state() == ConnectionState.CONNECTING;
    }

    public boolean isOnHold() {
        return data().state() == ConnectionState.HOLD;
    }

    public void hold(Callbacks callbacks) {
        Ccp ccp = contact.ccp();
        ccp.act("hold " + connectionId,
                () -> ccp.service().hold(ccp.username(), getContactId(), connectionId), callbacks, () -> { });
    }

    public void resume(Callbacks callbacks) {
        Ccp ccp = contact.ccp();
        ccp.act("resume " + connectionId,
                () -> ccp.service().resume(ccp.username(), getContactId(), connectionId), callbacks, () -> { });
    }

    /** Hangs up this connection: the agent's own connection means the agent leaves. */
    public void destroy(Callbacks callbacks) {
        Ccp ccp = contact.ccp();
        ccp.act("destroy " + connectionId,
                () -> ccp.service().destroy(ccp.username(), getContactId(), connectionId), callbacks, () -> { });
    }

    @Override
    public String toString() {
        return "connection " + connectionId + " of " + contact;
    }
}

package dev.connectsim.contact;

import static dev.connectsim.contact.ConnectionState.BARGE;
import static dev.connectsim.contact.ConnectionState.DISCONNECTED;
import static dev.connectsim.contact.ConnectionState.HOLD;
import static dev.connectsim.contact.ConnectionState.SILENT_MONITOR;

/**
 * The two state machines of a voice contact as Streams shows it, one table each.
 *
 * <p>Contact (the agent's view of the contact; "destroyed" is not a state but the contact leaving
 * the agent's snapshot after {@code clear}):
 * <pre>
 *   INIT ──► INCOMING | PENDING | CONNECTING | CONNECTED | ERROR | ENDED
 *   INCOMING, CONNECTING ──► CONNECTED | MISSED | REJECTED | ERROR | ENDED   (offered to the agent)
 *   PENDING ──► CONNECTING | CONNECTED | ERROR | ENDED
 *   CONNECTED, PAUSED ──► ENDED | ERROR   (CONNECTED ⇄ PAUSED for tasks)
 *   MISSED, REJECTED, ERROR ──► ENDED     (after-contact work)
 *   ENDED: final
 * </pre>
 * A voice contact never goes CONNECTED → MISSED or REJECTED here (see docs/fidelity.md); the
 * event table keeps that row because Streams' EventGraph has it.
 *
 * <p>Connection:
 * <pre>
 *   INIT ──► CONNECTING | CONNECTED | SILENT_MONITOR | DISCONNECTED
 *   CONNECTING ──► CONNECTED | DISCONNECTED
 *   CONNECTED ⇄ HOLD;  CONNECTED, HOLD ──► DISCONNECTED
 *   SILENT_MONITOR ⇄ BARGE;  both ──► DISCONNECTED
 *   DISCONNECTED: final
 * </pre>
 */
public final class StateMachines {

    /** The contact state machine. */
    public static final TransitionTable<ContactState> CONTACT = TransitionTable.of(ContactState.class)
            .from(ContactState.INIT, ContactState.INCOMING, ContactState.PENDING, ContactState.CONNECTING,
                    ContactState.CONNECTED, ContactState.ERROR, ContactState.ENDED)
            .from(ContactState.INCOMING, ContactState.CONNECTED, ContactState.MISSED, ContactState.REJECTED,
                    ContactState.ERROR, ContactState.ENDED)
            .from(ContactState.CONNECTING, ContactState.CONNECTED, ContactState.MISSED, ContactState.REJECTED,
                    ContactState.ERROR, ContactState.ENDED)
            .from(ContactState.PENDING, ContactState.CONNECTING, ContactState.CONNECTED, ContactState.ERROR,
                    ContactState.ENDED)
            .from(ContactState.CONNECTED, ContactState.ENDED, ContactState.ERROR, ContactState.PAUSED)
            .from(ContactState.PAUSED, ContactState.CONNECTED, ContactState.ENDED, ContactState.ERROR)
            .from(ContactState.MISSED, ContactState.ENDED)
            .from(ContactState.REJECTED, ContactState.ENDED)
            .from(ContactState.ERROR, ContactState.ENDED)
            .build();

    /** The connection state machine. */
    public static final TransitionTable<ConnectionState> CONNECTION = TransitionTable.of(ConnectionState.class)
            .from(ConnectionState.INIT, ConnectionState.CONNECTING, ConnectionState.CONNECTED, SILENT_MONITOR,
                    DISCONNECTED)
            .from(ConnectionState.CONNECTING, ConnectionState.CONNECTED, DISCONNECTED)
            .from(ConnectionState.CONNECTED, HOLD, DISCONNECTED)
            .from(HOLD, ConnectionState.CONNECTED, DISCONNECTED)
            .from(SILENT_MONITOR, BARGE, DISCONNECTED)
            .from(BARGE, SILENT_MONITOR, DISCONNECTED)
            .build();

    private StateMachines() {
    }
}

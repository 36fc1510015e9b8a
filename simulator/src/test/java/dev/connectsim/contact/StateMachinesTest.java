package dev.connectsim.contact;

import static dev.connectsim.contact.ConnectionState.BARGE;
import static dev.connectsim.contact.ConnectionState.DISCONNECTED;
import static dev.connectsim.contact.ConnectionState.HOLD;
import static dev.connectsim.contact.ConnectionState.SILENT_MONITOR;
import static dev.connectsim.contact.ContactState.CONNECTED;
import static dev.connectsim.contact.ContactState.CONNECTING;
import static dev.connectsim.contact.ContactState.ENDED;
import static dev.connectsim.contact.ContactState.ERROR;
import static dev.connectsim.contact.ContactState.INCOMING;
import static dev.connectsim.contact.ContactState.INIT;
import static dev.connectsim.contact.ContactState.MISSED;
import static dev.connectsim.contact.ContactState.PAUSED;
import static dev.connectsim.contact.ContactState.PENDING;
import static dev.connectsim.contact.ContactState.REJECTED;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The expected moves are written out here from the design comment of {@link StateMachines}, checked
 * against docs/streams-and-connect-api.md section 1 (voice is offered in CONNECTING, ENDED is after-contact
 * work, hold is a connection state). They are never read from the tables under test.
 */
class StateMachinesTest {

    /** The contact moves the design allows, one row per move. */
    static Stream<Arguments> allowedContactMoves() {
        return Stream.of(
                arguments(INIT, INCOMING), arguments(INIT, PENDING), arguments(INIT, CONNECTING),
                arguments(INIT, CONNECTED), arguments(INIT, ERROR), arguments(INIT, ENDED),
                arguments(INCOMING, CONNECTED), arguments(INCOMING, MISSED), arguments(INCOMING, REJECTED),
                arguments(INCOMING, ERROR), arguments(INCOMING, ENDED),
                arguments(CONNECTING, CONNECTED), arguments(CONNECTING, MISSED), arguments(CONNECTING, REJECTED),
                arguments(CONNECTING, ERROR), arguments(CONNECTING, ENDED),
                arguments(PENDING, CONNECTING), arguments(PENDING, CONNECTED), arguments(PENDING, ERROR),
                arguments(PENDING, ENDED),
                arguments(CONNECTED, ENDED), arguments(CONNECTED, ERROR), arguments(CONNECTED, PAUSED),
                arguments(PAUSED, ENDED), arguments(PAUSED, ERROR), arguments(PAUSED, CONNECTED),
                arguments(MISSED, ENDED),
                arguments(REJECTED, ENDED),
                arguments(ERROR, ENDED));
    }

    /** The connection moves the design allows, one row per move. */
    static Stream<Arguments> allowedConnectionMoves() {
        return Stream.of(
                arguments(ConnectionState.INIT, ConnectionState.CONNECTING),
                arguments(ConnectionState.INIT, ConnectionState.CONNECTED),
                arguments(ConnectionState.INIT, SILENT_MONITOR),
                arguments(ConnectionState.INIT, DISCONNECTED),
                arguments(ConnectionState.CONNECTING, ConnectionState.CONNECTED),
                arguments(ConnectionState.CONNECTING, DISCONNECTED),
                arguments(ConnectionState.CONNECTED, HOLD),
                arguments(ConnectionState.CONNECTED, DISCONNECTED),
                arguments(HOLD, ConnectionState.CONNECTED),
                arguments(HOLD, DISCONNECTED),
                arguments(SILENT_MONITOR, BARGE),
                arguments(SILENT_MONITOR, DISCONNECTED),
                arguments(BARGE, SILENT_MONITOR),
                arguments(BARGE, DISCONNECTED));
    }

    static Stream<Arguments> forbiddenContactMoves() {
        Set<List<Object>> allowed = allowedContactMoves().map(a -> List.of(a.get())).collect(Collectors.toSet());
        List<Arguments> forbidden = new ArrayList<>();
        for (ContactState from : ContactState.values()) {
            for (ContactState to : ContactState.values()) {
                if (!allowed.contains(List.of(from, to))) {
                    forbidden.add(arguments(from, to));
                }
            }
        }
        return forbidden.stream();
    }

    static Stream<Arguments> forbiddenConnectionMoves() {
        Set<List<Object>> allowed = allowedConnectionMoves().map(a -> List.of(a.get())).collect(Collectors.toSet());
        List<Arguments> forbidden = new ArrayList<>();
        for (ConnectionState from : ConnectionState.values()) {
            for (ConnectionState to : ConnectionState.values()) {
                if (!allowed.contains(List.of(from, to))) {
                    forbidden.add(arguments(from, to));
                }
            }
        }
        return forbidden.stream();
    }

    @ParameterizedTest(name = "contact {0} -> {1}")
    @MethodSource("allowedContactMoves")
    void everyContactMoveOfTheDesignIsAllowed(ContactState from, ContactState to) {
        assertTrue(StateMachines.CONTACT.allows(from, to));
        assertDoesNotThrow(() -> StateMachines.CONTACT.check("contact c-17", from, to));
    }

    @ParameterizedTest(name = "contact {0} -> {1}")
    @MethodSource("forbiddenContactMoves")
    void everyOtherContactMoveIsRejected(ContactState from, ContactState to) {
        assertFalse(StateMachines.CONTACT.allows(from, to));
        assertThrows(IllegalTransitionException.class, () -> StateMachines.CONTACT.check("contact c-17", from, to));
    }

    @ParameterizedTest(name = "connection {0} -> {1}")
    @MethodSource("allowedConnectionMoves")
    void everyConnectionMoveOfTheDesignIsAllowed(ConnectionState from, ConnectionState to) {
        assertTrue(StateMachines.CONNECTION.allows(from, to));
        assertDoesNotThrow(() -> StateMachines.CONNECTION.check("connection k-1", from, to));
    }

    @ParameterizedTest(name = "connection {0} -> {1}")
    @MethodSource("forbiddenConnectionMoves")
    void everyOtherConnectionMoveIsRejected(ConnectionState from, ConnectionState to) {
        assertFalse(StateMachines.CONNECTION.allows(from, to));
        assertThrows(IllegalTransitionException.class,
                () -> StateMachines.CONNECTION.check("connection k-1", from, to));
    }

    static Stream<Arguments> illegalContactMovesAndTheirMessages() {
        return Stream.of(
                arguments(ENDED, CONNECTED,
                        "contact c-17 cannot go from ENDED to CONNECTED (allowed: none, ENDED is final)"),
                arguments(CONNECTED, MISSED,
                        "contact c-17 cannot go from CONNECTED to MISSED (allowed: ERROR, ENDED, PAUSED)"),
                arguments(CONNECTED, REJECTED,
                        "contact c-17 cannot go from CONNECTED to REJECTED (allowed: ERROR, ENDED, PAUSED)"),
                arguments(MISSED, CONNECTING, "contact c-17 cannot go from MISSED to CONNECTING (allowed: ENDED)"),
                arguments(CONNECTING, PENDING, "contact c-17 cannot go from CONNECTING to PENDING "
                        + "(allowed: CONNECTED, MISSED, ERROR, ENDED, REJECTED)"),
                arguments(INIT, MISSED, "contact c-17 cannot go from INIT to MISSED "
                        + "(allowed: INCOMING, PENDING, CONNECTING, CONNECTED, ERROR, ENDED)"),
                arguments(CONNECTED, CONNECTED,
                        "contact c-17 cannot go from CONNECTED to CONNECTED (allowed: ERROR, ENDED, PAUSED)"));
    }

    @ParameterizedTest(name = "contact {0} -> {1}")
    @MethodSource("illegalContactMovesAndTheirMessages")
    void anIllegalContactMoveNamesTheContactBothStatesAndTheAllowedMoves(ContactState from, ContactState to,
            String message) {
        IllegalTransitionException error = assertThrows(IllegalTransitionException.class,
                () -> StateMachines.CONTACT.check("contact c-17", from, to));

        assertEquals(message, error.getMessage());
    }

    static Stream<Arguments> illegalConnectionMovesAndTheirMessages() {
        return Stream.of(
                arguments(DISCONNECTED, ConnectionState.CONNECTED, "connection k-1 cannot go from DISCONNECTED "
                        + "to CONNECTED (allowed: none, DISCONNECTED is final)"),
                arguments(ConnectionState.CONNECTING, HOLD,
                        "connection k-1 cannot go from CONNECTING to HOLD (allowed: CONNECTED, DISCONNECTED)"),
                arguments(ConnectionState.INIT, HOLD, "connection k-1 cannot go from INIT to HOLD "
                        + "(allowed: CONNECTING, CONNECTED, DISCONNECTED, SILENT_MONITOR)"),
                arguments(HOLD, BARGE,
                        "connection k-1 cannot go from HOLD to BARGE (allowed: CONNECTED, DISCONNECTED)"),
                arguments(SILENT_MONITOR, ConnectionState.CONNECTED, "connection k-1 cannot go from SILENT_MONITOR "
                        + "to CONNECTED (allowed: DISCONNECTED, BARGE)"));
    }

    @ParameterizedTest(name = "connection {0} -> {1}")
    @MethodSource("illegalConnectionMovesAndTheirMessages")
    void anIllegalConnectionMoveNamesTheConnectionBothStatesAndTheAllowedMoves(ConnectionState from,
            ConnectionState to, String message) {
        IllegalTransitionException error = assertThrows(IllegalTransitionException.class,
                () -> StateMachines.CONNECTION.check("connection k-1", from, to));

        assertEquals(message, error.getMessage());
    }

    @Test
    void theActiveContactStatesAreStreamsActiveSet() {
        assertEquals(EnumSet.of(PAUSED, INCOMING, PENDING, CONNECTING, CONNECTED),
                EnumSet.allOf(ContactState.class).stream().filter(ContactState::isActive)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ContactState.class))));
    }

    @Test
    void theActiveAndConnectedConnectionStatesAreStreamsSets() {
        assertEquals(EnumSet.of(ConnectionState.CONNECTING, ConnectionState.CONNECTED, HOLD, SILENT_MONITOR, BARGE),
                EnumSet.allOf(ConnectionState.class).stream().filter(ConnectionState::isActive)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConnectionState.class))));
        assertEquals(EnumSet.of(ConnectionState.CONNECTED, SILENT_MONITOR, BARGE),
                EnumSet.allOf(ConnectionState.class).stream().filter(ConnectionState::isConnected)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConnectionState.class))));
    }

    @Test
    void theStreamsValuesAreTheLowerCaseNames() {
        assertEquals("connecting", CONNECTING.value());
        assertEquals("silent_monitor", SILENT_MONITOR.value());
        assertEquals("hold", HOLD.value());
        assertEquals("queue_callback", ContactType.QUEUE_CALLBACK.value());
        assertEquals("outbound", ConnectionType.OUTBOUND.value());
    }
}

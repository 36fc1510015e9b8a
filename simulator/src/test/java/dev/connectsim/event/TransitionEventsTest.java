package dev.connectsim.event;

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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.connectsim.contact.ContactState;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** One case per move of each row of the table in {@link TransitionEvents}' Javadoc (and the docs' section 1). */
class TransitionEventsTest {

    private static final List<ContactEvent> ENDED_THEN_MISSED = List.of(ContactEvent.ENDED, ContactEvent.MISSED);
    private static final List<ContactEvent> ERROR_MISSED_ENDED =
            List.of(ContactEvent.ERROR, ContactEvent.MISSED, ContactEvent.ENDED);
    private static final List<ContactEvent> ERROR_THEN_ENDED = List.of(ContactEvent.ERROR, ContactEvent.ENDED);
    private static final List<ContactEvent> ACW_THEN_ENDED = List.of(ContactEvent.ACW, ContactEvent.ENDED);

    static Stream<Arguments> anyMoveIntoAnOfferOrCallState() {
        return Stream.of(
                arguments(INIT, INCOMING, List.of(ContactEvent.INCOMING)),
                arguments(INIT, PENDING, List.of(ContactEvent.PENDING)),
                arguments(INIT, CONNECTING, List.of(ContactEvent.CONNECTING)),
                arguments(INIT, CONNECTED, List.of(ContactEvent.CONNECTED)),
                arguments(PENDING, CONNECTING, List.of(ContactEvent.CONNECTING)),
                arguments(PENDING, CONNECTED, List.of(ContactEvent.CONNECTED)),
                arguments(INCOMING, CONNECTED, List.of(ContactEvent.CONNECTED)),
                arguments(CONNECTING, CONNECTED, List.of(ContactEvent.CONNECTED)),
                arguments(PAUSED, CONNECTED, List.of(ContactEvent.CONNECTED)));
    }

    static Stream<Arguments> anOfferMissedOrRejected() {
        return Stream.of(
                arguments(CONNECTING, MISSED, ENDED_THEN_MISSED),
                arguments(CONNECTING, REJECTED, ENDED_THEN_MISSED),
                arguments(INCOMING, MISSED, ENDED_THEN_MISSED),
                arguments(INCOMING, REJECTED, ENDED_THEN_MISSED));
    }

    static Stream<Arguments> anOfferFailing() {
        return Stream.of(
                arguments(CONNECTING, ERROR, ERROR_MISSED_ENDED),
                arguments(INCOMING, ERROR, ERROR_MISSED_ENDED));
    }

    static Stream<Arguments> aPendingConnectedOrPausedContactFailing() {
        return Stream.of(
                arguments(PENDING, ERROR, ERROR_THEN_ENDED),
                arguments(CONNECTED, ERROR, ERROR_THEN_ENDED),
                arguments(PAUSED, ERROR, ERROR_THEN_ENDED));
    }

    static Stream<Arguments> anActiveContactEnding() {
        return Stream.of(
                arguments(PAUSED, ENDED, ACW_THEN_ENDED),
                arguments(INCOMING, ENDED, ACW_THEN_ENDED),
                arguments(PENDING, ENDED, ACW_THEN_ENDED),
                arguments(CONNECTING, ENDED, ACW_THEN_ENDED),
                arguments(CONNECTED, ENDED, ACW_THEN_ENDED));
    }

    static Stream<Arguments> anInactiveContactEnding() {
        return Stream.of(
                arguments(MISSED, ENDED, List.of(ContactEvent.ACW)),
                arguments(ERROR, ENDED, List.of(ContactEvent.ACW)),
                arguments(REJECTED, ENDED, List.of(ContactEvent.ACW)),
                arguments(INIT, ENDED, List.of(ContactEvent.ACW)));
    }

    static Stream<Arguments> aConnectedContactMissedOrRejected() {
        return Stream.of(
                arguments(CONNECTED, MISSED, List.of(ContactEvent.ENDED)),
                arguments(CONNECTED, REJECTED, List.of(ContactEvent.ENDED)));
    }

    @ParameterizedTest(name = "{0} -> {1} fires {2}")
    @MethodSource("anyMoveIntoAnOfferOrCallState")
    void anyMoveIntoIncomingPendingConnectingOrConnectedFiresTheMatchingEvent(ContactState from, ContactState to,
            List<ContactEvent> events) {
        assertEquals(events, TransitionEvents.between(from, to));
    }

    @ParameterizedTest(name = "{0} -> {1} fires {2}")
    @MethodSource("anOfferMissedOrRejected")
    void anOfferMissedOrRejectedFiresEndedThenMissed(ContactState from, ContactState to, List<ContactEvent> events) {
        assertEquals(events, TransitionEvents.between(from, to));
    }

    @ParameterizedTest(name = "{0} -> {1} fires {2}")
    @MethodSource("anOfferFailing")
    void anOfferThatFailsFiresErrorMissedThenEnded(ContactState from, ContactState to, List<ContactEvent> events) {
        assertEquals(events, TransitionEvents.between(from, to));
    }

    @ParameterizedTest(name = "{0} -> {1} fires {2}")
    @MethodSource("aPendingConnectedOrPausedContactFailing")
    void aPendingConnectedOrPausedContactThatFailsFiresErrorThenEnded(ContactState from, ContactState to,
            List<ContactEvent> events) {
        assertEquals(events, TransitionEvents.between(from, to));
    }

    @ParameterizedTest(name = "{0} -> {1} fires {2}")
    @MethodSource("anActiveContactEnding")
    void anActiveContactThatEndsFiresAcwThenEnded(ContactState from, ContactState to, List<ContactEvent> events) {
        assertEquals(events, TransitionEvents.between(from, to));
    }

    @ParameterizedTest(name = "{0} -> {1} fires {2}")
    @MethodSource("anInactiveContactEnding")
    void aMissedFailedRejectedOrNewContactThatEndsFiresOnlyAcw(ContactState from, ContactState to,
            List<ContactEvent> events) {
        assertEquals(events, TransitionEvents.between(from, to));
    }

    @ParameterizedTest(name = "{0} -> {1} fires {2}")
    @MethodSource("aConnectedContactMissedOrRejected")
    void aConnectedContactMissedOrRejectedFiresOnlyEnded(ContactState from, ContactState to,
            List<ContactEvent> events) {
        assertEquals(events, TransitionEvents.between(from, to));
    }

    @ParameterizedTest(name = "{0} -> {0}")
    @EnumSource(ContactState.class)
    void stayingInTheSameStateFiresNothing(ContactState state) {
        assertEquals(List.of(), TransitionEvents.between(state, state));
    }

    /** Regression: a contact first seen in ERROR fired no contact::error, though Streams fires ERROR for any → error. */
    @org.junit.jupiter.api.Test
    void aContactFirstSeenInErrorFiresError() {
        assertEquals(List.of(ContactEvent.ERROR), TransitionEvents.between(INIT, ERROR));
    }
}

package dev.connectsim.event;

import dev.connectsim.contact.ContactState;
import java.util.List;

/**
 * Which contact events one state change fires, in order, derived from Streams' {@code EventGraph}
 * ({@code src/transitions.js}). REFRESH always follows and is not listed here.
 *
 * <pre>
 *   any → incoming / pending / connecting / connected     the matching event
 *   connecting or incoming → missed or rejected            ENDED, MISSED
 *   connecting or incoming → error                         ERROR, MISSED, ENDED
 *   pending, connected or paused → error                   ERROR, ENDED
 *   any other → error (init: a contact first seen in error) ERROR
 *   active → ended                                         ACW, ENDED
 *   missed, error, rejected or init → ended                ACW
 *   connected → missed or rejected                         ENDED
 * </pre>
 */
public final class TransitionEvents {

    private TransitionEvents() {
    }

    /** The events for {@code from → to}; empty when the state does not change or the move fires none. */
    public static List<ContactEvent> between(ContactState from, ContactState to) {
        if (from == to) {
            return List.of();
        }
        switch (to) {
            case INCOMING:
                return List.of(ContactEvent.INCOMING);
            case PENDING:
                return List.of(ContactEvent.PENDING);
            case CONNECTING:
                return List.of(ContactEvent.CONNECTING);
            case CONNECTED:
                return List.of(ContactEvent.CONNECTED);
            case MISSED:
            case REJECTED:
                if (from == ContactState.CONNECTING || from == ContactState.INCOMING) {
                    return List.of(ContactEvent.ENDED, ContactEvent.MISSED);
                }
                return from == ContactState.CONNECTED ? List.of(ContactEvent.ENDED) : List.of();
            case ERROR:
                if (from == ContactState.CONNECTING || from == ContactState.INCOMING) {
                    return List.of(ContactEvent.ERROR, ContactEvent.MISSED, ContactEvent.ENDED);
                }
                if (from == ContactState.PENDING || from == ContactState.CONNECTED || from == ContactState.PAUSED) {
                    return List.of(ContactEvent.ERROR, ContactEvent.ENDED);
                }
                return List.of(ContactEvent.ERROR);
            case ENDED:
                return from.isActive() ? List.of(ContactEvent.ACW, ContactEvent.ENDED) : List.of(ContactEvent.ACW);
            default:
                return List.of();
        }
    }
}

package dev.connectsim.streams;

import java.time.Instant;

/**
 * One API request of the page as the simulator answered it, at its virtual instant: {@code "holdConnection ok"}, or
 * {@code "conferenceConnections failed: InvalidStateException: ..."} followed by the call's connections at that
 * moment, so that a failure shows the state that caused it.
 */
public record PageAction(Instant at, String method, String outcome) {

    /** "conferenceConnections failed: ...". */
    public String describe() {
        return method + " " + outcome;
    }
}

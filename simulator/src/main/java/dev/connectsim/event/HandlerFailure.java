package dev.connectsim.event;

import java.time.Instant;

/** A subscriber threw while handling an event: Streams logs it and carries on; so does the bus. */
public record HandlerFailure(Instant at, String eventName, RuntimeException error) {

    /** One line for a report: when, which event, and what the handler threw. */
    public String describe() {
        return at + " handler of " + eventName + " threw " + error.getClass().getSimpleName() + ": "
                + error.getMessage();
    }
}

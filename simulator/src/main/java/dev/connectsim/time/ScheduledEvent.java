package dev.connectsim.time;

import java.time.Instant;

/** One event waiting in the {@link Scheduler}: what runs, when, and in which order among equals. */
public final class ScheduledEvent implements Comparable<ScheduledEvent> {

    private final Instant at;
    private final long sequence;
    private final String description;
    private final Runnable action;
    private boolean done;

    ScheduledEvent(Instant at, long sequence, String description, Runnable action) {
        this.at = at;
        this.sequence = sequence;
        this.description = description;
        this.action = action;
    }

    /** When the event is due, in virtual time. */
    public Instant at() {
        return at;
    }

    /** What the event does, for messages and logs. */
    public String description() {
        return description;
    }

    /** True once the event has run or was cancelled. */
    public boolean isDone() {
        return done;
    }

    Runnable action() {
        return action;
    }

    void markDone() {
        done = true;
    }

    @Override
    public int compareTo(ScheduledEvent other) {
        int byTime = at.compareTo(other.at);
        return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return description + " @ " + at;
    }
}

package dev.connectsim.time;

import java.time.Instant;

/**
 * One event waiting in the {@link Scheduler}: what runs, when, and in which order among equals. Its instant is also
 * kept as two numbers, so the queue orders events without reaching into {@link Instant} objects.
 */
public final class ScheduledEvent implements Comparable<ScheduledEvent> {

    private final Instant at;
    private final long atSecond;
    private final int atNano;
    private final long sequence;
    private final String description;
    private final Runnable action;
    private boolean done;
    private int heapIndex = -1;

    ScheduledEvent(Instant at, long sequence, String description, Runnable action) {
        this.at = at;
        this.atSecond = at.getEpochSecond();
        this.atNano = at.getNano();
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

    /** Where the event sits in the scheduler's {@link EventQueue}; -1 when it is not there. */
    int heapIndex() {
        return heapIndex;
    }

    void heapIndex(int index) {
        heapIndex = index;
    }

    @Override
    public int compareTo(ScheduledEvent other) {
        if (atSecond != other.atSecond) {
            return atSecond < other.atSecond ? -1 : 1;
        }
        if (atNano != other.atNano) {
            return atNano < other.atNano ? -1 : 1;
        }
        return Long.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return description + " @ " + at;
    }
}

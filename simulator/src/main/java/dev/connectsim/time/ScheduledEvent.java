package dev.connectsim.time;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * One event waiting in the {@link Scheduler}: what runs, when, and in which order among equals. Its instant is also
 * kept as one number, nanoseconds since the epoch, so the queue orders events without reaching into {@link Instant}
 * objects. Its description is
 * text, or made on demand: most events run without anyone reading what they are (a load run has no timeline), so
 * callers on hot paths pass a supplier instead of building the text for every event.
 */
public final class ScheduledEvent implements Comparable<ScheduledEvent> {

    private final Instant at;
    private final long atNanos;
    private final long sequence;
    /** A String, or a Supplier of one. */
    private Object description;
    private final Runnable action;
    private boolean done;
    private int heapIndex = -1;

    ScheduledEvent(Instant at, long sequence, Object description, Runnable action) {
        this.at = at;
        this.atNanos = epochNanos(at);
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
        if (description instanceof Supplier<?>) {
            description = text(description);
        }
        return (String) description;
    }

    /** A description as text: itself, or what its supplier makes. */
    static String text(Object description) {
        return description instanceof Supplier<?> supplier ? String.valueOf(supplier.get())
                : String.valueOf(description);
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

    /** The instant as nanoseconds since the epoch. */
    long atNanos() {
        return atNanos;
    }

    /** {@code at} in nanoseconds since the epoch; an instant past 2262 does not fit, and throws. */
    static long epochNanos(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L), at.getNano());
    }

    long sequence() {
        return sequence;
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
        if (atNanos != other.atNanos) {
            return atNanos < other.atNanos ? -1 : 1;
        }
        return Long.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return description() + " @ " + at;
    }
}

package dev.connectsim.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every event every bus of one simulation fired, in firing order: the record two runs with the same
 * seed must agree on, and what a report's timeline is drawn from.
 */
public final class EventLog {

    /** One fired event: when, on whose bus, and its name. */
    public record Entry(Instant at, String source, String name) {
        @Override
        public String toString() {
            return at + " " + source + " " + name;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final boolean keeping;

    /** A log that keeps every event. */
    public EventLog() {
        this(true);
    }

    private EventLog(boolean keeping) {
        this.keeping = keeping;
    }

    /** A log that keeps nothing: for a simulation that keeps no history, where it would only grow. */
    public static EventLog keepingNothing() {
        return new EventLog(false);
    }

    void append(Instant at, String source, String name) {
        if (keeping) {
            entries.add(new Entry(at, source, name));
        }
    }

    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** The entries whose name starts with {@code prefix}, such as {@code "contact::refresh::"}. */
    public List<Entry> named(String prefix) {
        return entries.stream().filter(e -> e.name().startsWith(prefix)).toList();
    }
}

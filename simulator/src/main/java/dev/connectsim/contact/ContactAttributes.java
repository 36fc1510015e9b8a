package dev.connectsim.contact;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A contact's attributes, in the order they were first set, and the frozen copies of them that snapshots and
 * contact records keep.
 *
 * <p>Design note: copy on write. A frozen copy shares the map it was taken from, and the next change copies the map
 * first, so a leg whose attributes stop changing (the usual case once an agent has it) is frozen for its snapshots
 * and its record without copying anything.
 */
final class ContactAttributes {

    private Map<String, String> values = new LinkedHashMap<>();
    private Frozen frozen;
    private Map<String, String> live;

    void put(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (frozen != null) {
            if (value.equals(values.get(key))) {
                return;
            }
            values = new LinkedHashMap<>(values);
            frozen = null;
        }
        values.put(key, value);
    }

    /** An unmodifiable view that follows later changes. */
    Map<String, String> live() {
        if (live == null) {
            live = new Live();
        }
        return live;
    }

    /** The attributes as they are now, unchanged by later changes. */
    Map<String, String> frozen() {
        if (frozen == null) {
            frozen = new Frozen(values);
        }
        return frozen;
    }

    /** {@code attributes} as a frozen copy: kept as it is when it is one already, else copied. */
    static Map<String, String> frozenCopy(Map<String, String> attributes) {
        return attributes instanceof Frozen ? attributes : new Frozen(new LinkedHashMap<>(attributes));
    }

    private final class Live extends AbstractMap<String, String> {

        @Override
        public Set<Entry<String, String>> entrySet() {
            return Collections.unmodifiableMap(values).entrySet();
        }

        @Override
        public String get(Object key) {
            return values.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return values.containsKey(key);
        }

        @Override
        public int size() {
            return values.size();
        }
    }

    /** A map no one writes to again: its owner copies it before changing anything. */
    private static final class Frozen extends AbstractMap<String, String> {

        private final Map<String, String> values;

        Frozen(Map<String, String> values) {
            this.values = Collections.unmodifiableMap(values);
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return values.entrySet();
        }

        @Override
        public String get(Object key) {
            return values.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return values.containsKey(key);
        }

        @Override
        public int size() {
            return values.size();
        }
    }
}

package dev.connectsim.contact;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

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
    private Map<String, String> frozen;
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
            frozen = FrozenOrderedMap.over(values);
        }
        return frozen;
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
        public void forEach(BiConsumer<? super String, ? super String> action) {
            values.forEach(action);
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

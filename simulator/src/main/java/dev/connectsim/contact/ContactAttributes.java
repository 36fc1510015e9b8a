package dev.connectsim.contact;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

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

    /** Reads whichever map holds the attributes now, so it sees every change. */
    private final class Live extends ReadOnlyMap<String> {

        @Override
        Map<String, String> source() {
            return values;
        }
    }
}

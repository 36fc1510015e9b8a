package dev.connectsim.contact;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An unmodifiable map, in the order its entries were first put, over a map that nobody writes to again: a copy of
 * one is the map itself. Contact attributes, event hooks and routing criteria are kept in these, so records,
 * snapshots and changed settings share them instead of copying them again.
 */
final class FrozenOrderedMap<V> extends ReadOnlyMap<V> {

    private final Map<String, V> values;

    private FrozenOrderedMap(Map<String, V> values) {
        this.values = values;
    }

    /** {@code map} as one of these: kept as it is when it is one already, else copied. */
    static <V> Map<String, V> copyOf(Map<String, V> map) {
        return map instanceof FrozenOrderedMap<V> frozen ? frozen : new FrozenOrderedMap<>(new LinkedHashMap<>(map));
    }

    /** A frozen map over {@code owned}, which the caller promises never to change again. */
    static <V> Map<String, V> over(Map<String, V> owned) {
        return new FrozenOrderedMap<>(owned);
    }

    @Override
    Map<String, V> source() {
        return values;
    }
}

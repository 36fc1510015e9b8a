package dev.connectsim.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;

/**
 * JSON-shaped Java values (maps with string keys, lists, strings, numbers, booleans and null):
 * deep immutable copies, a check that a value has a JSON form, and its serialised size.
 *
 * <p>Copies put string keys in alphabetical order: a handler's {@code Map.of} iterates in an order
 * that changes from one JVM to the next, and logs must not.
 */
final class JsonValues {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonValues() {
    }

    /** A deep, unmodifiable copy of {@code map}, keys in alphabetical order, null values kept. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> immutableCopy(Map<String, ?> map) {
        return (Map<String, Object>) immutableCopyOfValue(map);
    }

    /** A deep, unmodifiable copy of a JSON-shaped value; values of other types are kept as they are. */
    static Object immutableCopyOfValue(Object value) {
        if (value instanceof FrozenMap || value instanceof FrozenList) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? FrozenMap.EMPTY : new FrozenMap(sortedCopy(map));
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return FrozenList.EMPTY;
            }
            List<Object> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                copy.add(immutableCopyOfValue(item));
            }
            return new FrozenList(copy);
        }
        return value;
    }

    /** A copy of {@code map} with its values copied deeply, keys in alphabetical order when they are all strings. */
    private static Map<Object, Object> sortedCopy(Map<?, ?> map) {
        Object[] keys = map.keySet().toArray();
        if (allStrings(keys)) {
            Arrays.sort(keys);
        }
        // Sized so that the copy never grows: a JSON object's keys are known up front.
        Map<Object, Object> copy = new LinkedHashMap<>(capacityFor(keys.length));
        for (Object key : keys) {
            copy.put(key, immutableCopyOfValue(map.get(key)));
        }
        return copy;
    }

    /** The initial capacity of a HashMap that holds {@code entries} without growing. */
    static int capacityFor(int entries) {
        return (int) (entries / 0.75f) + 1;
    }

    private static boolean allStrings(Object[] keys) {
        for (Object key : keys) {
            if (!(key instanceof String)) {
                return false;
            }
        }
        return true;
    }

    /** A map {@link #immutableCopyOfValue} made: deep, unmodifiable, keys sorted; so it is never copied again. */
    private static final class FrozenMap extends AbstractMap<Object, Object> {

        /** The empty object: there is nothing in it to copy, so every copy of an empty map can share it. */
        static final FrozenMap EMPTY = new FrozenMap(new LinkedHashMap<>());

        private final Map<Object, Object> entries;

        FrozenMap(Map<Object, Object> entries) {
            this.entries = Collections.unmodifiableMap(entries);
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return entries.entrySet();
        }

        @Override
        public Object get(Object key) {
            return entries.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return entries.containsKey(key);
        }

        @Override
        public int size() {
            return entries.size();
        }
    }

    /** A list {@link #immutableCopyOfValue} made: deep and unmodifiable; so it is never copied again. */
    private static final class FrozenList extends AbstractList<Object> implements RandomAccess {

        /** The empty list, shared as {@link FrozenMap#EMPTY} is. */
        static final FrozenList EMPTY = new FrozenList(List.of());

        private final List<Object> items;

        FrozenList(List<Object> items) {
            this.items = items;
        }

        @Override
        public Object get(int index) {
            return items.get(index);
        }

        @Override
        public int size() {
            return items.size();
        }
    }

    /**
     * Where {@code value} stops being JSON, as "key 'a.b' holds a java.time.Instant", or empty when
     * every part of it is a map with string keys, a list, a string, a number, a boolean or null.
     */
    static Optional<String> nonJsonPart(Object value, String path) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    return Optional.of("key " + entry.getKey() + " under " + where(path) + " is not a string");
                }
                Optional<String> inner = nonJsonPart(entry.getValue(), path.isEmpty() ? key : path + "." + key);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Optional<String> inner = nonJsonPart(list.get(i), path + "[" + i + "]");
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        return Optional.of(where(path) + " holds a " + value.getClass().getName() + ", which has no JSON form");
    }

    private static String where(String path) {
        return path.isEmpty() ? "the response" : "key '" + path + "'";
    }

    /** The size in bytes of {@code value} written as compact UTF-8 JSON; the value must pass {@link #nonJsonPart}. */
    static int serialisedSize(Object value) {
        try {
            return MAPPER.writeValueAsString(value).getBytes(StandardCharsets.UTF_8).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON-shaped value could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * A bound, cheap to compute, that the size of {@code value} written as compact UTF-8 JSON never exceeds: six
     * bytes for every character of text (an escaped control character takes six), twenty-five plus its digits for a
     * number. When it is under a limit, the exact size need not be computed. The value must pass
     * {@link #nonJsonPart}.
     */
    static long mostBytes(Object value) {
        if (value == null) {
            return 4;
        }
        if (value instanceof String text) {
            return 2 + 6L * text.length();
        }
        if (value instanceof Boolean) {
            return 5;
        }
        if (value instanceof Map<?, ?> map) {
            long bytes = 2;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                bytes += 2 + mostBytes(entry.getKey()) + mostBytes(entry.getValue());
            }
            return bytes;
        }
        if (value instanceof List<?> list) {
            long bytes = 2;
            for (Object item : list) {
                bytes += 1 + mostBytes(item);
            }
            return bytes;
        }
        return 25 + value.toString().length();
    }

    /** "an object", "a list", "a string", "a number", "a boolean" or "null", for messages. */
    static String kindOf(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return "a " + value.getClass().getName();
    }
}

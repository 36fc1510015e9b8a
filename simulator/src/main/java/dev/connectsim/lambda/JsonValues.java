package dev.connectsim.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

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
            return FrozenMap.copyOf(map, JsonValues::immutableCopyOfValue);
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

    /** A list {@link #immutableCopyOfValue} made: deep and unmodifiable; so it is never copied again. */
    private static final class FrozenList extends AbstractList<Object> implements RandomAccess {

        /** The empty list, shared as {@link FrozenMap#empty()} is. */
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
        if (value instanceof FrozenMap<?, ?> frozen) {
            for (int i = 0; i < frozen.size(); i++) {
                Optional<String> inner = nonJsonEntry(frozen.keyAt(i), frozen.valueAt(i), path);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Optional<String> inner = nonJsonEntry(entry.getKey(), entry.getValue(), path);
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

    private static Optional<String> nonJsonEntry(Object key, Object value, String path) {
        if (!(key instanceof String name)) {
            return Optional.of("key " + key + " under " + where(path) + " is not a string");
        }
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return Optional.empty();
        }
        return nonJsonPart(value, path.isEmpty() ? name : path + "." + name);
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
        if (value instanceof FrozenMap<?, ?> frozen) {
            long bytes = 2;
            for (int i = 0; i < frozen.size(); i++) {
                bytes += 2 + mostBytes(frozen.keyAt(i)) + mostBytes(frozen.valueAt(i));
            }
            return bytes;
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

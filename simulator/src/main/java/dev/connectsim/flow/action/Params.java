package dev.connectsim.flow.action;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads typed values out of a raw parameter tree. A value of the wrong shape reads as absent (null, or an empty
 * map or list): the raw tree keeps it, and validation reports it.
 */
final class Params {

    private Params() {
    }

    /** The text at {@code path} (a key, then keys of nested objects), or null when absent or not text. */
    static String text(Map<String, Object> parameters, String... path) {
        Object value = parameters;
        for (String key : path) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(key);
        }
        return value instanceof String text ? text : null;
    }

    /** The object at {@code key}, or an empty map. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> parameters, String key) {
        return parameters.get(key) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** The text entries of the object at {@code key}, in file order; entries that are not text are left out. */
    static Map<String, String> textMap(Map<String, Object> parameters, String key) {
        Map<String, String> result = new LinkedHashMap<>();
        object(parameters, key).forEach((k, v) -> {
            if (v instanceof String text) {
                result.put(k, text);
            }
        });
        return Collections.unmodifiableMap(result);
    }

    /** The text items of the list at {@code key} inside the object at {@code objectKey}; others are left out. */
    static List<String> textList(Map<String, Object> parameters, String objectKey, String key) {
        if (!(object(parameters, objectKey).get(key) instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }

    /** The text items of the list at {@code path} (a key, then keys of nested objects); others are left out. */
    static List<String> textItems(Map<String, Object> parameters, String... path) {
        Object value = parameters;
        for (String key : path) {
            if (!(value instanceof Map<?, ?> map)) {
                return List.of();
            }
            value = map.get(key);
        }
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }

    /** The objects in the list at {@code key}; items that are not objects are left out. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Map<String, Object> parameters, String key) {
        if (!(parameters.get(key) instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).map(item -> (Map<String, Object>) item).toList();
    }

    /**
     * The names a response-fields parameter lists: the text items of the list at {@code key}, or the keys of the
     * object there (the reference pages draw it as an object, the editor writes a list); empty when absent.
     */
    static List<String> names(Map<String, Object> parameters, String key) {
        Object value = parameters.get(key);
        if (value instanceof Map<?, ?> map) {
            return map.keySet().stream().map(String::valueOf).toList();
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }

    /** Connect writes flags as text: "True", "true", "Enabled". */
    static boolean isTrue(String flag) {
        return "true".equalsIgnoreCase(flag);
    }

    /** A deep, immutable copy that keeps key order; refuses values other than String, List and Map. */
    static Map<String, Object> freeze(Map<String, ?> tree) {
        Map<String, Object> copy = new LinkedHashMap<>();
        tree.forEach((key, value) -> copy.put(key, freezeValue(value, key)));
        return Collections.unmodifiableMap(copy);
    }

    private static Object freezeValue(Object value, String where) {
        if (value instanceof String) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, freezeValue(v, where + "/" + k)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copy.add(freezeValue(list.get(i), where + "/" + i));
            }
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException("parameter " + where + " must be text, a list or an object, not "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }
}

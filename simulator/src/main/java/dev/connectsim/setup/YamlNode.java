package dev.connectsim.setup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A node of a YAML document as read from an instance file: a map (keys in file order), a list, a scalar or null,
 * each with the {@link Place} it was written at, and every map key with its own place.
 *
 * <p>A scalar keeps its text as written ({@code +18005550100}, {@code 09:00-17:00}, {@code yes}) and its value as
 * YAML types it (a string, a number, a boolean); settings read the text, canned Lambda replies the value.
 */
final class YamlNode {

    enum Kind { MAP, LIST, SCALAR, NULL }

    private final Kind kind;
    private final Place place;
    private final String text;
    private final Object value;
    private final Map<String, YamlNode> entries;
    private final Map<String, Place> keyPlaces;
    private final List<YamlNode> items;

    private YamlNode(Kind kind, Place place, String text, Object value, Map<String, YamlNode> entries,
            Map<String, Place> keyPlaces, List<YamlNode> items) {
        this.kind = kind;
        this.place = Objects.requireNonNull(place, "place");
        this.text = text;
        this.value = value;
        this.entries = entries;
        this.keyPlaces = keyPlaces;
        this.items = items;
    }

    static YamlNode map(Place place, Map<String, YamlNode> entries, Map<String, Place> keyPlaces) {
        return new YamlNode(Kind.MAP, place, null, null, Collections.unmodifiableMap(new LinkedHashMap<>(entries)),
                Collections.unmodifiableMap(new LinkedHashMap<>(keyPlaces)), List.of());
    }

    static YamlNode list(Place place, List<YamlNode> items) {
        return new YamlNode(Kind.LIST, place, null, null, Map.of(), Map.of(), List.copyOf(items));
    }

    static YamlNode scalar(Place place, String text, Object value) {
        return new YamlNode(Kind.SCALAR, place, text, value, Map.of(), Map.of(), List.of());
    }

    static YamlNode nullNode(Place place) {
        return new YamlNode(Kind.NULL, place, null, null, Map.of(), Map.of(), List.of());
    }

    /**
     * {@code override} laid over {@code base}: two maps merge key by key, recursively (the base's keys keep their
     * order, new keys follow in the override's order); anything else is replaced by the override.
     */
    static YamlNode merge(YamlNode base, YamlNode override) {
        if (base.kind != Kind.MAP || override.kind != Kind.MAP) {
            return override;
        }
        Map<String, YamlNode> merged = new LinkedHashMap<>(base.entries);
        Map<String, Place> places = new LinkedHashMap<>(base.keyPlaces);
        override.entries.forEach((key, node) -> {
            YamlNode under = merged.get(key);
            merged.put(key, under == null ? node : merge(under, node));
            places.put(key, override.keyPlaces.get(key));
        });
        return map(base.place, merged, places);
    }

    Kind kind() {
        return kind;
    }

    Place place() {
        return place;
    }

    /** A scalar's text as written; null for other kinds. */
    String text() {
        return text;
    }

    /** The node as plain Java values: maps (in key order), lists, strings, numbers, booleans and null. */
    Object toValue() {
        return switch (kind) {
            case MAP -> {
                Map<String, Object> map = new LinkedHashMap<>();
                entries.forEach((key, node) -> map.put(key, node.toValue()));
                yield map;
            }
            case LIST -> {
                List<Object> list = new ArrayList<>();
                items.forEach(item -> list.add(item.toValue()));
                yield list;
            }
            case SCALAR -> value;
            case NULL -> null;
        };
    }

    Map<String, YamlNode> entries() {
        return entries;
    }

    /** Where {@code key} of this map was written. */
    Place keyPlace(String key) {
        return keyPlaces.getOrDefault(key, place);
    }

    List<YamlNode> items() {
        return items;
    }

    /** What was found, for messages: "a map", "a list", "'x'" (a scalar as written), "nothing". */
    String describe() {
        return switch (kind) {
            case MAP -> entries.isEmpty() ? "an empty map" : "a map";
            case LIST -> items.isEmpty() ? "an empty list" : "a list";
            case SCALAR -> "'" + text + "'";
            case NULL -> "nothing";
        };
    }
}

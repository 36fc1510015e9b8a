package dev.connectsim.flow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The file being read and the pointer prefix of the part being read: builds the one-line errors, and reads
 * fields of the expected JSON kind. Absent and {@code null} optional fields read alike.
 */
final class ParseContext {

    final String source;
    private final String base;

    ParseContext(String source, String base) {
        this.source = source;
        this.base = base;
    }

    /** The same file, with pointers continuing under {@code pointer} (a wrapper's Content). */
    ParseContext inside(String pointer) {
        return new ParseContext(source, base + pointer);
    }

    String base() {
        return base;
    }

    FlowParseException error(String pointer, String problem) {
        return new FlowParseException(source, base + pointer, problem);
    }

    /** An error in an action whose Identifier is known: {@code action 'abc' (/Actions/2/Type): problem}. */
    FlowParseException error(String identifier, String pointer, String problem) {
        if (identifier == null) {
            return error(pointer, problem);
        }
        return new FlowParseException(source, "action '" + identifier + "' (" + base + pointer + ")", problem);
    }

    /** Appends a key to a JSON pointer, escaped as RFC 6901 says. */
    static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** "a string", "an array", "null" ... for messages. */
    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case NULL -> "null";
            default -> "nothing";
        };
    }

    /** The field, or null when absent or JSON null. */
    static JsonNode optional(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? null : value;
    }

    /** A string field that may be absent (or null). */
    String optionalText(JsonNode object, String field, String pointer, String identifier) {
        JsonNode value = optional(object, field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw error(identifier, child(pointer, field), "expected a string for " + field + ", found " + kind(value));
        }
        return value.asText();
    }

    /** A string field that must be there. */
    String requiredText(JsonNode object, String field, String pointer, String identifier) {
        JsonNode value = object.get(field);
        if (value == null) {
            throw error(identifier, child(pointer, field), "missing field " + field);
        }
        if (!value.isTextual()) {
            throw error(identifier, child(pointer, field), "expected a string for " + field + ", found " + kind(value));
        }
        return value.asText();
    }

    /** An object field that may be absent (or null). */
    JsonNode optionalObject(JsonNode object, String field, String pointer, String identifier) {
        JsonNode value = optional(object, field);
        if (value != null && !value.isObject()) {
            throw error(identifier, child(pointer, field),
                    "expected an object for " + field + ", found " + kind(value));
        }
        return value;
    }

    /** An object field that must be there. */
    JsonNode requiredObject(JsonNode object, String field, String pointer, String identifier) {
        if (object.get(field) == null) {
            throw error(identifier, child(pointer, field), "missing field " + field);
        }
        JsonNode value = object.get(field);
        if (!value.isObject()) {
            throw error(identifier, child(pointer, field),
                    "expected an object for " + field + ", found " + kind(value));
        }
        return value;
    }

    /** An array field that must be there: its items. */
    List<JsonNode> requiredArray(JsonNode object, String field, String pointer, String identifier) {
        if (object.get(field) == null) {
            throw error(identifier, child(pointer, field), "missing field " + field);
        }
        if (object.get(field).isNull()) {
            throw error(identifier, child(pointer, field), "expected an array for " + field + ", found null");
        }
        return optionalArray(object, field, pointer, identifier);
    }

    /** An array field that may be absent (or null): its items, or an empty list. */
    List<JsonNode> optionalArray(JsonNode object, String field, String pointer, String identifier) {
        JsonNode value = optional(object, field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw error(identifier, child(pointer, field), "expected an array for " + field + ", found " + kind(value));
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    /**
     * A parameter tree as plain String, List and Map values: numbers and booleans become their JSON text; JSON
     * null has no place in the model and is an error naming where it is.
     */
    Object tree(JsonNode node, String pointer, String identifier) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(e ->
                    map.put(e.getKey(), tree(e.getValue(), child(pointer, e.getKey()), identifier)));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                list.add(tree(node.get(i), child(pointer, i), identifier));
            }
            return list;
        }
        if (node.isNull()) {
            throw error(identifier, pointer, "null is not a parameter value (expected text, a list or an object)");
        }
        return node.asText();
    }
}

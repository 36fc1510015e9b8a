package dev.connectsim.flow.lint;

import java.util.List;
import java.util.Map;

/** Small helpers that put values from a flow file into messages. */
final class Words {

    private Words() {
    }

    /** A value from the file, in single quotes, with line breaks and other control characters escaped. */
    static String quote(String value) {
        return "'" + escape(value) + "'";
    }

    /** The text with line breaks and other control characters escaped, so a message stays on one line. */
    static String oneLine(String text) {
        return escape(text);
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** "a", "a or b", "a, b or c". */
    static String or(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    /** "text", "a list", "an object": what a raw parameter value is. */
    static String kind(Object value) {
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "a list";
        }
        return "text";
    }

    /** A value holds a {@code $.} reference (whole or templated): it is only known when the flow runs. */
    static boolean isDynamic(String value) {
        return value.contains("$.");
    }

    /** Appends a key to a JSON pointer, escaped as RFC 6901 says. */
    static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }
}

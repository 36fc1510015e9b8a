package dev.connectsim.harness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The contact record fields a step can check, and how an expectation differs from a record. */
public final class ContactRecordFields {

    public static final String AGENT = "agent";
    public static final String INITIATION_METHOD = "initiation method";
    public static final String DISCONNECT_REASON = "disconnect reason";
    public static final String TAGS = "tags";
    public static final List<String> ALL = List.of(AGENT, INITIATION_METHOD, DISCONNECT_REASON,
            "recorded participants", "analytics", "number of holds", TAGS);

    private ContactRecordFields() {
    }

    /** A contact's tags as the step writes them: {@code key=value} pairs joined by ", ", in the map's order. */
    public static String tags(Map<String, String> tags) {
        return String.join(", ", tags.entrySet().stream().map(t -> t.getKey() + "=" + t.getValue()).toList());
    }

    /** Fails naming the known fields when {@code expected} names another. */
    public static void requireKnown(Map<String, String> expected) {
        expected.keySet().stream().filter(field -> !ALL.contains(field)).findFirst().ifPresent(field -> {
            throw new IllegalArgumentException("a contact record shows no '" + field + "' here (fields: " + ALL + ")");
        });
    }

    /** Each expected field whose actual value differs, with both values. */
    public static Map<String, String> differences(Map<String, String> expected, Map<String, String> actual) {
        requireKnown(expected);
        Map<String, String> wrong = new LinkedHashMap<>();
        expected.forEach((field, value) -> {
            if (!value.equals(actual.get(field))) {
                wrong.put(field, "expected '" + value + "', was '" + actual.get(field) + "'");
            }
        });
        return wrong;
    }
}

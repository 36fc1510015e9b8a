package dev.connectsim.flow.action;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sets attributes on the current flow only ({@code $.FlowAttributes}), all or nothing; they are not carried over to
 * the flows after it (Flow Language reference, UpdateFlowAttributes).
 *
 * @param flowAttributes {@code FlowAttributes} in file order: each key's value, read from its {@code Value} (the
 *                       FlowAttribute object the console writes) or, written as plain text, that text; entries of
 *                       another shape are left out (validation reports them)
 */
public record UpdateFlowAttributes(Envelope envelope, Map<String, String> flowAttributes) implements Action {

    public static final String TYPE = "UpdateFlowAttributes";

    @Override
    public String type() {
        return TYPE;
    }

    static UpdateFlowAttributes from(Envelope envelope) {
        Map<String, String> values = new LinkedHashMap<>();
        Params.object(envelope.parameters(), "FlowAttributes").forEach((key, value) -> {
            String text = valueOf(value);
            if (text != null) {
                values.put(key, text);
            }
        });
        return new UpdateFlowAttributes(envelope, Collections.unmodifiableMap(values));
    }

    /** The text a FlowAttribute stands for: plain text, or the text of its {@code Value}; else null. */
    public static String valueOf(Object flowAttribute) {
        if (flowAttribute instanceof String text) {
            return text;
        }
        return flowAttribute instanceof Map<?, ?> map && map.get("Value") instanceof String text ? text : null;
    }
}

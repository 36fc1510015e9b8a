package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.UpdateFlowAttributes;
import java.util.Map;

/**
 * UpdateFlowAttributes' FlowAttributes: an object of at least one attribute, each a FlowAttribute object with a
 * text {@code Value} (or plain text, which the run reads the same way).
 */
final class FlowAttributeParameters {

    private FlowAttributeParameters() {
    }

    static void check(Check check, Action action) {
        Object attributes = action.parameters().get("FlowAttributes");
        String hint = "set FlowAttributes to an object such as {\"cardLast4\": {\"Value\": \"$.StoredCustomerInput\"}}";
        if (!(attributes instanceof Map<?, ?> map) || map.isEmpty()) {
            check.report(action, attributes == null ? "/Parameters" : "/Parameters/FlowAttributes",
                    attributes == null ? "missing FlowAttributes (expected an object of the attributes to set)"
                            : "FlowAttributes must be an object of at least one attribute, found "
                                    + (attributes instanceof Map ? "none" : Words.kind(attributes)), hint);
            return;
        }
        map.forEach((key, value) -> {
            if (UpdateFlowAttributes.valueOf(value) == null) {
                check.report(action, Words.child("/Parameters/FlowAttributes", (String) key), "flow attribute "
                        + Words.quote((String) key) + " must be an object with a text Value, found "
                        + Words.kind(value) + (value instanceof Map ? " without one" : ""), hint);
            }
        });
    }
}

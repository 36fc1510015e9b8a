package dev.connectsim.flow.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A block's parameters as its flow log entry shows them: every text with its references filled in. */
final class FlowLogParameters {

    private FlowLogParameters() {
    }

    static Map<String, Object> resolve(Map<String, Object> parameters, FlowScope scope) {
        Map<String, Object> out = new LinkedHashMap<>();
        parameters.forEach((k, v) -> out.put(k, value(v, scope)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object value(Object value, FlowScope scope) {
        if (value instanceof String text) {
            return Values.render(text, scope);
        }
        if (value instanceof Map<?, ?> map) {
            return resolve((Map<String, Object>) map, scope);
        }
        List<Object> out = new ArrayList<>();
        ((List<?>) value).forEach(item -> out.add(value(item, scope)));
        return out;
    }
}

package dev.connectsim.lambda;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Turns a function's response into what {@code $.External} holds, or says why the block rejects it. */
final class ResponseValidator {

    /** The largest response Connect accepts: 32 KB of UTF-8 JSON. */
    static final int MAX_RESPONSE_BYTES = 32 * 1024;

    private ResponseValidator() {
    }

    /** The result of validating one response. */
    sealed interface Validated {

        record Valid(Map<String, Object> external) implements Validated {}

        record Invalid(String reason) implements Validated {}
    }

    static Validated validate(Object body, ResponseValidation validation) {
        Optional<String> notJson = JsonValues.nonJsonPart(body, "");
        if (notJson.isPresent()) {
            return new Validated.Invalid("the response is not JSON: " + notJson.get());
        }
        if (!(body instanceof Map<?, ?> map)) {
            return new Validated.Invalid("the response is " + JsonValues.kindOf(body) + ", not a JSON object");
        }
        int size = JsonValues.mostBytes(body) <= MAX_RESPONSE_BYTES ? 0 : JsonValues.serialisedSize(body);
        if (size > MAX_RESPONSE_BYTES) {
            return new Validated.Invalid("the response is " + size + " bytes of JSON; Connect accepts at most "
                    + MAX_RESPONSE_BYTES + " (32 KB)");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) map;
        return validation == ResponseValidation.JSON ? new Validated.Valid(object) : flat(object, validation);
    }

    private static Validated flat(Map<String, Object> object, ResponseValidation validation) {
        FrozenMap<String, Object> reply = object instanceof FrozenMap<String, Object> frozen ? frozen
                : FrozenMap.copyOf(object, Function.identity());
        Object[] keys = new Object[reply.size()];
        Object[] values = new Object[keys.length];
        int kept = 0;
        for (int i = 0; i < keys.length; i++) {
            Object value = reply.valueAt(i);
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                keys[kept] = reply.keyAt(i);
                values[kept++] = String.valueOf(value);
            } else if (isNonEmptyContainer(value)) {
                String mode = validation == ResponseValidation.STRING_MAP
                        ? "STRING_MAP"
                        : "STRING_MAP (the default when the block sets no ResponseValidation)";
                return new Validated.Invalid(mode + " takes a flat map of strings, but key '" + reply.keyAt(i)
                        + "' holds " + JsonValues.kindOf(value) + " " + value
                        + "; set ResponseType JSON to keep nested values");
            }
        }
        return new Validated.Valid(FrozenMap.own(keys, values, kept));
    }

    private static boolean isNonEmptyContainer(Object value) {
        return value instanceof Map<?, ?> map && !map.isEmpty()
                || value instanceof List<?> list && !list.isEmpty();
    }
}

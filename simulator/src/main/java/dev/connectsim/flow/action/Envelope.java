package dev.connectsim.flow.action;

import java.util.Map;
import java.util.Objects;

/**
 * What every action has besides its typed parameters: where it is, where it goes, and its raw parameters.
 *
 * @param identifier  the action's {@code Identifier} as written (legacy: the module's {@code id})
 * @param transitions where the action goes next
 * @param parameters  the {@code Parameters} tree as written, frozen: values are {@code String}, {@code List} or
 *                    {@code Map<String, Object>} only, in file order, so nothing the file says is lost; numbers and
 *                    booleans are kept as their JSON text ({@code 1} becomes {@code "1"})
 * @param pointer     the JSON pointer of the action in its file, for messages: {@code /Actions/3},
 *                    {@code /modules/5}, or {@code /ContactFlow/Content/Actions/3} inside an export wrapper
 */
public record Envelope(String identifier, Transitions transitions, Map<String, Object> parameters, String pointer) {

    public Envelope {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(transitions, "transitions");
        Objects.requireNonNull(pointer, "pointer");
        parameters = Params.freeze(Objects.requireNonNull(parameters, "parameters"));
    }

    /** An envelope with no transitions and no place, for building actions in code and in tests. */
    public static Envelope of(String identifier, Map<String, ?> parameters) {
        return new Envelope(identifier, Transitions.NONE, Params.freeze(parameters), "");
    }
}

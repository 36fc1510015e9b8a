package dev.connectsim.flow.lint;

import java.util.Objects;

/**
 * One problem in one flow file.
 *
 * @param rule     the rule's id, such as {@code dangling-next-action}
 * @param severity ERROR or WARNING (the rule's)
 * @param file     the flow's source, as given to the parser
 * @param action   the Identifier of the action concerned, or null for a finding about the whole flow
 * @param pointer  the JSON pointer of the place, such as {@code /Actions/3/Transitions/NextAction} (inside an
 *                 export wrapper it starts {@code /ContactFlow/Content}); a {@code line:col} for malformed JSON;
 *                 empty when the finding is about the whole file
 * @param message  what was expected, what was found, and the nearest candidate where there is one
 * @param hint     how to fix it
 */
public record Finding(String rule, Severity severity, String file, String action, String pointer, String message,
        String hint) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The finding as one line: {@code file: action <Identifier>: [rule] message (at <pointer>; hint: <hint>)};
     * a finding about the whole flow leaves out {@code action <Identifier>: }, one without a place leaves out
     * {@code at <pointer>; }. Line breaks inside values are shown as {@code \n}.
     */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder(file).append(": ");
        if (action != null) {
            line.append("action ").append(action).append(": ");
        }
        line.append('[').append(rule).append("] ").append(message).append(" (");
        if (!pointer.isEmpty()) {
            line.append("at ").append(pointer).append("; ");
        }
        line.append("hint: ").append(hint).append(')');
        return Words.oneLine(line.toString());
    }
}

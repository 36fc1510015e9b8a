package dev.connectsim.flow.run;

import java.time.Duration;
import java.util.Objects;

/**
 * Digits a caller will press at the next GetParticipantInput, and how long after its prompt ends.
 *
 * @param digits what they press: 0-9, {@code *} and {@code #}
 * @param after  how long after the prompt they start
 */
public record Keypress(String digits, Duration after) {

    public Keypress {
        Objects.requireNonNull(digits, "digits");
        Objects.requireNonNull(after, "after");
        if (!digits.matches("[0-9*#]+")) {
            throw new IllegalArgumentException("a caller can press 0-9, * and #; '" + digits + "' has other keys");
        }
        if (after.isNegative()) {
            throw new IllegalArgumentException("a key press cannot come before its prompt, was " + after);
        }
    }
}

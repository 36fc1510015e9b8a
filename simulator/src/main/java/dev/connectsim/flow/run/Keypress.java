package dev.connectsim.flow.run;

import java.time.Duration;
import java.util.Objects;

/**
 * Digits a caller will press at the next GetParticipantInput, and how long after its prompt ends; or
 * {@link #silence()}: they press nothing there, so that input times out and the next press goes to the next input.
 *
 * @param digits what they press: 0-9, {@code *} and {@code #}; empty for silence
 * @param after  how long after the prompt they start
 */
public record Keypress(String digits, Duration after) {

    public Keypress {
        Objects.requireNonNull(digits, "digits");
        Objects.requireNonNull(after, "after");
        if (!digits.matches("[0-9*#]*")) {
            throw new IllegalArgumentException("a caller can press 0-9, * and #; '" + digits + "' has other keys");
        }
        if (after.isNegative()) {
            throw new IllegalArgumentException("a key press cannot come before its prompt, was " + after);
        }
    }

    /** The caller says nothing at their next input, which times out. */
    public static Keypress silence() {
        return new Keypress("", Duration.ZERO);
    }

    /** Whether this is {@link #silence()}: no key at all. */
    public boolean isSilence() {
        return digits.isEmpty();
    }
}

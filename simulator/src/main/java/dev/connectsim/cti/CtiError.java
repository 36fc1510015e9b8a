package dev.connectsim.cti;

import java.util.Objects;

/** Why an agent action failed: Streams' failure payload {@code {type, message}}. */
public record CtiError(CtiErrorType type, String message) {

    public CtiError {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return type.type() + ": " + message;
    }
}

package dev.connectsim.agent;

import dev.connectsim.cti.CtiError;
import java.util.Objects;
import java.util.function.Consumer;

/** Streams' {@code {success, failure}} callbacks of an agent action. */
public record Callbacks(Runnable success, Consumer<CtiError> failure) {

    public Callbacks {
        Objects.requireNonNull(success, "success");
        Objects.requireNonNull(failure, "failure");
    }

    public static Callbacks of(Runnable success, Consumer<CtiError> failure) {
        return new Callbacks(success, failure);
    }

    /** No callbacks: the action's outcome is only visible in later snapshots. */
    public static Callbacks none() {
        return new Callbacks(() -> { }, error -> { });
    }
}

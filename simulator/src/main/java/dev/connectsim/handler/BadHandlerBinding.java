package dev.connectsim.handler;

import java.util.Objects;

/**
 * A binding whose code cannot run: no such code path, no such class or method, a class that does not load, a runtime
 * that is not supported. The message is one line; {@link #key()} names the binding's key that is wrong, so the
 * instance file's loader can point at it.
 */
public final class BadHandlerBinding extends RuntimeException {

    private final String key;

    /** A binding whose {@code key} is wrong, as {@code message} says in one line, because of {@code cause}. */
    public BadHandlerBinding(String key, String message, Throwable cause) {
        super(message, cause);
        this.key = Objects.requireNonNull(key, "key");
    }

    /** A binding whose {@code key} is wrong, as {@code message} says in one line. */
    public BadHandlerBinding(String key, String message) {
        this(key, message, null);
    }

    /** The binding's key that is wrong: {@code runtime}, {@code code} or {@code handler}. */
    public String key() {
        return key;
    }
}

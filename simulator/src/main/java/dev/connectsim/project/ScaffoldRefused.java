package dev.connectsim.project;

/** {@code connect-sim init} would overwrite something, or cannot write where it was asked to. */
public final class ScaffoldRefused extends RuntimeException {

    public ScaffoldRefused(String message) {
        super(message);
    }
}

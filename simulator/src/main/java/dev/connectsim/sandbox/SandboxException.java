package dev.connectsim.sandbox;

/** A sandbox setting, instance or call that cannot be used; the message is one line that says why. */
public final class SandboxException extends RuntimeException {

    public SandboxException(String message) {
        super(message);
    }
}

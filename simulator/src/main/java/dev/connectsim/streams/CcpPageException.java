package dev.connectsim.streams;

/**
 * An agent page that cannot run: Node.js missing, a bundle that is not Streams, a script that does not load, a
 * function the page does not define. Its message is one line that names the file and the place.
 */
public final class CcpPageException extends RuntimeException {

    public CcpPageException(String message) {
        super(message);
    }

    public CcpPageException(String message, Throwable cause) {
        super(message, cause);
    }
}

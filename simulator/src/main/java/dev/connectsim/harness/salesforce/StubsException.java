package dev.connectsim.harness.salesforce;

/** A WireMock root that cannot be served; the message is one line naming the file and the place. */
public final class StubsException extends RuntimeException {

    public StubsException(String message) {
        super(message, null, false, false);
    }
}

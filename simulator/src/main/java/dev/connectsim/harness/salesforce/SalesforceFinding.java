package dev.connectsim.harness.salesforce;

import java.util.Objects;

/**
 * Something on the Salesforce side a person should look at, whether or not the scenario asserts it.
 *
 * @param kind    what sort of finding
 * @param subject what it is about: the ContactId of a duplicate, the request of a refused token
 * @param message one line saying what happened
 */
public record SalesforceFinding(Kind kind, String subject, String message) {

    public enum Kind {
        /** One contact produced more than one VoiceCall record (a retried create that had already succeeded). */
        DUPLICATE_VOICE_CALL,
        /**
         * A VoiceCall record was created by a Lambda attempt whose answer Connect did not use (the attempt timed out,
         * failed, or ended after the block's time limit): no flow stored its id, so nothing links it to the call.
         */
        UNUSED_VOICE_CALL,
        /** Salesforce refused a request's token. */
        TOKEN_REFUSED
    }

    public SalesforceFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }
}

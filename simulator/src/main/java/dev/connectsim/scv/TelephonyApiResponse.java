package dev.connectsim.scv;

import java.time.Duration;
import java.util.Objects;

/** What came back from the telephony API, with how long it took in virtual time. */
public sealed interface TelephonyApiResponse {

    /** How long the call took, as Salesforce's latency in virtual time. */
    Duration latency();

    /** Salesforce answered with {@code status} and {@code body} (possibly empty, possibly not JSON). */
    record Answered(int status, String body, Duration latency) implements TelephonyApiResponse {

        public Answered {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(latency, "latency");
        }

        /** A 2xx status: what axios resolves instead of rejecting. */
        public boolean succeeded() {
            return status >= 200 && status < 300;
        }
    }

    /** No answer: the connection was refused, reset or closed mid-response. */
    record Unreachable(String cause, Duration latency) implements TelephonyApiResponse {

        public Unreachable {
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(latency, "latency");
        }
    }
}

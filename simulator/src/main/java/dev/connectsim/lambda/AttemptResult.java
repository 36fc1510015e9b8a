package dev.connectsim.lambda;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/** How one attempt ended on the Lambda side, whether or not Connect was still waiting for it. */
public sealed interface AttemptResult {

    /** A short description, such as "returned {voiceCallId=0LQ1}" or "Task timed out after 5.00 seconds". */
    String describe();

    /** The function returned {@code body}. */
    record Returned(Object body) implements AttemptResult {

        @Override
        public String describe() {
            return "returned " + body;
        }
    }

    /** The function failed (it threw, or its handler declared a failure). */
    record FunctionError(String errorType, String errorMessage) implements AttemptResult {

        public FunctionError {
            Objects.requireNonNull(errorType, "errorType");
            Objects.requireNonNull(errorMessage, "errorMessage");
        }

        @Override
        public String describe() {
            return errorType + ": " + errorMessage;
        }
    }

    /** The function ran into its own timeout; Lambda reports this as a function error. */
    record FunctionTimedOut(Duration timeout) implements AttemptResult {

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "Task timed out after %.2f seconds", timeout.toMillis() / 1000.0);
        }
    }

    /** Lambda refused the request (TooManyRequestsException) before the function ran. */
    record Throttled(String reason) implements AttemptResult {

        @Override
        public String describe() {
            return "throttled: " + reason;
        }
    }
}

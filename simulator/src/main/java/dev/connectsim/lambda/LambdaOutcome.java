package dev.connectsim.lambda;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** How an invocation ended, told to the caller at that virtual instant. */
public sealed interface LambdaOutcome {

    /** The invocation's id (what {@code $.LambdaInvocation.InvocationId} holds for an asynchronous one). */
    String invocationId();

    /** How many times the function was tried, Connect's retries included (0 for an asynchronous hand-off). */
    int attempts();

    /** When the outcome was known, in virtual time. */
    Instant at();

    /**
     * The block succeeded. {@code external} is what {@code $.External} holds: for STRING_MAP a flat
     * map of strings, for JSON the response with its nesting. For an asynchronous invocation it is
     * empty and arrives at once. It is kept as a deep, unmodifiable copy, so readers need not copy it.
     */
    record Success(String invocationId, Map<String, Object> external, int attempts, Instant at)
            implements LambdaOutcome {

        public Success {
            Objects.requireNonNull(invocationId, "invocationId");
            external = JsonValues.immutableCopy(external);
            Objects.requireNonNull(at, "at");
        }
    }

    /** The block takes its error branch (NoMatchingError); {@code reason} says what happened. */
    record Error(String invocationId, LambdaErrorKind kind, String reason, int attempts, Instant at)
            implements LambdaOutcome {

        public Error {
            Objects.requireNonNull(invocationId, "invocationId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(at, "at");
        }
    }
}

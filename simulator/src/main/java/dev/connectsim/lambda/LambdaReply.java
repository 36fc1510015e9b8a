package dev.connectsim.lambda;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a handler declares: how long the function runs, in virtual time, and how it ends.
 *
 * <pre>{@code
 * LambdaReply.after(Duration.ofMillis(300)).returns(Map.of("voiceCallId", "0LQ000000000001"))
 * LambdaReply.after(Duration.ofSeconds(2)).fails("Error creating VoiceCall record")
 * }</pre>
 */
public sealed interface LambdaReply {

    /** How long the function runs before it returns or fails (its own timeout may end it sooner). */
    Duration runsFor();

    /** What the function logged while it ran, line by line (a team's handler's logger); empty for most. */
    List<String> log();

    /** The same reply from a function that runs for {@code runsFor} instead. */
    default LambdaReply runningFor(Duration runsFor) {
        return this instanceof Returned returned ? new Returned(runsFor, returned.body(), returned.log())
                : new Failed(runsFor, ((Failed) this).errorType(), ((Failed) this).errorMessage(), log());
    }

    /** The function returns {@code body}: normally a JSON object (nested maps, lists, strings, numbers, booleans). */
    record Returned(Duration runsFor, Object body, List<String> log) implements LambdaReply {

        public Returned {
            requireNotNegative(runsFor);
            body = JsonValues.immutableCopyOfValue(body);
            log = List.copyOf(log);
        }

        /** Returns {@code body} with nothing logged. */
        public Returned(Duration runsFor, Object body) {
            this(runsFor, body, List.of());
        }
    }

    /** The function fails, as a Node.js function that throws {@code new Error(errorMessage)} has errorType "Error". */
    record Failed(Duration runsFor, String errorType, String errorMessage, List<String> log) implements LambdaReply {

        public Failed {
            requireNotNegative(runsFor);
            Objects.requireNonNull(errorType, "errorType");
            Objects.requireNonNull(errorMessage, "errorMessage");
            log = List.copyOf(log);
        }

        /** Fails with nothing logged. */
        public Failed(Duration runsFor, String errorType, String errorMessage) {
            this(runsFor, errorType, errorMessage, List.of());
        }
    }

    /** Starts a reply from a function that runs for {@code runsFor}. */
    static After after(Duration runsFor) {
        return new After(runsFor);
    }

    /** The function returns {@code body} at once. */
    static LambdaReply returns(Map<String, ?> body) {
        return after(Duration.ZERO).returns(body);
    }

    /** The function fails at once with {@code errorMessage}. */
    static LambdaReply fails(String errorMessage) {
        return after(Duration.ZERO).fails(errorMessage);
    }

    /** The second half of {@link LambdaReply#after}: what the function does when its time is up. */
    final class After {

        private final Duration runsFor;

        private After(Duration runsFor) {
            this.runsFor = requireNotNegative(runsFor);
        }

        /** Returns the JSON object {@code body}. */
        public LambdaReply returns(Map<String, ?> body) {
            return new Returned(runsFor, Objects.requireNonNull(body, "body"));
        }

        /** Returns any value, also one that is not a JSON object (a list, a string, null), which Connect rejects. */
        public LambdaReply returnsValue(Object body) {
            return new Returned(runsFor, body);
        }

        /** Fails with errorType "Error" and {@code errorMessage}. */
        public LambdaReply fails(String errorMessage) {
            return new Failed(runsFor, "Error", errorMessage);
        }

        /** Fails with {@code errorType} (such as "TypeError") and {@code errorMessage}. */
        public LambdaReply fails(String errorType, String errorMessage) {
            return new Failed(runsFor, errorType, errorMessage);
        }
    }

    private static Duration requireNotNegative(Duration runsFor) {
        Objects.requireNonNull(runsFor, "runsFor");
        if (runsFor.isNegative()) {
            throw new IllegalArgumentException("a function cannot run for a negative time, was " + runsFor);
        }
        return runsFor;
    }
}

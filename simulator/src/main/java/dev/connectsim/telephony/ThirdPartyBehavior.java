package dev.connectsim.telephony;

import java.time.Duration;
import java.util.Objects;

/** What an external number does when the agent dials it. */
public sealed interface ThirdPartyBehavior {

    /** Answers after {@code delay}; hangs up {@code hangsUpAfter} after answering, or stays when null. */
    record Answers(Duration delay, Duration hangsUpAfter) implements ThirdPartyBehavior {
        public Answers {
            Objects.requireNonNull(delay, "delay");
        }

        /** The same party, hanging up {@code after} the answer. */
        public Answers thenHangsUpAfter(Duration after) {
            return new Answers(delay, after);
        }
    }

    /** Rings until the ring timeout fails the dial. */
    record NeverAnswers() implements ThirdPartyBehavior {}

    /** The line is busy: the dial fails after the busy signal. */
    record Busy() implements ThirdPartyBehavior {}

    /** Declines the call after {@code delay}. */
    record Rejects(Duration delay) implements ThirdPartyBehavior {
        public Rejects {
            Objects.requireNonNull(delay, "delay");
        }
    }

    static Answers answersAfter(Duration delay) {
        return new Answers(delay, null);
    }

    static NeverAnswers neverAnswers() {
        return new NeverAnswers();
    }

    static Busy busy() {
        return new Busy();
    }

    static Rejects rejectsAfter(Duration delay) {
        return new Rejects(delay);
    }
}

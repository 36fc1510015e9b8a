package dev.connectsim.time;

import java.time.Instant;

/** How a {@link Scheduler#runUntil} run ended, and at which virtual instant. */
public sealed interface RunResult {

    /** The virtual instant the run ended at. */
    Instant at();

    /** True when the run ended because its condition held. */
    default boolean conditionMet() {
        return this instanceof ConditionMet;
    }

    /** The condition held. */
    record ConditionMet(Instant at) implements RunResult {}

    /** The deadline came before the condition held. */
    record DeadlineReached(Instant at) implements RunResult {}

    /** No event was left to run before the deadline, and the condition did not hold; time is at the deadline. */
    record Drained(Instant at) implements RunResult {}
}

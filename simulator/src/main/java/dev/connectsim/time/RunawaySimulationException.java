package dev.connectsim.time;

import java.time.Instant;

/** Thrown when events keep being scheduled at one virtual instant without end. */
public final class RunawaySimulationException extends RuntimeException {

    RunawaySimulationException(int limit, Instant at, String lastEvent) {
        super("simulation ran away: more than " + limit + " events at virtual time " + at
                + " without time moving on; the last one was '" + lastEvent + "'");
    }
}

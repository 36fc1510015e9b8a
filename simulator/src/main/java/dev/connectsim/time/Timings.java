package dev.connectsim.time;

import java.time.Duration;
import java.util.Objects;

/**
 * The durations a simulation runs on. Every one is virtual time.
 *
 * @param ctiLatency        how long an agent action (hold, addConnection, ...) takes to reach the
 *                          service and answer, like a CTI round trip
 * @param snapshotPeriod    how often each CCP receives an agent snapshot, and so REFRESH
 * @param ringTimeout       how long an external number rings before the dial fails
 * @param agentOfferTimeout how long a contact is offered to an agent before it is missed
 * @param busySignal        how long a dial to a busy number takes to fail
 * @param systemAnswer      how long an inbound call takes to reach the system
 */
public record Timings(Duration ctiLatency, Duration snapshotPeriod, Duration ringTimeout,
        Duration agentOfferTimeout, Duration busySignal, Duration systemAnswer) {

    public Timings {
        requireNotNegative("ctiLatency", ctiLatency);
        requirePositive("snapshotPeriod", snapshotPeriod);
        requirePositive("ringTimeout", ringTimeout);
        requirePositive("agentOfferTimeout", agentOfferTimeout);
        requireNotNegative("busySignal", busySignal);
        requireNotNegative("systemAnswer", systemAnswer);
    }

    /** The defaults: 100 ms actions, 1 s snapshots, 30 s ring timeout, 20 s agent offer, 2 s busy, 0.5 s answer. */
    public static Timings defaults() {
        return new Timings(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofSeconds(20), Duration.ofSeconds(2), Duration.ofMillis(500));
    }

    public Timings withCtiLatency(Duration value) {
        return new Timings(value, snapshotPeriod, ringTimeout, agentOfferTimeout, busySignal, systemAnswer);
    }

    public Timings withSnapshotPeriod(Duration value) {
        return new Timings(ctiLatency, value, ringTimeout, agentOfferTimeout, busySignal, systemAnswer);
    }

    public Timings withRingTimeout(Duration value) {
        return new Timings(ctiLatency, snapshotPeriod, value, agentOfferTimeout, busySignal, systemAnswer);
    }

    public Timings withAgentOfferTimeout(Duration value) {
        return new Timings(ctiLatency, snapshotPeriod, ringTimeout, value, busySignal, systemAnswer);
    }

    private static void requireNotNegative(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}

package dev.connectsim.harness.salesforce;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What one simulated Salesforce remembers between requests, shared by its WireMock extensions: the simulation's
 * clock, when each request arrived in virtual time, the token ids already used, the fault switched on for a number
 * of requests, and the seeded source of generated values and sampled delays. Requests of one scenario come one at
 * a time, so the seeded draws happen in the same order on every run.
 */
final class StubState {

    private volatile Supplier<Instant> clock;
    private final Map<UUID, Instant> arrivals = new ConcurrentHashMap<>();
    private final Set<String> usedTokenIds = new LinkedHashSet<>();
    private SplittableRandom random;
    private String activeFault;
    private int remaining;
    private final boolean stampArrivals;

    /** {@code stampArrivals}: whether to remember when each request arrived (for a stub that keeps a journal). */
    StubState(Supplier<Instant> clock, long seed, boolean stampArrivals) {
        this.clock = clock;
        this.random = new SplittableRandom(seed);
        this.stampArrivals = stampArrivals;
    }

    /** Forgets everything, as a new stub would start: for a stub reused by the next scenario. */
    synchronized void reset(Supplier<Instant> value, long seed) {
        clock = value;
        random = new SplittableRandom(seed);
        arrivals.clear();
        usedTokenIds.clear();
        activeFault = null;
        remaining = 0;
    }

    Instant now() {
        return clock.get();
    }

    void followClock(Supplier<Instant> value) {
        this.clock = value;
    }

    void arrived(UUID serveEventId) {
        if (stampArrivals) {
            arrivals.put(serveEventId, now());
        }
    }

    Optional<Instant> arrivalOf(UUID serveEventId) {
        return Optional.ofNullable(arrivals.get(serveEventId));
    }

    synchronized boolean tokenIdUsed(String jti) {
        return usedTokenIds.contains(jti);
    }

    synchronized void useTokenId(String jti) {
        usedTokenIds.add(jti);
    }

    /** Draws the next value in [0, bound). */
    synchronized int nextInt(int bound) {
        return random.nextInt(bound);
    }

    synchronized double nextDouble() {
        return random.nextDouble();
    }

    synchronized double nextGaussian() {
        return random.nextGaussian();
    }

    synchronized void switchOn(String fault, int times) {
        this.activeFault = fault;
        this.remaining = times;
    }

    synchronized void switchOff() {
        this.activeFault = null;
        this.remaining = 0;
    }

    /**
     * Counts one request served by the stub for {@code state}; true when that used up the fault switched on for a
     * number of requests, so the scenario's state must go back to normal.
     */
    synchronized boolean servedByFault(String state) {
        if (activeFault == null || !activeFault.equals(state) || remaining == Integer.MAX_VALUE) {
            return false;
        }
        remaining--;
        if (remaining > 0) {
            return false;
        }
        activeFault = null;
        return true;
    }
}

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
 * clock, when each request arrived in virtual time, the token ids already used, the faults switched on
 * ({@link FaultPlan}), and the seeded source of generated values and sampled delays. Requests of one scenario come one
 * at a time, so the seeded draws happen in the same order on every run.
 */
final class StubState {

    private volatile Supplier<Instant> clock;
    private final Map<UUID, Instant> arrivals = new ConcurrentHashMap<>();
    private final Set<String> usedTokenIds = new LinkedHashSet<>();
    private SplittableRandom random;
    private FaultPlan faults = FaultPlan.none();
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
        faults = FaultPlan.none();
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

    /** Adds {@code fault} for {@code times} requests (or every request, MAX_VALUE) to the plan ({@link FaultPlan}). */
    synchronized void switchOn(String fault, int times) {
        faults = faults.plus(fault, times);
    }

    synchronized void switchOff() {
        faults = FaultPlan.none();
    }

    /**
     * Counts one request served by the stub for {@code state}; true when that used up a fault switched on for a
     * number of requests and the scenario must move to {@link #currentFault()}.
     */
    synchronized boolean servedByFault(String state) {
        Optional<String> before = faults.current();
        faults = faults.served(state);
        return !faults.current().equals(before);
    }

    /** The WireMock scenario state the fault stubs must be in now; empty: none, normal answers. */
    synchronized Optional<String> currentFault() {
        return faults.current();
    }
}

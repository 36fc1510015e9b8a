package dev.connectsim.harness.salesforce;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The faults a scenario switched on for VoiceCall creation, and in what order they apply: each fault switched on for
 * a number of requests applies to that many, in the order they were switched on; then the fault switched on for every
 * request, if any, applies from there on. So "the next create is slow" and "every create answers 500" combine into a
 * slow first create and 500 for every one after it, whichever step came first.
 *
 * <p>Design note: immutable; {@link #current()} is the WireMock scenario state the stubs must be in. Two faults for
 * every request cannot both apply, so the second is refused, naming the first, rather than silently replacing it.
 */
record FaultPlan(List<Counted> counted, Optional<String> always) {

    /** A fault for the next {@code remaining} requests. */
    record Counted(String state, int remaining) {
    }

    FaultPlan {
        counted = List.copyOf(counted);
    }

    static FaultPlan none() {
        return new FaultPlan(List.of(), Optional.empty());
    }

    /** The plan with {@code state} added for the next {@code times} requests, or for every request (MAX_VALUE). */
    FaultPlan plus(String state, int times) {
        if (times != Integer.MAX_VALUE) {
            List<Counted> more = new ArrayList<>(counted);
            more.add(new Counted(state, times));
            return new FaultPlan(more, always);
        }
        if (always.isPresent() && !always.get().equals(state)) {
            throw new IllegalStateException("Salesforce already answers every VoiceCall creation with the fault "
                    + always.get() + "; the fault " + state + " for every creation cannot apply as well (a fault for"
                    + " the next n creations can: those come first, in the order given, then " + always.get() + ")");
        }
        return new FaultPlan(counted, Optional.of(state));
    }

    /** The fault that answers the next request: the first counted one, else the one for every request. */
    Optional<String> current() {
        return counted.isEmpty() ? always : Optional.of(counted.get(0).state());
    }

    /** The plan after one request was answered by the stub of {@code state}: the current counted fault counts it. */
    FaultPlan served(String state) {
        if (counted.isEmpty() || !counted.get(0).state().equals(state)) {
            return this;
        }
        Counted head = counted.get(0);
        List<Counted> rest = new ArrayList<>(counted.subList(1, counted.size()));
        if (head.remaining() > 1) {
            rest.add(0, new Counted(state, head.remaining() - 1));
        }
        return new FaultPlan(rest, always);
    }
}

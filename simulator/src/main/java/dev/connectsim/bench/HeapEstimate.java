package dev.connectsim.bench;

import java.util.Locale;

/**
 * What a bench run will hold in the heap at once, estimated before it starts from the calls and agents it will
 * place, so a run that cannot fit is refused in one line instead of running out of heap minutes in.
 *
 * <p>Design note: the run's phases (the warm-up, the timed run with all its shards at once, the heap measure) follow
 * one another, so the estimate is the largest of them. A phase holds its simulations' agents and the calls going on
 * at once: at most the calls it places, and at most the arrivals of one call's life (its customer hangs up a minute
 * after dialling, its agents clear 5 s later). The footprints were measured here (docs/performance.md): a call going
 * on about 1.7 KB; an agent-transfer answering agent with its partner and quick connect about 2.9 KB plus a quarter
 * of a byte for every other one (each answering agent sees every quick connect), an answering agent of
 * {@code --number} about 1.1 KB plus a sixteenth of a byte for every other one (both grow with the square of the
 * agents). A run may count on two thirds of the heap: the parallel collector's old generation.
 */
final class HeapEstimate {

    static final long BYTES_PER_CALL = 2_048;
    static final long BYTES_PER_TRANSFER_PAIR = 3_072;
    static final double BYTES_PER_TRANSFER_PAIR_PER_OTHER = 0.25;
    static final long BYTES_PER_ANSWERING_AGENT = 1_200;
    static final double BYTES_PER_ANSWERING_AGENT_PER_OTHER = 0.0625;

    private final long agentBytes;
    private final long callBytes;
    private final long agents;
    private final long calls;

    private HeapEstimate(long agents, long agentBytes, long calls, long callBytes) {
        this.agents = agents;
        this.agentBytes = agentBytes;
        this.calls = calls;
        this.callBytes = callBytes;
    }

    /** The estimate of {@code plan}'s largest phase, its calls following {@code script}. */
    static HeapEstimate of(BenchPlan plan, CallScript script) {
        long perShard = (plan.agents() + plan.shards() - 1) / plan.shards();
        double ratePerShard = plan.arrivalRate() / plan.shards();
        double lifeSeconds = script.callLife().toNanos() / 1e9;
        long perAgent = plan.number() != null
                ? BYTES_PER_ANSWERING_AGENT + (long) (BYTES_PER_ANSWERING_AGENT_PER_OTHER * perShard)
                : BYTES_PER_TRANSFER_PAIR + (long) (BYTES_PER_TRANSFER_PAIR_PER_OTHER * perShard);
        long callsPerShard = (plan.contacts() + plan.shards() - 1) / plan.shards();
        HeapEstimate timed = new HeapEstimate(perShard * plan.shards(), perAgent,
                goingOn(callsPerShard, ratePerShard, lifeSeconds) * plan.shards(), BYTES_PER_CALL);
        HeapEstimate warmUp = new HeapEstimate(perShard, perAgent, goingOn(plan.warmUp(), ratePerShard, lifeSeconds),
                BYTES_PER_CALL);
        HeapEstimate held = new HeapEstimate(perShard, perAgent, plan.live(), BYTES_PER_CALL);
        HeapEstimate largest = timed;
        for (HeapEstimate phase : new HeapEstimate[] {warmUp, held}) {
            if (phase.bytes() > largest.bytes()) {
                largest = phase;
            }
        }
        return largest;
    }

    /** The calls going on at once among {@code calls} arriving at {@code perSecond}, each for {@code lifeSeconds}. */
    private static long goingOn(long calls, double perSecond, double lifeSeconds) {
        return (long) Math.min(calls, Math.ceil(perSecond * lifeSeconds) + 1);
    }

    /** The bytes the phase holds at once. */
    long bytes() {
        double total = (double) agents * agentBytes + (double) calls * callBytes;
        return total >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) total;
    }

    /** Fails saying what the run would hold and what it may when it would hold more than two thirds of {@code maxHeap}. */
    void check(long maxHeap) {
        long allowed = maxHeap / 3 * 2;
        if (bytes() > allowed) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "this bench would hold about %s at once"
                    + " (%,d calls going on at about %s each and %,d agents at about %s each), more than the %s it can"
                    + " count on (two thirds of the %s heap the JVM may use); place fewer calls at once (--contacts,"
                    + " --arrival-rate, --live, --warm-up), use fewer --agents, or give it more heap"
                    + " (JAVA_OPTS=-Xmx...)", size(bytes()), calls, size(callBytes), agents, size(agentBytes),
                    size(allowed), size(maxHeap)));
        }
    }

    /** Bytes in words: "1.7 KB", "340 MB", "12.3 GB". */
    static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%d MB", bytes >> 20);
        }
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}

package dev.connectsim.bench;

import dev.connectsim.flow.run.BlockVisit;
import dev.connectsim.flow.run.EndReason;
import dev.connectsim.flow.run.Keypress;
import dev.connectsim.lambda.LambdaRegistry;
import dev.connectsim.scv.TelephonyFunctionBinding;
import dev.connectsim.sim.CallerNumbers;
import dev.connectsim.sim.Simulation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * One simulated contact center of a bench run, on one thread: it places calls as a Poisson process of the given
 * rate (gaps drawn from its own seeded source), lets them play out as the {@link CallScript} says, and times
 * itself on the wall clock slice by slice.
 *
 * <p>Design note: the calls of a slice ({@value #SLICE} arrivals) are scheduled, then virtual time runs to the
 * last of them; the wall time that took, divided by the calls, is one sample of the cost per call (it includes
 * the work of earlier calls ending meanwhile, so in a steady run it is the cost of one call's whole life). After
 * the last arrival the run goes on until every leg's record is final. The simulation keeps no history, so memory
 * follows the calls going on at once. Everything is deterministic for a seed except the wall-clock figures.
 */
final class Shard {

    /** How long after an input block's prompt a bench caller presses their keys. */
    static final Duration PRESS_AFTER = Duration.ofSeconds(1);
    /** Arrivals per timing slice. */
    static final int SLICE = 100;
    /** How long a run may go on after its last arrival before the calls still going count as lost. */
    private static final Duration DRAIN_LIMIT = Duration.ofHours(6);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** HotSpot's view of the same bean, which also counts the bytes a thread allocates; null on other JVMs. */
    private static final com.sun.management.ThreadMXBean ALLOCATIONS =
            CPU instanceof com.sun.management.ThreadMXBean counting && counting.isThreadAllocatedMemorySupported()
                    ? counting : null;

    private final BenchInstance bench;
    private final CallScript script;
    private final Telephony telephony;
    private final List<Keypress> press;

    /** A shard whose callers press nothing. */
    Shard(BenchInstance bench, CallScript script, Telephony telephony) {
        this(bench, script, telephony, List.of());
    }

    /** A shard whose callers each press {@code press} at their input blocks, one entry a block, in order. */
    Shard(BenchInstance bench, CallScript script, Telephony telephony, List<Keypress> press) {
        this.bench = bench;
        this.script = script;
        this.telephony = telephony;
        this.press = List.copyOf(press);
    }

    /**
     * What one shard measured. {@code flowRunEnds} counts the flow runs by how they ended, indexed by
     * {@link EndReason#ordinal()}.
     */
    record Result(int calls, long reachedTarget, long voiceCalls, long lost, long flowErrors, Duration virtual,
            long wallNanos, long cpuNanos, long allocatedBytes, double[] microsPerCall, long[] flowRunEnds) {
    }

    /** Places {@code calls} calls at {@code arrivalsPerSecond} and runs them to their end. */
    Result run(int calls, double arrivalsPerSecond, long seed, IntConsumer progress) {
        VoiceCallCount function = new VoiceCallCount(telephony.function());
        Simulation sim = simulation(seed, function);
        long[] reached = {0};
        sim.onRecordFinal(record -> {
            if (bench.reachedTarget(record)) {
                reached[0]++;
            }
        });
        long[] ends = new long[EndReason.values().length];
        sim.flows().onRunEnded(run -> ends[run.reason().ordinal()]++);
        Arrivals arrivals = new Arrivals(sim, seed, arrivalsPerSecond, true);
        Instant start = sim.now();
        double[] samples = new double[(calls + SLICE - 1) / SLICE];
        long began = System.nanoTime();
        long cpuBegan = CPU.getCurrentThreadCpuTime();
        long allocatedBefore = allocatedSoFar();
        for (int slice = 0; slice < samples.length; slice++) {
            int size = Math.min(SLICE, calls - slice * SLICE);
            long sliceBegan = System.nanoTime();
            arrivals.place(size);
            samples[slice] = (System.nanoTime() - sliceBegan) / 1e3 / size;
            progress.accept(size);
        }
        sim.runUntil(() -> sim.openContacts() == 0, DRAIN_LIMIT);
        long wall = System.nanoTime() - began;
        long cpu = CPU.getCurrentThreadCpuTime() - cpuBegan;
        long allocated = allocatedSoFar() - allocatedBefore;
        Set<String> lostCalls = new HashSet<>();
        sim.contacts().forEach(c -> lostCalls.add(c.initialContactId()));
        return new Result(calls, reached[0], function.voiceCalls(), lostCalls.size(), sim.flows().errors().size(),
                Duration.between(start, sim.now()), wall, cpu, allocated, samples, ends);
    }

    /**
     * One call, in a simulation that keeps its history, run to its end: the blocks it went through, in order, over
     * all its legs. The calls of a run do the same (the same flows, caller input and Lambda answers), so this is the
     * path each of them took.
     */
    List<BlockVisit> trace(long seed) {
        Simulation sim = simulation(seed, new VoiceCallCount(telephony.function()), true);
        new Arrivals(sim, seed, 1, true).place(1);
        sim.runUntil(() -> sim.openContacts() == 0, DRAIN_LIMIT);
        return sim.flows().visits();
    }

    /** Bytes this thread has allocated since it started; 0 where the JVM does not count them. */
    private static long allocatedSoFar() {
        return ALLOCATIONS == null ? 0 : ALLOCATIONS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    /**
     * Places {@code calls} calls that stay on the line at {@code arrivalsPerSecond}, runs {@code settle} past the last,
     * and returns the simulation with them all going on, for a heap measure.
     */
    Simulation holding(int calls, double arrivalsPerSecond, long seed, Duration settle) {
        Simulation sim = simulation(seed, new VoiceCallCount(telephony.function()));
        new Arrivals(sim, seed, arrivalsPerSecond, false).place(calls);
        sim.runFor(settle);
        return sim;
    }

    /** A new simulation of the bench instance, keeping no history, its telephony function in memory or over HTTP. */
    Simulation simulation(long seed, VoiceCallCount function) {
        return simulation(seed, function, false);
    }

    private Simulation simulation(long seed, VoiceCallCount function, boolean keepHistory) {
        LambdaRegistry lambdas = bench.described().lambdas().copy();
        TelephonyFunctionBinding.bindUnbound(lambdas, bench.described().flows(), telephony.config(), function);
        Simulation sim = Simulation.builder(bench.described()).lambdas(lambdas).seed(seed).keepHistory(keepHistory)
                .build();
        telephony.follow(sim);
        return sim;
    }

    /** The customers of a run: a Poisson process of calls to the bench number, each hanging up after a call length. */
    private final class Arrivals {

        private final Simulation sim;
        private final SplittableRandom random;
        private final double perSecond;
        private final boolean hangUp;
        private Instant next;
        private long placed;

        Arrivals(Simulation sim, long seed, double perSecond, boolean hangUp) {
            this.sim = sim;
            this.random = new SplittableRandom(seed);
            this.perSecond = perSecond;
            this.hangUp = hangUp;
            this.next = sim.now();
        }

        /** Schedules the next {@code count} calls and runs virtual time to the last of them. */
        void place(int count) {
            for (int i = 0; i < count; i++) {
                next = next.plusNanos(Math.round(-Math.log(1 - random.nextDouble()) / perSecond * 1e9));
                String caller = CallerNumbers.nth(placed++);
                sim.scheduler().scheduleAt(next, () -> "bench call from " + caller, () -> call(caller));
            }
            sim.runFor(Duration.between(sim.now(), next));
        }

        private void call(String caller) {
            for (Keypress keys : press) {
                sim.flows().callerWillPress(caller, keys);
            }
            String contactId = sim.dial(caller, bench.number());
            if (hangUp) {
                sim.customerHangsUpAfter(contactId, script.callLength());
            }
        }
    }
}

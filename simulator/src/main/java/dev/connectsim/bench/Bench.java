package dev.connectsim.bench;

import dev.connectsim.flow.run.BlockVisit;
import dev.connectsim.flow.run.EndReason;
import dev.connectsim.harness.report.ProgressOutput;
import dev.connectsim.harness.salesforce.SalesforceStub;
import dev.connectsim.project.Project;
import dev.connectsim.project.ProjectInstance;
import dev.connectsim.setup.SimulatedInstance;
import dev.connectsim.sim.Simulation;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * {@code connect-sim bench}: calls through the project's flows, from the inbound call to the agent the call is
 * transferred to ({@link CallScript}), or to a number given and through its flow, timed on the wall clock; then the
 * heap with many calls going on at once.
 *
 * <p>Design note: a run is checked first ({@link #prepare}: the number exists, the run fits the heap), then a traced
 * call when a number is given (its path, with history kept), a warm-up (not counted), the timed run (its shards side
 * by side, each an independent simulation on its own thread), then the heap measure, one simulation holding
 * {@code live} calls. Only this package reads the wall clock; the simulations stay deterministic for their seeds.
 */
public final class Bench {

    /** Arrivals per virtual second when calls are placed only to be held for the heap measure. */
    private static final double HOLDING_RATE = 1_000;
    /** How long held calls run past the last arrival: every flow has queued its call by then. */
    private static final Duration HOLDING_SETTLE = Duration.ofSeconds(10);

    /** The fewest calls in a warm-up round after the first {@code --warm-up} calls. */
    private static final int MIN_SETTLING_ROUND = 10_000;
    /** The JIT counts as settled in a round that kept its compiler threads busy for at most this much of its time. */
    private static final int SETTLED_PERCENT = 2;
    private static final int MAX_SETTLING_ROUNDS = 30;

    private final Project project;
    private final BenchPlan plan;
    private final CallScript script = CallScript.DEFAULT;

    private final SimulatedInstance described;

    private Bench(Project project, BenchPlan plan) {
        this.project = project;
        this.plan = plan;
        this.described = ProjectInstance.of(project);
    }

    /**
     * A bench of {@code plan} on {@code project}, checked before anything runs: it fails with {@link BenchRefused}
     * saying why when the instance lacks what the calls need (the number given, or a number and an agent-transfer
     * flow) or the run would not fit in the heap ({@link HeapEstimate}). A project that does not load fails as it
     * does for every command.
     */
    public static Bench prepare(Project project, BenchPlan plan) {
        Bench bench = new Bench(project, plan);
        try {
            BenchInstance.check(bench.described.instance(), plan.number());
            HeapEstimate.of(plan, bench.script).check(HeapUse.max());
        } catch (IllegalArgumentException e) {
            throw new BenchRefused(e.getMessage());
        }
        return bench;
    }

    /** Runs the plan, showing progress on stderr. */
    public BenchReport run() {
        List<SalesforceStub> stubs = new ArrayList<>();
        try {
            List<Telephony> telephony = new ArrayList<>();
            for (int shard = 0; shard < plan.shards(); shard++) {
                telephony.add(telephony(shard, stubs));
            }
            List<BlockVisit> path = plan.number() == null ? List.of()
                    : shard(0, telephony.get(0)).trace(plan.seed() - 2);
            int warmedUp = warmUp(telephony.get(0));
            HeapUse.usedAfterGc();
            HeapUse.resetPeaks();
            Timed timed = timed(telephony);
            long peak = HeapUse.peakSinceReset();
            HttpFloor.Result floor = plan.measuresFloor() ? floor(stubs) : null;
            long[] heap = plan.live() == 0 ? new long[] {0} : heapPerLiveCall(telephony.get(0));
            return report(timed, peak, heap[0], path, floor, warmedUp);
        } finally {
            stubs.forEach(SalesforceStub::close);
        }
    }

    /**
     * The warm-up, in one simulation after another, none of them counted: {@code warmUp} calls, then in memory rounds
     * of a tenth as many (at least {@value #MIN_SETTLING_ROUND}) until one passes with the JIT's compiler threads busy
     * for at most {@value #SETTLED_PERCENT} % of its wall time, or {@value #MAX_SETTLING_ROUNDS} rounds have run. A
     * count alone did not do it: 200,000 calls through a short flow last 0.6 s, and C2 compiled through most of the
     * timed run after them. Over HTTP every call costs milliseconds, and only {@code warmUp} calls run. Returns the
     * calls placed.
     */
    private int warmUp(Telephony telephony) {
        if (plan.warmUp() == 0) {
            return 0;
        }
        double rate = plan.arrivalRate() / plan.shards();
        long seed = plan.seed() - 1;
        shard(0, telephony).run(plan.warmUp(), rate, seed, calls -> { });
        int placed = plan.warmUp();
        int round = Math.max(plan.warmUp() / 10, MIN_SETTLING_ROUND);
        for (int rounds = 0; plan.mode() == BenchMode.MEMORY && rounds < MAX_SETTLING_ROUNDS; rounds++) {
            long jitBefore = jitMillis();
            long began = System.nanoTime();
            shard(0, telephony).run(round, rate, --seed, calls -> { });
            placed += round;
            long wallMillis = (System.nanoTime() - began) / 1_000_000;
            if ((jitMillis() - jitBefore) * 100 <= wallMillis * SETTLED_PERCENT) {
                break;
            }
        }
        return placed;
    }

    /** The HTTP floor, after the timed run, alone, against the shards' WireMocks, one caller for each. */
    private HttpFloor.Result floor(List<SalesforceStub> stubs) {
        try (ProgressBar bar = bar("http floor", 1); HttpFloor floor = HttpFloor.against(stubs, plan.floorBatch())) {
            HttpFloor.Result result = floor.measure();
            bar.step();
            return result;
        }
    }

    private Telephony telephony(int shard, List<SalesforceStub> stubs) {
        if (plan.mode() == BenchMode.MEMORY) {
            return Telephony.inMemory(script.salesforceLatency());
        }
        SalesforceStub stub = SalesforceStub.startWithoutJournal(project.stubs().orElseThrow(
                () -> new IllegalArgumentException("--mode http needs the simulated Salesforce, but the project "
                        + project.root() + " has no stubs/ folder")), plan.seed() + shard);
        stubs.add(stub);
        return Telephony.over(stub);
    }

    /** The shard {@code index}: its share of the agents. */
    private Shard shard(int index, Telephony telephony) {
        return new Shard(instance(index), script, telephony, plan.keypresses(Shard.PRESS_AFTER));
    }

    /** The instance of shard {@code index}, with its share of the agents. */
    private BenchInstance instance(int index) {
        int agents = share(plan.agents(), index);
        return plan.number() == null ? BenchInstance.of(described, agents, script)
                : BenchInstance.toNumber(described, plan.number(), agents, script);
    }

    /**
     * What the shards measured together: their results, the wall time, the whole process's CPU time, the HTTP
     * requests their telephony functions sent, and the CPU time by the threads that spent it.
     */
    private record Timed(List<Shard.Result> results, long wallNanos, long processCpuNanos, long jitMillis,
            long requests, Map<String, Long> byThreads) {
    }

    private Timed timed(List<Telephony> telephony) {
        List<Shard> shards = new ArrayList<>();
        for (int index = 0; index < plan.shards(); index++) {
            shards.add(shard(index, telephony.get(index)));
        }
        ExecutorService threads = Executors.newFixedThreadPool(plan.shards(), runnable -> {
            Thread thread = new Thread(runnable, "bench shard");
            thread.setDaemon(true);
            return thread;
        });
        try (ProgressBar bar = bar("bench calls", plan.contacts())) {
            IntConsumer progress = bar::stepBy;
            long requestsBefore = requestsSent(telephony);
            ThreadCpu cpuBegan = cpuNow();
            long jitBegan = jitMillis();
            long began = System.nanoTime();
            List<Future<Shard.Result>> running = new ArrayList<>();
            for (int index = 0; index < shards.size(); index++) {
                Shard shard = shards.get(index);
                int calls = share(plan.contacts(), index);
                long seed = plan.seed() + index;
                running.add(threads.submit(() -> shard.run(calls, plan.arrivalRate() / plan.shards(), seed, progress)));
            }
            List<Shard.Result> results = new ArrayList<>();
            for (Future<Shard.Result> result : running) {
                results.add(result.get());
            }
            long wall = System.nanoTime() - began;
            ThreadCpu cpuEnded = cpuNow();
            return new Timed(results, wall, cpuEnded.processNanos() - cpuBegan.processNanos(),
                    jitMillis() - jitBegan, requestsSent(telephony) - requestsBefore, cpuEnded.since(cpuBegan));
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("a bench shard failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the bench was interrupted", e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** The process's CPU time now; over HTTP also each thread's, to split the run's CPU by threads. */
    private ThreadCpu cpuNow() {
        return plan.mode() == BenchMode.HTTP ? ThreadCpu.now() : ThreadCpu.processOnly();
    }

    /** The JIT's compiling time so far, by the JVM's count; 0 on a JVM that does not keep it. */
    private static long jitMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static long requestsSent(List<Telephony> telephony) {
        return telephony.stream().mapToLong(Telephony::requestsSent).sum();
    }

    /** Heap per call going on: {@code live} calls held in one simulation, against the same simulation before them. */
    private long[] heapPerLiveCall(Telephony telephony) {
        Shard shard = shard(0, telephony);
        Simulation empty = shard.holding(0, HOLDING_RATE, plan.seed(), Duration.ZERO);
        long before = HeapUse.usedAfterGc();
        Reference.reachabilityFence(empty);
        empty = null;
        try (ProgressBar bar = bar("heap measure", 1)) {
            Simulation holding = shard.holding(plan.live(), HOLDING_RATE, plan.seed(), HOLDING_SETTLE);
            long after = HeapUse.usedAfterGc();
            bar.step();
            Reference.reachabilityFence(holding);
            return new long[] {Math.max(0, (after - before) / plan.live())};
        }
    }

    private BenchReport report(Timed timed, long peakHeap, long perLiveCall, List<BlockVisit> path,
            HttpFloor.Result floor, int warmedUp) {
        List<Shard.Result> results = timed.results();
        double wallSeconds = timed.wallNanos() / 1e9;
        double virtualSeconds = results.stream().mapToDouble(r -> r.virtual().toNanos() / 1e9).max().orElse(0);
        double[] samples = results.stream().flatMapToDouble(r -> Arrays.stream(r.microsPerCall())).sorted().toArray();
        double cpuSeconds = sum(results, Shard.Result::cpuNanos) / 1e9;
        double processCpuSeconds = timed.processCpuNanos() / 1e9;
        return new BenchReport(plan.contacts(), plan.mode().name().toLowerCase(java.util.Locale.ROOT),
                plan.number(), plan.number() == null ? null : described.instance()
                        .phoneNumber(plan.number()).orElseThrow().flowName(), plan.press(),
                round(wallSeconds), round(plan.contacts() / wallSeconds), round(virtualSeconds),
                round(virtualSeconds / wallSeconds), round(cpuSeconds), round(plan.contacts() / cpuSeconds),
                round(processCpuSeconds), round(processCpuSeconds * 1e6 / plan.contacts()), timed.jitMillis(),
                plan.mode() == BenchMode.HTTP ? http(timed, floor) : null,
                sum(results, Shard.Result::allocatedBytes) / plan.contacts(),
                round(percentile(samples, 50)), round(percentile(samples, 99)),
                peakHeap, perLiveCall, plan.live(), sum(results, Shard.Result::lost),
                sum(results, Shard.Result::reachedTarget), sum(results, Shard.Result::voiceCalls),
                sum(results, Shard.Result::flowErrors), flowRunEnds(results), BenchReport.Step.of(path),
                plan.arrivalRate(), plan.agents(), plan.shards(), plan.seed(),
                warmedUp, Runtime.getRuntime().availableProcessors(), HeapUse.max(),
                System.getProperty("java.version"), HeapUse.collectors());
    }

    /** The timed run's requests and process CPU per request, against the floor when it was measured. */
    private static BenchReport.HttpFigures http(Timed timed, HttpFloor.Result floor) {
        long requests = Math.max(1, timed.requests());
        double perRequest = timed.processCpuNanos() / 1e3 / requests;
        Map<String, Map<String, Double>> byThreads = new LinkedHashMap<>();
        Map<String, Double> run = new LinkedHashMap<>();
        timed.byThreads().forEach((group, nanos) -> run.put(group, round(nanos / 1e3 / requests)));
        byThreads.put("run", run);
        if (floor == null) {
            return new BenchReport.HttpFigures(timed.requests(), round(perRequest), null, null, List.of(), byThreads);
        }
        Map<String, Double> floorByThreads = new LinkedHashMap<>();
        floor.byThreads().forEach((group, micros) -> floorByThreads.put(group, round(micros)));
        byThreads.put("floor", floorByThreads);
        return new BenchReport.HttpFigures(timed.requests(), round(perRequest), round(floor.microsPerRequest()),
                perRequest == 0 ? null : round(floor.microsPerRequest() / perRequest),
                floor.batchMicros().stream().map(Bench::round).toList(), byThreads);
    }

    /** How the shards' flow runs ended, by reason, in the order of {@link EndReason}; reasons none ended with left out. */
    private static Map<String, Long> flowRunEnds(List<Shard.Result> results) {
        Map<String, Long> ends = new LinkedHashMap<>();
        for (EndReason reason : EndReason.values()) {
            long count = results.stream().mapToLong(r -> r.flowRunEnds()[reason.ordinal()]).sum();
            if (count > 0) {
                ends.put(reason.name(), count);
            }
        }
        return ends;
    }

    /** Shard {@code index}'s share of {@code total}: as even as can be, the first shards taking the remainder. */
    private int share(int total, int index) {
        return total / plan.shards() + (index < total % plan.shards() ? 1 : 0);
    }

    private static long sum(List<Shard.Result> results, java.util.function.ToLongFunction<Shard.Result> figure) {
        return results.stream().mapToLong(figure).sum();
    }

    /** The nearest-rank percentile of sorted {@code values}; 0 when there are none. */
    static double percentile(double[] values, int percent) {
        if (values.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * values.length);
        return values[Math.max(0, rank - 1)];
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /**
     * A progress bar on stderr for a person at a terminal; elsewhere (a pipe, {@code CI=true}, {@code TERM=dumb}:
     * {@link ProgressOutput}) a silent one, so a CI log gets no carriage-return redraws, only the JSON line.
     */
    private static ProgressBar bar(String task, int max) {
        ProgressBarBuilder bar = new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII)
                .setInitialMax(max).continuousUpdate();
        if (ProgressOutput.ofThisProcess() == ProgressOutput.LINES) {
            bar.setConsumer(new DelegatingProgressBarConsumer(line -> { }));
        }
        return bar.build();
    }
}

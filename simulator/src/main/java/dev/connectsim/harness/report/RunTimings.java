package dev.connectsim.harness.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.HookTestStep;
import io.cucumber.plugin.event.HookType;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.TestStepFinished;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a run's time goes, with {@code -Dconnectsim.timings} (for the fixed-cost benchmark, issue 21): the run's
 * phases in order (the JVM start, choosing the scenarios, loading the instance, Cucumber
 * until the first scenario, the scenarios, each report plugin's end of run, stopping the workers), each with its
 * wall time and the CPU the whole process spent meanwhile (all threads, JIT and collector included); then each
 * feature's scenarios (wall time, and CPU of the scenario threads); then the JIT's and the collector's time and the
 * CPU of the worker processes (Node.js, Python) that ended. Printed on stderr when the run ends; nothing is measured
 * without the property. Figures, not checks: they go to docs/performance.md, never into a test's assertion.
 */
public final class RunTimings implements ConcurrentEventListener {

    /** The system property that turns the timings on ({@code -Dconnectsim.timings}). */
    public static final String PROPERTY = "connectsim.timings";
    private static final boolean ON = System.getProperty(PROPERTY) != null;
    private static final List<Mark> MARKS = new ArrayList<>();

    private static final Map<UUID, Scenario> SCENARIOS = new ConcurrentHashMap<>();
    private static volatile int expected;
    private static int finished;

    /** The plugin of a run of {@code expected} scenarios. */
    public RunTimings(String expected) {
        RunTimings.expected = Integer.parseInt(expected);
    }

    /** Whether {@code -Dconnectsim.timings} is on. */
    public static boolean on() {
        return ON;
    }

    /** Marks the start of the phase {@code name}, which ends where the next mark starts; nothing when off. */
    public static void mark(String name) {
        if (ON) {
            synchronized (MARKS) {
                MARKS.add(new Mark(name, System.nanoTime(), ProcessCpu.nanos()));
            }
        }
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        if (!ON) {
            return;
        }
        publisher.registerHandlerFor(TestRunStarted.class, event -> mark("Cucumber: until the first scenario starts"));
        publisher.registerHandlerFor(TestCaseStarted.class, RunTimings::started);
        publisher.registerHandlerFor(TestStepFinished.class, RunTimings::stepFinished);
        publisher.registerHandlerFor(TestCaseFinished.class, RunTimings::finished);
    }

    private static void started(TestCaseStarted event) {
        if (SCENARIOS.isEmpty()) {
            mark("scenarios, all threads");
        }
        SCENARIOS.put(event.getTestCase().getId(), new Scenario(RunProgress.place(event.getTestCase().getUri()),
                System.nanoTime(), Threads.MX_BEAN.getCurrentThreadCpuTime()));
    }

    private static void stepFinished(TestStepFinished event) {
        if (event.getTestStep() instanceof HookTestStep hook && hook.getHookType() == HookType.AFTER) {
            Scenario scenario = SCENARIOS.get(event.getTestCase().getId());
            if (scenario != null) {
                scenario.afterHooksNanos += event.getResult().getDuration().toNanos();
            }
        }
    }

    private static synchronized void finished(TestCaseFinished event) {
        Scenario scenario = SCENARIOS.get(event.getTestCase().getId());
        if (scenario != null) {
            scenario.wallNanos = System.nanoTime() - scenario.startNanos;
            scenario.cpuNanos = Threads.MX_BEAN.getCurrentThreadCpuTime() - scenario.startCpuNanos;
        }
        if (++finished == expected) {
            mark("after the last scenario: the plugins' end of run");
        }
    }

    /** Prints the timings on {@code out}, the run being over; nothing when off. */
    public static void print(PrintStream out) {
        if (!ON) {
            return;
        }
        mark("end");
        List<Mark> marks;
        synchronized (MARKS) {
            marks = new ArrayList<>(MARKS);
        }
        out.println("timings (-D" + PROPERTY + "): wall ms, process CPU ms (user + system, all threads)");
        // the JVM's own start, to the millisecond: the process's start instant, read from /proc, is rounded to the
        // second of the machine's boot time and put this phase up to a second out; the launcher takes tens of ms
        long startedMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        long firstMillis = System.currentTimeMillis() - (System.nanoTime() - marks.get(0).wallNanos) / 1_000_000;
        out.printf(Locale.ROOT, "  %-58s wall %6d  cpu %6d%n", "JVM start, to main()",
                firstMillis - startedMillis, marks.get(0).cpuNanos / 1_000_000);
        for (int i = 0; i + 1 < marks.size(); i++) {
            Mark mark = marks.get(i);
            Mark next = marks.get(i + 1);
            out.printf(Locale.ROOT, "  %-58s wall %6d  cpu %6d%n", mark.name, (next.wallNanos - mark.wallNanos) / 1_000_000,
                    (next.cpuNanos - mark.cpuNanos) / 1_000_000);
        }
        Mark end = marks.get(marks.size() - 1);
        out.printf(Locale.ROOT, "  %-58s wall %6d  cpu %6d%n", "total (from the JVM's start)",
                System.currentTimeMillis() - startedMillis, end.cpuNanos / 1_000_000);
        printFeatures(out);
        long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        out.printf(Locale.ROOT, "  JIT compilation %d ms (compiler threads' time), GC %d ms (pauses), classes loaded %d%n",
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime(), gc,
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
        out.printf(Locale.ROOT, "  worker processes ended (Node.js, Python): CPU %d ms%n", childrenCpuMillis());
        printThreads(out, end.cpuNanos / 1_000_000);
        out.flush();
    }

    private static void printFeatures(PrintStream out) {
        Map<String, List<Scenario>> byFeature = new TreeMap<>();
        SCENARIOS.values().forEach(s -> byFeature.computeIfAbsent(s.feature, f -> new ArrayList<>()).add(s));
        out.println("  per feature: scenarios, wall ms (sum, longest), CPU ms of the scenario threads (sum),"
                + " After hooks ms (sum)");
        for (Map.Entry<String, List<Scenario>> entry : byFeature.entrySet()) {
            List<Scenario> list = entry.getValue();
            out.printf(Locale.ROOT, "    %-56s %3d  wall %6d %6d  cpu %6d  after %5d%n", entry.getKey(), list.size(),
                    list.stream().mapToLong(s -> s.wallNanos).sum() / 1_000_000,
                    list.stream().mapToLong(s -> s.wallNanos).max().orElse(0) / 1_000_000,
                    list.stream().mapToLong(s -> s.cpuNanos).sum() / 1_000_000,
                    list.stream().mapToLong(s -> s.afterHooksNanos).sum() / 1_000_000);
        }
    }

    /**
     * The CPU of the JVM's threads alive now by kind (their names without numbers, from {@code /proc/self/task}): the
     * JIT's compiler threads, the collector's, WireMock's, the picture drawing...; the threads that ended (Cucumber's
     * scenario threads among them) are the rest of the process's CPU.
     */
    private static void printThreads(PrintStream out, long processCpuMillis) {
        Map<String, Long> byKind = new TreeMap<>();
        Optional<List<ProcessCpu.ThreadTime>> threads = ProcessCpu.threads();
        if (threads.isEmpty()) {
            return;
        }
        threads.get().forEach(thread -> byKind.merge(thread.name().replaceAll("[0-9]+", "#"),
                thread.cpuNanos() / 1_000_000, Long::sum));
        long alive = byKind.values().stream().mapToLong(Long::longValue).sum();
        out.print("  CPU ms of the JVM's threads alive at the end, by name:");
        byKind.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(e -> e.getValue() >= 10)
                .forEach(e -> out.printf(Locale.ROOT, " %s %d;", e.getKey(), e.getValue()));
        out.printf(Locale.ROOT, " threads that ended (the scenarios' among them) %d%n", processCpuMillis - alive);
    }

    /** The user and system CPU of the child processes this JVM waited for ({@code /proc/self/stat}), or -1. */
    private static long childrenCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state); cutime and cstime are fields 16 and 17, in clock ticks (100 a second)
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private record Mark(String name, long wallNanos, long cpuNanos) {
    }

    private static final class Scenario {
        final String feature;
        final long startNanos;
        final long startCpuNanos;
        volatile long wallNanos = -1;
        volatile long cpuNanos;
        volatile long afterHooksNanos;

        Scenario(String feature, long startNanos, long startCpuNanos) {
            this.feature = feature;
            this.startNanos = startNanos;
            this.startCpuNanos = startCpuNanos;
        }
    }

    /**
     * The JVM's thread bean, made on first use: making it loads the JVM's management classes, which cost the start-up
     * of every run about 30 ms of CPU when it was made with this class, timings on or off.
     */
    private static final class Threads {
        static final ThreadMXBean MX_BEAN = ManagementFactory.getThreadMXBean();
    }
}

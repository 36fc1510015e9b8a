package dev.connectsim.bench;

import dev.connectsim.harness.report.ProcessCpu;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The process's CPU time split by the threads that spent it, between two moments: over HTTP, the callers (the
 * shards' simulations, or the floor's callers), the JDK HTTP client's threads, WireMock's (Jetty's), the garbage
 * collector's and the JIT compiler's, and the rest of the process (other threads, and threads that ended meanwhile).
 *
 * <p>Design note: a snapshot reads every thread's CPU time and the process's; a split is the difference of two
 * snapshots, grouped by thread name. On Linux the threads are read from {@code /proc/self/task}
 * ({@link ProcessCpu#threads()}), which lists the collector's and the compiler's threads too; elsewhere from
 * {@link ThreadMXBean}, which does not, so they count in the rest.
 */
final class ThreadCpu {

    /** The groups, in the order they are reported. */
    static final List<String> GROUPS = List.of("callers", "httpClient", "wireMock", "gc", "jit", "rest");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, Long> cpuById;
    private final Map<Long, String> groupById;
    private final long processNanos;

    private ThreadCpu(Map<Long, Long> cpuById, Map<Long, String> groupById, long processNanos) {
        this.cpuById = cpuById;
        this.groupById = groupById;
        this.processNanos = processNanos;
    }

    /** The CPU time of every thread and of the process, now. */
    static ThreadCpu now() {
        Map<Long, Long> cpu = new HashMap<>();
        Map<Long, String> group = new HashMap<>();
        Optional<List<ProcessCpu.ThreadTime>> fromProc = ProcessCpu.threads();
        if (fromProc.isPresent()) {
            for (ProcessCpu.ThreadTime thread : fromProc.get()) {
                cpu.put(thread.id(), thread.cpuNanos());
                group.put(thread.id(), groupOf(thread.name()));
            }
        } else {
            long[] ids = THREADS.getAllThreadIds();
            ThreadInfo[] infos = THREADS.getThreadInfo(ids);
            for (int i = 0; i < ids.length; i++) {
                long nanos = THREADS.getThreadCpuTime(ids[i]);
                if (infos[i] != null && nanos >= 0) {
                    cpu.put(ids[i], nanos);
                    group.put(ids[i], groupOf(infos[i].getThreadName()));
                }
            }
        }
        return new ThreadCpu(cpu, group, ProcessCpu.nanos());
    }

    /** The process's CPU time now, and no thread's: for a bench with no requests to split, which need not read them. */
    static ThreadCpu processOnly() {
        return new ThreadCpu(Map.of(), Map.of(), ProcessCpu.nanos());
    }

    /** The process's CPU time at this snapshot, all its threads, in nanoseconds. */
    long processNanos() {
        return processNanos;
    }

    /** The CPU time spent since {@code before}, in nanoseconds, by group; the rest is the process's remainder. */
    Map<String, Long> since(ThreadCpu before) {
        Map<String, Long> split = new LinkedHashMap<>();
        GROUPS.forEach(group -> split.put(group, 0L));
        long threads = 0;
        for (Map.Entry<Long, Long> thread : cpuById.entrySet()) {
            String group = groupById.get(thread.getKey());
            if (!group.equals("rest")) {
                long spent = thread.getValue() - before.cpuById.getOrDefault(thread.getKey(), 0L);
                threads += spent;
                split.merge(group, spent, Long::sum);
            }
        }
        split.put("rest", processNanos - before.processNanos - threads);
        return split;
    }

    /** A thread's group by its name (Linux keeps the first 15 characters). */
    private static String groupOf(String name) {
        if (name.startsWith("bench shard") || name.startsWith("bench http floo")) {
            return "callers";
        }
        if (name.startsWith("HttpClient-")) {
            return "httpClient";
        }
        if (name.startsWith("qtp")) {
            return "wireMock";
        }
        if (name.startsWith("GC Thread") || name.startsWith("VM Thread") || name.startsWith("G1 ")) {
            return "gc";
        }
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "jit";
        }
        return "rest";
    }
}

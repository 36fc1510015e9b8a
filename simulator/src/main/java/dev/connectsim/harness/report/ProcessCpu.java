package dev.connectsim.harness.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * This JVM's CPU time: the whole process's, and each of its threads' as Linux lists them in {@code /proc/self/task},
 * the collector's and the JIT compiler's threads included (which {@code ThreadMXBean} does not list). For the bench's
 * split of a run's CPU and for the timings of {@code run}.
 */
public final class ProcessCpu {

    private static final Path TASKS = Path.of("/proc/self/task");

    private ProcessCpu() {
    }

    /** One thread: its id, its name (Linux keeps the first 15 characters) and its time on a processor so far. */
    public record ThreadTime(long id, String name, long cpuNanos) {
    }

    /** The CPU time of the whole process so far, user and system, all threads; 0 where the JVM does not say. */
    public static long nanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    /**
     * Every thread alive now, from {@code /proc/self/task} ({@code comm}, and the first field of {@code schedstat}:
     * nanoseconds on a processor); empty where there is no such folder (not Linux) or it cannot be read. A thread
     * that ends while it is read is left out.
     */
    public static Optional<List<ThreadTime>> threads() {
        if (!Files.isDirectory(TASKS)) {
            return Optional.empty();
        }
        List<ThreadTime> threads = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String schedstat = Files.readString(task.resolve("schedstat"));
                    threads.add(new ThreadTime(Long.parseLong(task.getFileName().toString()),
                            Files.readString(task.resolve("comm")).strip(),
                            Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')))));
                } catch (IOException | RuntimeException e) {
                    // the thread ended while it was being read
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return threads.isEmpty() ? Optional.empty() : Optional.of(threads);
    }
}

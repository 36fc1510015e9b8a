package dev.connectsim.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The JVM as the bench reads it: the heap's peak use per pool, the heap in use right after garbage collection, and
 * the process's CPU time.
 */
final class HeapUse {

    private HeapUse() {
    }

    /** Starts counting the peaks again. */
    static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * The sum over the heap's pools of each pool's peak use since {@link #resetPeaks()}: an upper bound of the heap
     * in use at any one time, garbage not yet collected included.
     */
    static long peakSinceReset() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** The heap in use after full collections: what is still reachable. */
    static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The JVM's garbage collectors, such as {@code G1 Young Generation, G1 Old Generation}. */
    static String collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
    }

    /** The most heap the JVM may use (-Xmx). */
    static long max() {
        return Runtime.getRuntime().maxMemory();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }
}

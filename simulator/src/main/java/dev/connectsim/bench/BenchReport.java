package dev.connectsim.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The figures of one bench run, printed as one JSON object. Wall-clock figures come from {@link System#nanoTime()};
 * virtual ones from the simulations' clocks.
 *
 * @param contacts                 calls placed and timed
 * @param wallSeconds              wall time of the timed run: from the first arrival to every call's end, all shards
 * @param contactsPerSecond        contacts / wallSeconds
 * @param virtualSeconds           virtual time the run covered (the longest shard's)
 * @param virtualToWallRatio       virtualSeconds / wallSeconds
 * @param cpuSeconds               CPU time of the simulation threads during the timed run (all shards)
 * @param contactsPerCpuSecond     contacts / cpuSeconds: what one core would do on its own, however loaded the
 *                                 machine is
 * @param allocatedBytesPerContact bytes the simulation threads allocated during the timed run / contacts: how much
 *                                 garbage a call makes, a figure the machine's load does not move
 * @param p50MicrosPerContact      median over the timing slices of wall microseconds per call
 * @param p99MicrosPerContact      99th percentile of the same
 * @param peakHeapBytes            sum of the heap pools' peak use during the timed run
 * @param heapBytesPerLiveContact  (heap after GC with {@code liveContactsMeasured} calls going on - the same
 *                                 simulation's heap after GC before them) / liveContactsMeasured; 0 when none measured
 * @param liveContactsMeasured     calls held on the line at once for the heap measure
 * @param lostContacts             calls with a leg that has no final contact record (no end state) at the end
 * @param reachedTarget            calls whose transfer leg reached the partner agent
 * @param voiceCalls               VoiceCall records the telephony function reported created
 * @param flowErrors               flow runs that ended in a FLOW_ERROR
 * @param garbageCollector         the JVM's collectors by name (the launcher picks the parallel collector for bench)
 */
@JsonPropertyOrder({"contacts", "mode", "wallSeconds", "contactsPerSecond", "virtualSeconds", "virtualToWallRatio",
    "cpuSeconds", "contactsPerCpuSecond", "allocatedBytesPerContact", "p50MicrosPerContact", "p99MicrosPerContact",
    "peakHeapBytes", "heapBytesPerLiveContact", "liveContactsMeasured",
    "lostContacts", "reachedTarget", "voiceCalls", "flowErrors", "arrivalRate", "agents", "shards", "seed",
    "warmUpContacts", "processors", "maxHeapBytes", "javaVersion", "garbageCollector"})
public record BenchReport(int contacts, String mode, double wallSeconds, double contactsPerSecond,
        double virtualSeconds, double virtualToWallRatio, double cpuSeconds, double contactsPerCpuSecond,
        long allocatedBytesPerContact, double p50MicrosPerContact, double p99MicrosPerContact,
        long peakHeapBytes, long heapBytesPerLiveContact, int liveContactsMeasured, long lostContacts,
        long reachedTarget, long voiceCalls, long flowErrors, double arrivalRate, int agents, int shards, long seed,
        int warmUpContacts, int processors, long maxHeapBytes, String javaVersion, String garbageCollector) {
}

package dev.connectsim.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.connectsim.flow.run.BlockVisit;
import java.util.List;
import java.util.Map;

/**
 * The figures of one bench run, printed as one JSON object. Wall-clock figures come from {@link System#nanoTime()};
 * virtual ones from the simulations' clocks.
 *
 * @param contacts                 calls placed and timed
 * @param mode                     memory or http: how the telephony function answered
 * @param number                   the number every call dialled ({@code --number}); absent for the agent-transfer calls
 * @param flow                     the flow of that number
 * @param press                    what each caller entered at their input blocks, one entry a block
 * @param wallSeconds              wall time of the timed run: from the first arrival to every call's end, all shards
 * @param contactsPerSecond        contacts / wallSeconds
 * @param virtualSeconds           virtual time the run covered (the longest shard's)
 * @param virtualToWallRatio       virtualSeconds / wallSeconds
 * @param cpuSeconds               CPU time of the simulation threads during the timed run (all shards)
 * @param contactsPerCpuSecond     contacts / cpuSeconds: what one core would do on its own, however loaded the
 *                                 machine is
 * @param processCpuSeconds        CPU time of the whole process during the timed run, user and system, all its
 *                                 threads (garbage collection and the JIT included): what another tool's process
 *                                 would be measured by
 * @param processCpuMicrosPerContact processCpuSeconds / contacts, in microseconds
 * @param jitCompileMillis         milliseconds the JIT's compiler threads spent compiling during the timed run, by the
 *                                 JVM's count: well above 0 when the warm-up was too short for the JIT to settle, so
 *                                 the run timed code still being compiled
 * @param allocatedBytesPerContact bytes the simulation threads allocated during the timed run / contacts: how much
 *                                 garbage a call makes, a figure the machine's load does not move
 * @param p50MicrosPerContact      median over the timing slices of wall microseconds per call
 * @param p99MicrosPerContact      99th percentile of the same
 * @param peakHeapBytes            sum of the heap pools' peak use during the timed run
 * @param heapBytesPerLiveContact  (heap after GC with {@code liveContactsMeasured} calls going on - the same
 *                                 simulation's heap after GC before them) / liveContactsMeasured; 0 when none measured
 * @param liveContactsMeasured     calls held on the line at once for the heap measure
 * @param lostContacts             calls with a leg that has no final contact record (no end state) at the end
 * @param reachedTarget            calls whose transfer leg reached the partner agent; with a number, calls an agent
 *                                 answered
 * @param voiceCalls               VoiceCall records the telephony function reported created
 * @param flowErrors               flow runs that ended in a FLOW_ERROR
 * @param flowRunEnds              flow runs of the timed run by how they ended ({@code EndReason}: DISCONNECTED,
 *                                 QUEUED...), those none ended with left out
 * @param path                     with a number: the blocks one call went through, in order, in a simulation that
 *                                 kept its history, run before the warm-up with the same caller input and answers
 * @param http                     over HTTP: the requests and their CPU against the floor's; absent in memory
 * @param warmUpContacts           calls placed before the timed run and not counted: {@code --warm-up}, then in
 *                                 memory rounds of more until one passed with the JIT nearly idle
 * @param garbageCollector         the JVM's collectors by name (the launcher picks the parallel collector for bench)
 */
@JsonPropertyOrder({"contacts", "mode", "number", "flow", "press", "wallSeconds", "contactsPerSecond",
    "virtualSeconds", "virtualToWallRatio", "cpuSeconds", "contactsPerCpuSecond", "processCpuSeconds",
    "processCpuMicrosPerContact", "jitCompileMillis", "httpRequests", "processCpuMicrosPerRequest", "httpFloorMicrosPerRequest",
    "fractionOfFloor", "httpFloorBatchMicros", "httpMicrosPerRequestByThreads", "allocatedBytesPerContact", "p50MicrosPerContact", "p99MicrosPerContact",
    "peakHeapBytes", "heapBytesPerLiveContact", "liveContactsMeasured",
    "lostContacts", "reachedTarget", "voiceCalls", "flowErrors", "flowRunEnds", "path", "arrivalRate", "agents",
    "shards", "seed", "warmUpContacts", "processors", "maxHeapBytes", "javaVersion", "garbageCollector"})
public record BenchReport(int contacts, String mode, @JsonInclude(JsonInclude.Include.NON_NULL) String number,
        @JsonInclude(JsonInclude.Include.NON_NULL) String flow,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> press, double wallSeconds, double contactsPerSecond,
        double virtualSeconds, double virtualToWallRatio, double cpuSeconds, double contactsPerCpuSecond,
        double processCpuSeconds, double processCpuMicrosPerContact, long jitCompileMillis,
        @JsonUnwrapped @JsonInclude(JsonInclude.Include.NON_NULL) HttpFigures http, long allocatedBytesPerContact,
        double p50MicrosPerContact, double p99MicrosPerContact,
        long peakHeapBytes, long heapBytesPerLiveContact, int liveContactsMeasured, long lostContacts,
        long reachedTarget, long voiceCalls, long flowErrors, Map<String, Long> flowRunEnds,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Step> path, double arrivalRate, int agents, int shards, long seed,
        int warmUpContacts, int processors, long maxHeapBytes, String javaVersion, String garbageCollector) {

    /**
     * Over HTTP, the timed run's requests and its CPU per request against the floor's ({@link HttpFloor}): both are
     * process CPU, every thread of the JVM (the shards', the HTTP client's, WireMock's, the collector's, the JIT's).
     *
     * @param httpRequests               requests the telephony functions sent during the timed run
     * @param processCpuMicrosPerRequest processCpuSeconds / httpRequests, in microseconds
     * @param httpFloorMicrosPerRequest  the floor: process CPU of one token signed and one loopback round trip to a
     *                                   WireMock serving the same stubs, nothing else, run alone (median of batches);
     *                                   absent when not measured ({@code --floor-batch 0})
     * @param fractionOfFloor            httpFloorMicrosPerRequest / processCpuMicrosPerRequest: 1 is a run that costs
     *                                   nothing above its requests
     * @param httpFloorBatchMicros       every counted floor batch's process CPU microseconds per request, in order
     * @param httpMicrosPerRequestByThreads the run's process CPU per request ({@code run}) and the floor's
     *                                   ({@code floor}), each split by the threads that spent it: {@code callers}
     *                                   (the shards' simulation threads; the floor's caller threads),
     *                                   {@code httpClient} (the JDK client's), {@code wireMock} (Jetty's) and
     *                                   {@code rest} (the collector, the JIT and other threads)
     */
    public record HttpFigures(long httpRequests, double processCpuMicrosPerRequest,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double httpFloorMicrosPerRequest,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double fractionOfFloor,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Double> httpFloorBatchMicros,
            Map<String, Map<String, Double>> httpMicrosPerRequestByThreads) {
    }

    /**
     * One block of a traced call's path.
     *
     * @param flow   the flow's name
     * @param block  the block's Identifier (a legacy module's id)
     * @param type   the block's type, as it runs
     * @param branch how it left: {@code NextAction}, {@code Condition <value>}, {@code Error <type>}, {@code End <reason>}
     */
    public record Step(String flow, String block, String type, String branch) {

        static List<Step> of(List<BlockVisit> visits) {
            return visits.stream().map(v -> new Step(v.flowName(), v.identifier(), v.type(), v.branch())).toList();
        }
    }
}

package dev.connectsim.bench;

import dev.connectsim.harness.report.ProcessCpu;
import dev.connectsim.harness.salesforce.SalesforceStub;
import dev.connectsim.scv.HttpTelephonyApi;
import dev.connectsim.scv.ScvSettings;
import dev.connectsim.scv.TelephonyApiRequest;
import dev.connectsim.scv.TelephonyApiResponse;
import dev.connectsim.scv.TelephonyIntegrationFunction;
import dev.connectsim.scv.TelephonyToken;
import dev.connectsim.sim.Simulation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor of the HTTP bench: what one VoiceCall request costs with nothing around it. Each request signs a new
 * RS256 token with a new {@code jti} ({@link TelephonyToken}, as the telephony function does for every request) and
 * makes one loopback round trip with the function's client ({@link HttpTelephonyApi}) and headers to the embedded
 * WireMock of a shard, serving the project's stubs with their extensions ({@link SalesforceStub}: the token checked,
 * the VoiceCall id drawn, the delay charged in virtual time): {@code POST /voiceCalls} with a createVoiceCall body
 * written once. No simulation, no flow, no Lambda model, no JSON built or read.
 *
 * <p>Design note: the floor is measured as the timed run is, so the two divide into a fraction of like with like:
 * in process CPU time (every thread of the JVM: the callers', the HTTP client's, WireMock's, the collector's and the
 * JIT's), and with the run's shape, one thread per shard, each sending one request at a time to its shard's own
 * WireMock, as the shards' simulations do. It runs alone, after the timed run, in batches of about {@code perBatch}
 * requests over all the threads, each batch's CPU divided by its requests: {@link #WARM_UP_BATCHES} not counted, then
 * {@link #BATCHES}; the floor is their median. The process CPU moves in steps of 10 ms on Linux, so a batch should
 * last a good many of them.
 */
final class HttpFloor implements AutoCloseable {

    /** Batches run first and not counted, so the JIT has compiled the path on its own. */
    static final int WARM_UP_BATCHES = 2;
    /** Batches counted; the floor is their median. */
    static final int BATCHES = 7;

    /** The virtual instant the floor's tokens are issued at, and its stubs' clock: every token verifies. */
    private static final Instant NOW = Simulation.DEFAULT_START;
    /** What createVoiceCall sends for a bench call, written once. */
    private static final String BODY = "{\"callCenterApiName\":\"" + ScvSettings.DEFAULT_CALL_CENTER + "\","
            + "\"vendorCallKey\":\"c0ffee00-0000-4000-8000-000000000001\",\"to\":\"+18005550100\","
            + "\"from\":\"+15550000001\",\"initiationMethod\":\"Inbound\",\"startTime\":\"2026-01-05T09:00:00.500Z\","
            + "\"callSubtype\":\"PSTN\",\"callAttributes\":\"{}\",\"participants\":[{\"participantKey\":"
            + "\"+15550000001\",\"type\":\"END_USER\"}]}";

    /**
     * What the floor measured.
     *
     * @param microsPerRequest the median of the counted batches: process CPU microseconds per request
     * @param batchMicros      every counted batch's process CPU microseconds per request, in the order they ran
     * @param byThreads        the counted batches' CPU per request by the threads that spent it ({@link ThreadCpu})
     */
    record Result(double microsPerRequest, List<Double> batchMicros, Map<String, Double> byThreads) {
    }

    private final List<SalesforceStub> stubs;
    private final List<Caller> callers;
    private final int perBatch;
    private final ExecutorService threads;
    private final AtomicLong sent = new AtomicLong();
    private final List<Double> batchMicros = new ArrayList<>();
    private final Map<String, Long> spent = new LinkedHashMap<>();
    private long counted;

    private HttpFloor(List<SalesforceStub> stubs, int perBatch) {
        this.stubs = stubs;
        this.callers = stubs.stream().map(Caller::new).toList();
        this.perBatch = perBatch;
        this.threads = Executors.newFixedThreadPool(stubs.size(), runnable -> {
            Thread thread = new Thread(runnable, "bench http floor");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The floor against {@code stubs} (the shards' own), one caller thread for each, in batches of {@code perBatch}
     * requests shared between them (at least one each); {@link #close()} ends its threads.
     */
    static HttpFloor against(List<SalesforceStub> stubs, int perBatch) {
        if (stubs.isEmpty() || perBatch < 1) {
            throw new IllegalArgumentException("the HTTP floor needs a stub and at least 1 request a batch, got "
                    + stubs.size() + " stubs and " + perBatch + " requests");
        }
        return new HttpFloor(List.copyOf(stubs), perBatch);
    }

    /** Runs the warm-up batches, then the counted ones. The stubs' clocks are left on the floor's instant. */
    Result measure() {
        for (int batch = 0; batch < WARM_UP_BATCHES; batch++) {
            batch();
        }
        ThreadCpu before = ThreadCpu.now();
        long sentBefore = sent.get();
        for (int batch = 0; batch < BATCHES; batch++) {
            batchMicros.add(batch());
        }
        ThreadCpu.now().since(before).forEach((group, nanos) -> spent.merge(group, nanos, Long::sum));
        counted += sent.get() - sentBefore;
        return result();
    }

    /** The median of the counted batches, each of them, and their CPU by threads. */
    private Result result() {
        double[] sorted = batchMicros.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        Map<String, Double> byThreads = new LinkedHashMap<>();
        spent.forEach((group, nanos) -> byThreads.put(group, nanos / 1e3 / counted));
        return new Result(median, List.copyOf(batchMicros), byThreads);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    /** About {@code perBatch} requests shared between the callers: the process CPU they took, in µs per request. */
    private double batch() {
        stubs.forEach(stub -> stub.followClock(() -> NOW));
        int each = Math.max(1, (perBatch + callers.size() - 1) / callers.size());
        long sentBefore = sent.get();
        long began = ProcessCpu.nanos();
        List<Future<?>> running = new ArrayList<>();
        for (Caller caller : callers) {
            running.add(threads.submit(() -> caller.send(each)));
        }
        try {
            for (Future<?> caller : running) {
                caller.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("the HTTP floor failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the HTTP floor was interrupted", e);
        }
        return (ProcessCpu.nanos() - began) / 1e3 / (sent.get() - sentBefore);
    }

    /** One thread's requests, to one shard's WireMock, signed with the function's key as the shard's function signs. */
    private final class Caller {

        private final ScvSettings settings;
        private final TelephonyToken token;
        private final HttpTelephonyApi api;

        Caller(SalesforceStub stub) {
            this.settings = stub.settings();
            this.token = new TelephonyToken(settings);
            this.api = new HttpTelephonyApi(settings.endpointBase());
        }

        /** {@code requests} requests one after another; one the stub does not answer with a VoiceCall stops the bench. */
        void send(int requests) {
            for (int i = 0; i < requests; i++) {
                long n = sent.incrementAndGet();
                String jti = UUID.nameUUIDFromBytes(("floor/" + n).getBytes(StandardCharsets.UTF_8)).toString();
                TelephonyApiResponse response = api.send(new TelephonyApiRequest("POST", "/voiceCalls",
                        TelephonyIntegrationFunction.headers(token.sign(NOW, jti), true), Optional.of(BODY)));
                if (!(response instanceof TelephonyApiResponse.Answered answered && answered.succeeded()
                        && answered.body().contains("\"voiceCallId\""))) {
                    throw new IllegalStateException("the HTTP floor's request " + n + " to " + settings.endpointBase()
                            + "/voiceCalls was not answered with a VoiceCall, as the stubs answer the bench's calls;"
                            + " it got " + response);
                }
            }
        }
    }
}

package dev.connectsim.bench;

import dev.connectsim.harness.salesforce.SalesforceStub;
import dev.connectsim.scv.HttpTelephonyApi;
import dev.connectsim.scv.ScvSettings;
import dev.connectsim.scv.TelephonyApiRequest;
import dev.connectsim.scv.TelephonyApiResponse;
import dev.connectsim.scv.TelephonyIntegrationFunction;
import dev.connectsim.scv.TelephonyToken;
import dev.connectsim.sim.Simulation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The floor of the HTTP bench: what one VoiceCall request costs with nothing around it. Each request signs a new
 * RS256 token with a new {@code jti} ({@link TelephonyToken}, as the telephony function does for every request) and
 * makes one loopback round trip with the function's client ({@link HttpTelephonyApi}) and headers to an embedded
 * WireMock serving the project's own stubs with the same extensions as a shard's ({@link SalesforceStub}: the token
 * checked, the VoiceCall id drawn, the delay charged in virtual time): {@code POST /voiceCalls} with a
 * createVoiceCall body written once. No simulation, no flow, no Lambda model, no JSON built or read.
 *
 * <p>Design note: the floor is measured as the timed run is, in process CPU time (every thread of the JVM: the
 * calling thread, the HTTP client's, WireMock's, the collector's and the JIT's), so the two divide into a fraction
 * of like with like. It runs alone, one request at a time on the calling thread, against a WireMock of its own (so
 * the shards' stubs draw the same ids on every run), first {@code warmUp} batches not counted, then {@code batches}
 * batches of {@code perBatch} requests, each batch's CPU divided by its requests; the floor is their median. The
 * process CPU moves in steps of 10 ms on Linux, so a batch should last a good many of them.
 */
final class HttpFloor {

    /** Batches run first and not counted, so the JIT has compiled the path on its own. */
    static final int WARM_UP_BATCHES = 2;
    /** Batches counted; the floor is their median. */
    static final int BATCHES = 7;

    /** The virtual instant the floor's tokens are issued at, and its stub's clock: every token verifies. */
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
     * @param microsPerRequest the median of the batches: process CPU microseconds per request
     * @param batchMicros      every counted batch's process CPU microseconds per request, in the order they ran
     * @param requests         requests sent, the warm-up's included
     */
    record Result(double microsPerRequest, List<Double> batchMicros, int requests) {
    }

    private final ScvSettings settings;
    private final TelephonyToken token;
    private final HttpTelephonyApi api;
    private long sent;

    private HttpFloor(ScvSettings settings) {
        this.settings = settings;
        this.token = new TelephonyToken(settings);
        this.api = new HttpTelephonyApi(settings.endpointBase());
    }

    /** Measures the floor against a new WireMock serving the stubs under {@code stubs}, closed afterwards. */
    static Result measure(Path stubs, long seed, int perBatch) {
        if (perBatch < 1) {
            throw new IllegalArgumentException("a floor batch holds at least 1 request, was " + perBatch);
        }
        try (SalesforceStub salesforce = SalesforceStub.startWithoutJournal(stubs, seed)) {
            salesforce.followClock(() -> NOW);
            HttpFloor floor = new HttpFloor(salesforce.settings());
            for (int batch = 0; batch < WARM_UP_BATCHES; batch++) {
                floor.batch(perBatch);
            }
            double[] micros = new double[BATCHES];
            for (int batch = 0; batch < BATCHES; batch++) {
                micros[batch] = floor.batch(perBatch);
            }
            double[] sorted = micros.clone();
            Arrays.sort(sorted);
            return new Result(sorted[BATCHES / 2], Arrays.stream(micros).boxed().toList(),
                    (WARM_UP_BATCHES + BATCHES) * perBatch);
        }
    }

    /** {@code requests} requests one after another: the process CPU they took, in microseconds per request. */
    private double batch(int requests) {
        long began = HeapUse.processCpuNanos();
        for (int i = 0; i < requests; i++) {
            request();
        }
        return (HeapUse.processCpuNanos() - began) / 1e3 / requests;
    }

    /** One token signed and one round trip; a request the stub does not answer with a VoiceCall stops the bench. */
    private void request() {
        String jti = UUID.nameUUIDFromBytes(("floor/" + sent++).getBytes(StandardCharsets.UTF_8)).toString();
        TelephonyApiResponse response = api.send(new TelephonyApiRequest("POST", "/voiceCalls",
                TelephonyIntegrationFunction.headers(token.sign(NOW, jti), true), Optional.of(BODY)));
        if (!(response instanceof TelephonyApiResponse.Answered answered && answered.succeeded()
                && answered.body().contains("\"voiceCallId\""))) {
            throw new IllegalStateException("the HTTP floor's request " + sent + " to " + settings.endpointBase()
                    + "/voiceCalls was not answered with a VoiceCall, as the stubs answer the bench's calls; it got "
                    + response);
        }
    }
}

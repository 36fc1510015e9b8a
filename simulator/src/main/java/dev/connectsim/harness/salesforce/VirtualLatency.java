package dev.connectsim.harness.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.DelayDistribution;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.connectsim.scv.HttpTelephonyApi;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Charges a stub's delay in virtual time instead of sleeping: the delay the stub asks for
 * ({@code fixedDelayMilliseconds}, a {@code delayDistribution} sampled from the scenario's seeded source,
 * {@code chunkedDribbleDelay}'s total) is taken off the response and reported in
 * {@link HttpTelephonyApi#LATENCY_HEADER}, which the telephony function counts as Salesforce's latency.
 */
final class VirtualLatency implements ResponseTransformerV2 {

    static final String NAME = "connect-sim-virtual-latency";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StubState state;

    VirtualLatency(StubState state) {
        this.state = state;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        long latency = latencyOf(serveEvent.getResponseDefinition());
        return Response.Builder.like(response).but()
                .headers(response.getHeaders().plus(new HttpHeader(HttpTelephonyApi.LATENCY_HEADER,
                        Long.toString(latency))))
                .incrementInitialDelay(-response.getInitialDelay())
                .chunkedDribbleDelay(null)
                .build();
    }

    private long latencyOf(ResponseDefinition definition) {
        long millis = definition.getFixedDelayMilliseconds() == null ? 0 : definition.getFixedDelayMilliseconds();
        if (definition.getDelayDistribution() != null) {
            millis += sample(definition.getDelayDistribution());
        }
        if (definition.getChunkedDribbleDelay() != null
                && definition.getChunkedDribbleDelay().getTotalDuration() != null) {
            millis += definition.getChunkedDribbleDelay().getTotalDuration();
        }
        return Math.max(0, millis);
    }

    /** WireMock's distributions, drawn from the scenario's seeded source instead of WireMock's own. */
    private long sample(DelayDistribution distribution) {
        JsonNode spec = read(Json.write(distribution));
        switch (spec.path("type").asText()) {
            case "uniform": {
                long lower = spec.path("lower").asLong();
                long upper = spec.path("upper").asLong();
                return lower + (long) Math.floor(state.nextDouble() * (upper - lower + 1));
            }
            case "lognormal": {
                double median = spec.path("median").asDouble();
                double sigma = spec.path("sigma").asDouble();
                long value = Math.round(median * Math.exp(state.nextGaussian() * sigma));
                return spec.hasNonNull("maxValue") ? Math.min(value, spec.path("maxValue").asLong()) : value;
            }
            case "fixed":
                return spec.path("milliseconds").asLong();
            default:
                return distribution.sampleMillis();
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read WireMock's delay distribution " + json, e);
        }
    }
}

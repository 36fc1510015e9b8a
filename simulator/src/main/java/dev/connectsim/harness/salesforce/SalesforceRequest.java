package dev.connectsim.harness.salesforce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request the simulated Salesforce received, and what it answered.
 *
 * @param at           the virtual instant it arrived
 * @param method       POST, PATCH ...
 * @param path         the URL path, such as {@code /telephony/v1/voiceCalls}
 * @param headers      the request headers (first value of each)
 * @param body         the request body, empty text when none
 * @param status       the status answered; 0 when the connection was reset or closed instead
 * @param responseBody the body answered, empty text when none
 * @param latency      the delay the stub asked for, charged in virtual time
 * @param fault        the network fault WireMock produced instead of an answer, if any
 */
public record SalesforceRequest(Instant at, String method, String path, Map<String, String> headers, String body,
        int status, String responseBody, Duration latency, Optional<String> fault) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() { };

    public SalesforceRequest {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(responseBody, "responseBody");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(fault, "fault");
    }

    /** The header {@code name}, ignoring case. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst();
    }

    /** The request body as a JSON object, when it is one. */
    public Optional<Map<String, Object>> bodyFields() {
        return object(body);
    }

    /** The response body as a JSON object, when it is one. */
    public Optional<Map<String, Object>> responseFields() {
        return object(responseBody);
    }

    /** A 2xx answer. */
    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    /** {@code POST /telephony/v1/voiceCalls}: createVoiceCall or createTransferVC. */
    public boolean isVoiceCallCreate() {
        return method.equals("POST") && path.equals(SalesforceStub.TELEPHONY_PATH + "/voiceCalls");
    }

    /** {@code PATCH /telephony/v1/voiceCalls/{id}}: updateVoiceCall. */
    public boolean isVoiceCallUpdate() {
        return method.equals("PATCH") && path.startsWith(SalesforceStub.TELEPHONY_PATH + "/voiceCalls/")
                && path.substring((SalesforceStub.TELEPHONY_PATH + "/voiceCalls/").length()).indexOf('/') < 0;
    }

    /** What happened, in one line: "POST /telephony/v1/voiceCalls: 200 after 250 ms". */
    public String summary() {
        String answer = fault.map(f -> "no answer (" + f + ")").orElse(status + " after " + latency.toMillis() + " ms");
        return method + " " + path + ": " + answer;
    }

    private static Optional<Map<String, Object>> object(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Collections.unmodifiableMap(JSON.readValue(text, OBJECT)));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}

package dev.connectsim.harness.salesforce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectsim.lambda.AttemptResult;
import dev.connectsim.lambda.ContactFlowEvent;
import dev.connectsim.lambda.LambdaAttempt;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything the simulated Salesforce received in one scenario, oldest first, and what it means: the VoiceCall
 * records created (per contact), the updates, and the findings (a contact with more than one VoiceCall, a refused
 * token). Built from WireMock's request journal; holds no WireMock type.
 */
public final class SalesforceJournal {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() { };
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final List<SalesforceRequest> requests;
    /** The Lambda attempts of the scenario, to tell which VoiceCalls were created by an attempt whose answer was lost. */
    private final List<LambdaAttempt> attempts;

    public SalesforceJournal(List<SalesforceRequest> requests) {
        this(requests, List.of());
    }

    private SalesforceJournal(List<SalesforceRequest> requests, List<LambdaAttempt> attempts) {
        this.requests = List.copyOf(requests);
        this.attempts = List.copyOf(attempts);
    }

    /**
     * The same journal, knowing the scenario's Lambda attempts: its findings then include each VoiceCall created by an
     * attempt whose answer Connect did not use ({@link SalesforceFinding.Kind#UNUSED_VOICE_CALL}).
     */
    public SalesforceJournal withLambdaAttempts(List<LambdaAttempt> lambdaAttempts) {
        return new SalesforceJournal(requests, lambdaAttempts);
    }

    /** Every request, in the order they arrived. */
    public List<SalesforceRequest> requests() {
        return requests;
    }

    /** Every VoiceCall create request (POST /voiceCalls), answered or not, in order. */
    public List<SalesforceRequest> createRequests() {
        return requests.stream().filter(SalesforceRequest::isVoiceCallCreate).collect(Collectors.toList());
    }

    /** The create requests sent for the contact {@code contactId} (its vendorCallKey), answered or not. */
    public List<SalesforceRequest> createRequestsFor(String contactId) {
        return createRequests().stream()
                .filter(request -> contactId.equals(request.bodyFields().map(body -> body.get("vendorCallKey"))
                        .orElse(null)))
                .collect(Collectors.toList());
    }

    /** The VoiceCall records Salesforce created: create requests it answered 2xx with a voiceCallId. */
    public List<VoiceCallRecord> voiceCalls() {
        List<VoiceCallRecord> records = new ArrayList<>();
        for (SalesforceRequest request : createRequests()) {
            record(request).ifPresent(records::add);
        }
        return List.copyOf(records);
    }

    /** The VoiceCall records created for the contact {@code contactId}. */
    public List<VoiceCallRecord> voiceCallsFor(String contactId) {
        return voiceCalls().stream().filter(call -> contactId.equals(call.vendorCallKey()))
                .collect(Collectors.toList());
    }

    /** The update requests (PATCH /voiceCalls/{id}), in order. */
    public List<SalesforceRequest> updates() {
        return requests.stream().filter(SalesforceRequest::isVoiceCallUpdate).collect(Collectors.toList());
    }

    /**
     * What a person should look at: duplicate VoiceCalls per contact, VoiceCalls created by a Lambda attempt whose
     * answer was not used (when the journal knows the attempts), then refused tokens.
     */
    public List<SalesforceFinding> findings() {
        List<SalesforceFinding> findings = new ArrayList<>();
        Map<String, List<VoiceCallRecord>> byContact = new LinkedHashMap<>();
        for (VoiceCallRecord call : voiceCalls()) {
            byContact.computeIfAbsent(call.vendorCallKey(), key -> new ArrayList<>()).add(call);
        }
        byContact.forEach((contactId, calls) -> {
            if (calls.size() > 1) {
                int sent = createRequestsFor(contactId).size();
                findings.add(new SalesforceFinding(SalesforceFinding.Kind.DUPLICATE_VOICE_CALL, contactId,
                        "contact " + contactId + " has " + calls.size() + " VoiceCall records ("
                                + calls.stream().map(call -> call.voiceCallId() + " at " + time(call.createdAt()))
                                        .collect(Collectors.joining(", "))
                                + ") from " + sent + " create requests: a create was sent again after Salesforce"
                                + " had already created the record (Connect's retry or the flow's loop)"));
            }
        });
        for (SalesforceRequest request : createRequests()) {
            record(request).ifPresent(call -> unusedBy(call).ifPresent(attempt -> findings.add(new SalesforceFinding(
                    SalesforceFinding.Kind.UNUSED_VOICE_CALL, call.vendorCallKey(), "VoiceCall " + call.voiceCallId()
                            + " for contact " + call.vendorCallKey() + " was created at " + time(call.createdAt())
                            + " by a Lambda attempt whose answer Connect did not use (attempt " + attempt.attempt()
                            + ": " + attempt.result().describe() + (attempt.outlivedTimeLimit()
                                    ? ", after Connect stopped waiting" : "") + "): no flow stored its id"))));
        }
        for (SalesforceRequest request : requests) {
            if (request.status() == 401) {
                String why = request.responseFields().map(SalesforceJournal::firstErrorMessage).orElse("")
                        .toString();
                findings.add(new SalesforceFinding(SalesforceFinding.Kind.TOKEN_REFUSED,
                        request.method() + " " + request.path(), "Salesforce refused the token of " + request.method()
                                + " " + request.path() + " at " + time(request.at())
                                + (why.isEmpty() ? "" : ": " + why)));
            }
        }
        return List.copyOf(findings);
    }

    /**
     * The attempt of the telephony function for {@code call}'s contact that was running when Salesforce created it,
     * if its answer was not used: it failed, timed out, or ended after Connect stopped waiting.
     */
    private Optional<LambdaAttempt> unusedBy(VoiceCallRecord call) {
        return attempts.stream()
                .filter(a -> a.handlerCalled() && a.startedAt() != null && a.endedAt() != null)
                .filter(a -> !call.createdAt().isBefore(a.startedAt()) && !call.createdAt().isAfter(a.endedAt()))
                .filter(a -> call.vendorCallKey().equals(a.contactId().orElse(null))
                        || a.event() instanceof ContactFlowEvent e && call.vendorCallKey().equals(
                                e.parameters().get("contactId")))
                .findFirst()
                .filter(a -> a.outlivedTimeLimit() || !(a.result() instanceof AttemptResult.Returned));
    }

    /** The journal as a person reads it: one line per request, then the findings. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (requests.isEmpty()) {
            text.append("Salesforce received no request\n");
        }
        for (SalesforceRequest request : requests) {
            text.append(time(request.at())).append("  ").append(request.summary());
            if (request.isVoiceCallCreate()) {
                request.bodyFields().ifPresent(body -> text.append("  vendorCallKey=").append(body.get("vendorCallKey"))
                        .append(" initiationMethod=").append(body.get("initiationMethod")));
                request.responseFields().map(body -> body.get("voiceCallId"))
                        .ifPresent(id -> text.append(" -> voiceCallId=").append(id));
            }
            text.append('\n');
        }
        for (SalesforceFinding finding : findings()) {
            text.append("FINDING ").append(finding.kind()).append(": ").append(finding.message()).append('\n');
        }
        return text.toString();
    }

    private static Optional<VoiceCallRecord> record(SalesforceRequest request) {
        if (!request.succeeded()) {
            return Optional.empty();
        }
        Optional<Map<String, Object>> answer = request.responseFields();
        Optional<Map<String, Object>> body = request.bodyFields();
        if (answer.isEmpty() || !(answer.get().get("voiceCallId") instanceof String) || body.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> sent = body.get();
        return Optional.of(new VoiceCallRecord((String) answer.get().get("voiceCallId"), text(sent, "vendorCallKey"),
                Optional.ofNullable(text(sent, "parentVoiceCallId")), text(sent, "initiationMethod"),
                Optional.ofNullable(text(sent, "queue")), callAttributes(text(sent, "callAttributes")),
                text(sent, "to"), text(sent, "from"), request.at()));
    }

    private static Map<String, Object> callAttributes(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, OBJECT);
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    private static Object firstErrorMessage(Map<String, Object> body) {
        if (body.get("errors") instanceof List<?> errors && !errors.isEmpty() && errors.get(0) instanceof Map<?, ?> e) {
            return e.get("message") == null ? "" : e.get("message");
        }
        return "";
    }

    private static String text(Map<String, Object> body, String key) {
        Object value = body.get(key);
        return value == null ? null : value.toString();
    }

    private static String time(java.time.Instant instant) {
        return LocalTime.ofInstant(instant, ZoneOffset.UTC).format(TIME);
    }
}

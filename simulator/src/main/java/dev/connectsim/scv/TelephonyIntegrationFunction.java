package dev.connectsim.scv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectsim.lambda.ContactData;
import dev.connectsim.lambda.ContactFlowEvent;
import dev.connectsim.lambda.LambdaContext;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.lambda.LambdaReply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * InvokeTelephonyIntegrationApiFunction, the Salesforce Service Cloud Voice function the flows call, re-implemented
 * from its documented behaviour (handler.js and telephonyIntegrationApi.js of ServiceCloudVoiceLambdas).
 *
 * <p>{@code Details.Parameters.methodName} picks the call; {@code contactId} defaults to the contact's ContactId:
 * <ul>
 *   <li>createVoiceCall: POST {@code /voiceCalls}, initiationMethod Inbound, callSubtype PSTN or WebRTC
 *       (from the segment attribute {@code connect:Subtype}, read without a null check as the original does);</li>
 *   <li>createTransferVC: POST {@code /voiceCalls}, initiationMethod Transfer, parentVoiceCallId the contact's
 *       PreviousContactId, queue its Queue ARN when it has a queue;</li>
 *   <li>updateVoiceCall: PATCH {@code /voiceCalls/{contactId}} with fieldValues;</li>
 *   <li>executeOmniFlow: PATCH {@code /voiceCalls/{contactId}/omniFlow} with flowDevName, fallbackQueue,
 *       dialedNumber and the {@code flowInput-} parameters;</li>
 *   <li>cancelOmniFlowExecution, rerouteFlowExecution: PATCH {@code .../clearRouting}, {@code .../reroute}, no body;</li>
 *   <li>sendMessage: POST {@code /voiceCalls/{contactId}/messages}; it never fails, answering {@code {"result":
 *       "Error"}} instead;</li>
 *   <li>anything else fails with {@code Unsupported method: <name>}.</li>
 * </ul>
 * Only attributes named {@code sfdc-...} are sent, prefix removed, as one JSON string ({@code callAttributes}).
 * Each request carries a new RS256 token. The response data is returned unchanged (a JSON object, or the raw text
 * when the body is not JSON, which Connect then rejects); a non-2xx answer or a network failure is a function error
 * with the original's generic message, so the flow takes its error branch and the HTTP status is lost.
 */
public final class TelephonyIntegrationFunction implements LambdaFunction {

    static final String PROVIDER = "amazon-connect";
    private static final String SFDC_PREFIX = "sfdc-";
    private static final String FLOW_INPUT_PREFIX = "flowInput-";
    private static final String WEBRTC_DEFAULT = "WebRTC_Default";
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** What axios sends for {@code patch(path, null)} with Content-Type application/json: JSON.stringify(null). */
    private static final Optional<String> NULL_BODY = Optional.of("null");

    private final ScvSettings settings;
    private final TelephonyToken token;
    private final TelephonyApiTransport transport;

    public TelephonyIntegrationFunction(ScvSettings settings, TelephonyApiTransport transport) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.token = new TelephonyToken(settings);
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** The function against the telephony API at {@code settings.endpointBase()}, over HTTP. */
    public static TelephonyIntegrationFunction overHttp(ScvSettings settings) {
        return new TelephonyIntegrationFunction(settings, new HttpTelephonyApi(settings.endpointBase()));
    }

    @Override
    public LambdaReply handle(ContactFlowEvent event, LambdaContext context) {
        Map<String, String> parameters = event.parameters();
        ContactData contact = event.contactData();
        String methodName = parameters.get("methodName");
        String given = parameters.get("contactId");
        String contactId = given == null || given.isEmpty() ? contact.contactId() : given;
        try {
            switch (methodName == null ? "undefined" : methodName) {
                case "createVoiceCall":
                    return create(createVoiceCall(contact, contactId, context.now()), context);
                case "createTransferVC":
                    return create(createTransferVC(contact, contactId, context.now()), context);
                case "updateVoiceCall":
                    return throwsOnFailure(patch("/voiceCalls/" + contactId,
                            withCallCenter(parameters.get("fieldValues")), true, context),
                            "Error updating VoiceCall record.");
                case "executeOmniFlow":
                    return throwsOnFailure(patch("/voiceCalls/" + contactId + "/omniFlow",
                            Optional.of(json(omniFlow(contact, parameters))), true, context),
                            "Error executing Omni Flow");
                case "cancelOmniFlowExecution":
                    return throwsOnFailure(patch("/voiceCalls/" + contactId + "/clearRouting", NULL_BODY,
                            false, context), "Error cancelling OmniFlowExecution");
                case "rerouteFlowExecution":
                    return throwsOnFailure(patch("/voiceCalls/" + contactId + "/reroute", NULL_BODY, false,
                            context), "Error in Reroute Flow Execution");
                case "sendMessage":
                    return sendMessage(contactId, withCallCenter(parameters.get("fieldValues")), context);
                default:
                    return LambdaReply.fails("Unsupported method: " + (methodName == null ? "undefined" : methodName));
            }
        } catch (JsTypeError e) {
            return LambdaReply.after(Duration.ZERO).fails("TypeError", e.getMessage());
        }
    }

    private Map<String, Object> createVoiceCall(ContactData contact, String contactId, Instant now) {
        String subtype = Optional.ofNullable(contact.segmentAttributes().get(ContactData.SUBTYPE))
                .orElseThrow(() -> new JsTypeError("Cannot read properties of undefined (reading 'ValueString')"));
        boolean webRtc = subtype.equals("connect:WebRTC");
        String from = webRtc ? webRtcValue(contact.attributes().get("WebRTC_From"), contact.customerEndpoint())
                : address(contact.customerEndpoint());
        String to = webRtc ? webRtcValue(contact.attributes().get("WebRTC_To"), contact.systemEndpoint())
                : address(contact.systemEndpoint());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("callCenterApiName", settings.callCenterApiName());
        body.put("vendorCallKey", contactId);
        body.put("to", to);
        body.put("from", from);
        body.put("initiationMethod", "Inbound");
        body.put("startTime", ISO_MILLIS.format(now));
        body.put("callSubtype", webRtc ? "WebRTC" : "PSTN");
        body.put("callAttributes", callAttributes(contact.attributes()));
        body.put("participants", List.of(endUser(webRtc ? WEBRTC_DEFAULT : address(contact.customerEndpoint()))));
        return body;
    }

    private Map<String, Object> createTransferVC(ContactData contact, String contactId, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("callCenterApiName", settings.callCenterApiName());
        body.put("vendorCallKey", contactId);
        body.put("to", address(contact.systemEndpoint()));
        body.put("from", address(contact.customerEndpoint()));
        body.put("parentVoiceCallId", contact.previousContactId());
        body.put("initiationMethod", "Transfer");
        body.put("startTime", ISO_MILLIS.format(now));
        body.put("callAttributes", callAttributes(contact.attributes()));
        body.put("participants", List.of(endUser(address(contact.customerEndpoint()))));
        if (contact.queue() != null) {
            body.put("queue", contact.queue().arn());
        }
        return body;
    }

    private static Map<String, Object> omniFlow(ContactData contact, Map<String, String> parameters) {
        Map<String, Object> body = new LinkedHashMap<>();
        putDefined(body, "flowDevName", parameters.get("flowDevName"));
        putDefined(body, "fallbackQueue", parameters.get("fallbackQueue"));
        // fieldValues is text when a flow sends it, so fieldValues.dialedNumber is undefined: only SystemEndpoint counts.
        if (contact.systemEndpoint() != null) {
            body.put("dialedNumber", contact.systemEndpoint().address());
        }
        Map<String, String> flowInputs = new LinkedHashMap<>();
        parameters.forEach((key, value) -> {
            if (key.startsWith(FLOW_INPUT_PREFIX)) {
                flowInputs.put(key.substring(FLOW_INPUT_PREFIX.length()), value);
            }
        });
        body.put("flowInputParameters", flowInputs);
        return body;
    }

    private LambdaReply create(Map<String, Object> body, LambdaContext context) {
        TelephonyApiResponse response = transport.send(request("POST", "/voiceCalls", Optional.of(json(body)),
                true, context));
        return throwsOnFailure(response, "Error creating VoiceCall record");
    }

    private LambdaReply sendMessage(String contactId, Optional<String> body, LambdaContext context) {
        TelephonyApiResponse response = transport.send(request("POST", "/voiceCalls/" + contactId + "/messages", body,
                true, context));
        if (response instanceof TelephonyApiResponse.Answered answered && answered.succeeded()) {
            return LambdaReply.after(response.latency()).returnsValue(data(answered.body()));
        }
        return LambdaReply.after(response.latency()).returns(Map.of("result", "Error"));
    }

    private TelephonyApiResponse patch(String path, Optional<String> body, boolean providerHeader,
            LambdaContext context) {
        return transport.send(request("PATCH", path, body, providerHeader, context));
    }

    private static LambdaReply throwsOnFailure(TelephonyApiResponse response, String message) {
        if (response instanceof TelephonyApiResponse.Answered answered && answered.succeeded()) {
            return LambdaReply.after(response.latency()).returnsValue(data(answered.body()));
        }
        return LambdaReply.after(response.latency()).fails(message);
    }

    private TelephonyApiRequest request(String method, String path, Optional<String> body, boolean providerHeader,
            LambdaContext context) {
        return new TelephonyApiRequest(method, path, headers(token.sign(context.now(), jti(context)), providerHeader),
                body);
    }

    /**
     * The headers of every request the function sends, as its axios instance sets them: {@code token} as the bearer,
     * and the provider's name on all but the routing calls ({@code providerHeader}).
     */
    public static Map<String, String> headers(String token, boolean providerHeader) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json, text/plain, */*");
        headers.put("Authorization", "Bearer " + token);
        headers.put("Content-Type", "application/json");
        if (providerHeader) {
            headers.put("Telephony-Provider-Name", PROVIDER);
        }
        return headers;
    }

    /** Unique per attempt (the original uses a time-based uuid v1); derived from the ids, so runs repeat. */
    private static String jti(LambdaContext context) {
        return UUID.nameUUIDFromBytes((context.invocationId() + "/" + context.attempt())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * {@code fieldValues.callCenterApiName = ...}: a TypeError when there are none; ignored on text (a flow's
     * parameters are text), which axios then sends as JSON: trimmed when it parses as JSON, else quoted.
     */
    private static Optional<String> withCallCenter(String fieldValues) {
        if (fieldValues == null) {
            throw new JsTypeError("Cannot set properties of undefined (setting 'callCenterApiName')");
        }
        try {
            if (!fieldValues.isBlank()) {
                JSON.readTree(fieldValues);
                return Optional.of(fieldValues.strip());
            }
            return Optional.of(json(fieldValues));
        } catch (JsonProcessingException e) {
            return Optional.of(json(fieldValues));
        }
    }

    /** What axios hands back as {@code response.data}: parsed JSON, else the raw text. */
    private static Object data(String body) {
        if (body.isEmpty()) {
            return body;
        }
        try {
            return JSON.readValue(body, Object.class);
        } catch (JsonProcessingException e) {
            return body;
        }
    }

    /** JSON.stringify of the {@code sfdc-} attributes, prefix removed. */
    static String callAttributes(Map<String, String> attributes) {
        Map<String, String> sent = new LinkedHashMap<>();
        attributes.forEach((key, value) -> {
            if (key.startsWith(SFDC_PREFIX)) {
                sent.put(key.substring(SFDC_PREFIX.length()), value);
            }
        });
        return json(sent);
    }

    private static Map<String, Object> endUser(String participantKey) {
        Map<String, Object> participant = new LinkedHashMap<>();
        participant.put("participantKey", participantKey);
        participant.put("type", "END_USER");
        return participant;
    }

    private static String webRtcValue(String attribute, ContactData.Endpoint endpoint) {
        if (attribute != null && !attribute.isEmpty()) {
            return attribute;
        }
        if (endpoint != null && endpoint.address() != null && !endpoint.address().isEmpty()) {
            return endpoint.address();
        }
        return WEBRTC_DEFAULT;
    }

    private static String address(ContactData.Endpoint endpoint) {
        if (endpoint == null) {
            throw new JsTypeError("Cannot read properties of null (reading 'Address')");
        }
        return endpoint.address();
    }

    private static void putDefined(Map<String, Object> body, String key, String value) {
        if (value != null) {
            body.put(key, value);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value + " as JSON", e);
        }
    }

    /** Where the Node.js function would throw a TypeError on a missing value. */
    private static final class JsTypeError extends RuntimeException {
        JsTypeError(String message) {
            super(message, null, false, false);
        }
    }
}

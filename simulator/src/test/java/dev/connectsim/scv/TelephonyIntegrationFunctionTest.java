package dev.connectsim.scv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.auth0.jwt.interfaces.Verification;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectsim.lambda.ContactData;
import dev.connectsim.lambda.ContactFlowEvent;
import dev.connectsim.lambda.LambdaContext;
import dev.connectsim.lambda.LambdaReply;
import dev.connectsim.lambda.WarmUpPing;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TelephonyIntegrationFunctionTest {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:05Z");
    private static final String FUNCTION =
            "arn:aws:lambda:us-west-2:123456789012:function:acme-InvokeTelephonyIntegrationApiFunction";
    private static final String CALLER = "+15550100";
    private static final String DIALED = "+18005550100";
    private static final String QUEUE_ARN =
            "arn:aws:connect:us-east-1:123456789012:instance/connect-sim/queue/support-queue-id";
    private static final String ORG = "00D5e000000AcmeEAA";
    private static final String CALL_CENTER = "AcmeCallCenter";
    private static final KeyPair KEYS = rsaKeyPair();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<TelephonyApiRequest> requests = new ArrayList<>();
    /** What the scripted Salesforce answers to every request. */
    private TelephonyApiResponse answer = answered(201, "{\"voiceCallId\":\"0LQ000000000001\"}", 300);
    private final TelephonyApiTransport salesforce = request -> {
        requests.add(request);
        return answer;
    };
    private final TelephonyIntegrationFunction function = new TelephonyIntegrationFunction(
            ScvSettings.of(URI.create("https://acme.my.salesforce-scrt.com/telephony/v1"),
                    (RSAPrivateKey) KEYS.getPrivate()).withOrg(ORG, CALL_CENTER), salesforce);

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TelephonyApiResponse answered(int status, String body, long latencyMillis) {
        return new TelephonyApiResponse.Answered(status, body, Duration.ofMillis(latencyMillis));
    }

    private static LambdaContext context(String invocationId, int attempt, Instant now) {
        return new LambdaContext(invocationId, FUNCTION + ":active", FUNCTION, attempt, now, false,
                ScvSettings.FUNCTION_TIMEOUT);
    }

    private static LambdaContext context() {
        return context("inv-1", 1, NOW);
    }

    /** A PSTN call from CALLER to DIALED; the first leg unless a test says otherwise. */
    private static ContactData.Builder call(String contactId) {
        return ContactData.voice(contactId)
                .customerEndpoint(ContactData.Endpoint.phoneNumber(CALLER))
                .systemEndpoint(ContactData.Endpoint.phoneNumber(DIALED));
    }

    private static ContactData transferLeg() {
        return call("c-2").previousContactId("c-1").initiationMethod("TRANSFER")
                .queue(new ContactData.Queue(QUEUE_ARN, "Support", null)).build();
    }

    private LambdaReply invoke(ContactData contact, String... parameters) {
        return invoke(contact, context(), parameters);
    }

    private LambdaReply invoke(ContactData contact, LambdaContext context, String... parameters) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            map.put(parameters[i], parameters[i + 1]);
        }
        return function.handle(new ContactFlowEvent(contact, map), context);
    }

    private TelephonyApiRequest onlyRequest() {
        assertEquals(1, requests.size(), () -> "expected one request, got " + requests);
        return requests.get(0);
    }

    private JsonNode sentBody() {
        String body = onlyRequest().body().orElseThrow(() -> new AssertionError("the request has no body"));
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("the body is not JSON: " + body, e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static LambdaReply.Returned returned(LambdaReply reply) {
        return assertInstanceOf(LambdaReply.Returned.class, reply, reply::toString);
    }

    private static LambdaReply.Failed failed(LambdaReply reply) {
        return assertInstanceOf(LambdaReply.Failed.class, reply, reply::toString);
    }

    private DecodedJWT verifiedToken(TelephonyApiRequest request, Instant at) {
        String authorization = request.headers().get("Authorization");
        assertNotNull(authorization, () -> "no Authorization header in " + request.headers());
        assertTrue(authorization.startsWith("Bearer "), authorization);
        Verification verification = JWT.require(Algorithm.RSA256((RSAPublicKey) KEYS.getPublic(), null))
                .acceptLeeway(0);
        return ((JWTVerifier.BaseVerification) verification).build(Clock.fixed(at, ZoneOffset.UTC))
                .verify(authorization.substring("Bearer ".length()));
    }

    // createTransferVC

    @Test
    void createTransferVCPostsTheLegWithItsParentAndQueue() {
        invoke(transferLeg(), "methodName", "createTransferVC");

        TelephonyApiRequest request = onlyRequest();
        assertEquals("POST", request.method());
        assertEquals("/voiceCalls", request.path());
        JsonNode body = sentBody();
        assertEquals(List.of("callCenterApiName", "vendorCallKey", "to", "from", "parentVoiceCallId",
                "initiationMethod", "startTime", "callAttributes", "participants", "queue"), fieldNames(body));
        assertEquals(CALL_CENTER, body.get("callCenterApiName").asText());
        assertEquals("c-2", body.get("vendorCallKey").asText());
        assertEquals(DIALED, body.get("to").asText());
        assertEquals(CALLER, body.get("from").asText());
        assertEquals("c-1", body.get("parentVoiceCallId").asText());
        assertEquals("Transfer", body.get("initiationMethod").asText());
        assertEquals("2026-01-05T09:00:05.000Z", body.get("startTime").asText());
        assertEquals("{}", body.get("callAttributes").asText());
        assertEquals(JSON.createArrayNode().add(JSON.createObjectNode().put("participantKey", CALLER)
                .put("type", "END_USER")), body.get("participants"));
        assertEquals(QUEUE_ARN, body.get("queue").asText());
        assertFalse(body.has("callSubtype"), body::toString);
    }

    @Test
    void createTransferVCLeavesOutTheQueueWhenTheContactHasNone() {
        invoke(call("c-2").previousContactId("c-1").build(), "methodName", "createTransferVC");

        assertFalse(sentBody().has("queue"), () -> sentBody().toString());
    }

    @Test
    void createTransferVCWithoutAPreviousContactSendsANullParent() {
        invoke(call("c-2").build(), "methodName", "createTransferVC");

        assertTrue(sentBody().get("parentVoiceCallId").isNull(), () -> sentBody().toString());
    }

    @Test
    void theContactIdParameterIsTheVendorCallKeyWhenGiven() {
        invoke(transferLeg(), "methodName", "createTransferVC", "contactId", "given-id");

        assertEquals("given-id", sentBody().get("vendorCallKey").asText());
    }

    @Test
    void anEmptyContactIdParameterFallsBackToTheContactsOwnId() {
        invoke(transferLeg(), "methodName", "createTransferVC", "contactId", "");

        assertEquals("c-2", sentBody().get("vendorCallKey").asText());
    }

    @Test
    void theStartTimeIsTheVirtualNowWithMillisecondsTruncatedAsJavaScriptWritesIt() {
        invoke(transferLeg(), context("inv-1", 1, Instant.parse("2026-01-05T09:00:05.123456789Z")),
                "methodName", "createTransferVC");

        assertEquals("2026-01-05T09:00:05.123Z", sentBody().get("startTime").asText());
    }

    @Test
    void createTransferVCForAContactWithoutCallerFailsWithATypeErrorAndSendsNothing() {
        LambdaReply reply = invoke(ContactData.voice("c-2").systemEndpoint(ContactData.Endpoint.phoneNumber(DIALED))
                .build(), "methodName", "createTransferVC");

        LambdaReply.Failed failed = failed(reply);
        assertEquals("TypeError", failed.errorType());
        assertEquals("Cannot read properties of null (reading 'Address')", failed.errorMessage());
        assertEquals(List.of(), requests);
    }

    // createVoiceCall

    @Test
    void createVoiceCallPostsAnInboundPstnCall() {
        invoke(call("c-1").build(), "methodName", "createVoiceCall");

        TelephonyApiRequest request = onlyRequest();
        assertEquals("POST", request.method());
        assertEquals("/voiceCalls", request.path());
        JsonNode body = sentBody();
        assertEquals(List.of("callCenterApiName", "vendorCallKey", "to", "from", "initiationMethod", "startTime",
                "callSubtype", "callAttributes", "participants"), fieldNames(body));
        assertEquals(CALL_CENTER, body.get("callCenterApiName").asText());
        assertEquals("c-1", body.get("vendorCallKey").asText());
        assertEquals(DIALED, body.get("to").asText());
        assertEquals(CALLER, body.get("from").asText());
        assertEquals("Inbound", body.get("initiationMethod").asText());
        assertEquals("2026-01-05T09:00:05.000Z", body.get("startTime").asText());
        assertEquals("PSTN", body.get("callSubtype").asText());
        assertEquals(CALLER, body.get("participants").get(0).get("participantKey").asText());
        assertEquals("END_USER", body.get("participants").get(0).get("type").asText());
        assertEquals(1, body.get("participants").size());
    }

    @Test
    void aWebRtcCallTakesFromAndToFromItsAttributes() {
        invoke(call("c-1").segmentAttribute(ContactData.SUBTYPE, "connect:WebRTC")
                .attribute("WebRTC_From", "web-visitor-7").attribute("WebRTC_To", "support-widget").build(),
                "methodName", "createVoiceCall");

        JsonNode body = sentBody();
        assertEquals("WebRTC", body.get("callSubtype").asText());
        assertEquals("web-visitor-7", body.get("from").asText());
        assertEquals("support-widget", body.get("to").asText());
        assertEquals("WebRTC_Default", body.get("participants").get(0).get("participantKey").asText());
    }

    @Test
    void aWebRtcCallWithoutThoseAttributesUsesTheEndpoints() {
        invoke(call("c-1").segmentAttribute(ContactData.SUBTYPE, "connect:WebRTC").attribute("WebRTC_From", "")
                .build(), "methodName", "createVoiceCall");

        JsonNode body = sentBody();
        assertEquals(CALLER, body.get("from").asText(), "an empty attribute counts as none");
        assertEquals(DIALED, body.get("to").asText());
        assertEquals("WebRTC_Default", body.get("participants").get(0).get("participantKey").asText());
    }

    @Test
    void aWebRtcCallWithNeitherAttributesNorEndpointsUsesWebRtcDefault() {
        invoke(ContactData.voice("c-1").segmentAttribute(ContactData.SUBTYPE, "connect:WebRTC").build(),
                "methodName", "createVoiceCall");

        JsonNode body = sentBody();
        assertEquals("WebRTC_Default", body.get("from").asText());
        assertEquals("WebRTC_Default", body.get("to").asText());
        assertEquals("WebRTC", body.get("callSubtype").asText());
    }

    @Test
    void aContactWithoutTheSubtypeSegmentAttributeFailsWithATypeErrorAndSendsNothing() {
        ContactData contact = call("c-1").segmentAttribute(ContactData.SUBTYPE, null).build();
        assertFalse(contact.segmentAttributes().containsKey(ContactData.SUBTYPE));

        LambdaReply.Failed failed = failed(invoke(contact, "methodName", "createVoiceCall"));

        assertEquals("TypeError", failed.errorType());
        assertEquals(Duration.ZERO, failed.runsFor());
        assertEquals(List.of(), requests);
    }

    @Test
    void aPstnCallWithoutCallerFailsWithATypeErrorAndSendsNothing() {
        LambdaReply.Failed failed = failed(invoke(ContactData.voice("c-1")
                .systemEndpoint(ContactData.Endpoint.phoneNumber(DIALED)).build(), "methodName", "createVoiceCall"));

        assertEquals("TypeError", failed.errorType());
        assertEquals(List.of(), requests);
    }

    // callAttributes

    @Test
    void onlySfdcAttributesAreSentWithoutThePrefixAsOneJsonString() {
        invoke(call("c-1").attribute("sfdc-caseId", "500x").attribute("greeting", "hello")
                .attribute("customerTier", "gold").build(), "methodName", "createVoiceCall");

        JsonNode callAttributes = sentBody().get("callAttributes");
        assertTrue(callAttributes.isTextual(), () -> "expected one JSON string, got " + callAttributes);
        assertEquals("{\"caseId\":\"500x\"}", callAttributes.asText());
    }

    @Test
    void severalSfdcAttributesAreAllSentInTheOneString() throws Exception {
        invoke(call("c-2").previousContactId("c-1")
                .attribute("sfdc-caseId", "500x").attribute("sfdc-Reason__c", "billing").attribute("other", "x")
                .build(), "methodName", "createTransferVC");

        JsonNode callAttributes = sentBody().get("callAttributes");
        assertTrue(callAttributes.isTextual(), callAttributes::toString);
        assertEquals(Map.of("caseId", "500x", "Reason__c", "billing"),
                JSON.readValue(callAttributes.asText(), Map.class));
    }

    @Test
    void aCallWithoutSfdcAttributesSendsAnEmptyObjectString() {
        invoke(call("c-1").attribute("greeting", "hello").build(), "methodName", "createVoiceCall");

        assertEquals("{}", sentBody().get("callAttributes").asText());
        assertTrue(sentBody().get("callAttributes").isTextual());
    }

    // headers

    @Test
    void aCreateRequestCarriesTheBearerTokenJsonContentTypeAndProviderName() {
        invoke(call("c-1").build(), "methodName", "createVoiceCall");

        Map<String, String> headers = onlyRequest().headers();
        assertTrue(headers.get("Authorization").matches("Bearer [\\w-]+\\.[\\w-]+\\.[\\w-]+"),
                headers.get("Authorization"));
        assertEquals("application/json", headers.get("Content-Type"));
        assertEquals("amazon-connect", headers.get("Telephony-Provider-Name"));
        assertEquals("application/json, text/plain, */*", headers.get("Accept"), "axios's default Accept");
    }

    @ParameterizedTest(name = "{0} patches {1} without provider name")
    @CsvSource({"cancelOmniFlowExecution, /voiceCalls/c-1/clearRouting",
            "rerouteFlowExecution, /voiceCalls/c-1/reroute"})
    void clearRoutingAndRerouteArePatchesWithoutProviderName(String methodName, String path) {
        answer = answered(200, "{\"success\":true}", 120);

        LambdaReply reply = invoke(call("c-1").build(), "methodName", methodName);

        TelephonyApiRequest request = onlyRequest();
        assertEquals("PATCH", request.method());
        assertEquals(path, request.path());
        assertFalse(request.headers().containsKey("Telephony-Provider-Name"), request.headers()::toString);
        assertTrue(request.headers().get("Authorization").startsWith("Bearer "));
        assertEquals("application/json", request.headers().get("Content-Type"));
        assertEquals(Map.of("success", true), returned(reply).body());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cancelOmniFlowExecution", "rerouteFlowExecution"})
    void clearRoutingAndRerouteSendTheJsonNullBodyAxiosSends(String methodName) {
        invoke(call("c-1").build(), "methodName", methodName);

        assertEquals(Optional.of("null"), onlyRequest().body());
    }

    @Test
    void clearRoutingUsesTheContactIdParameterWhenGiven() {
        invoke(call("c-1").build(), "methodName", "cancelOmniFlowExecution", "contactId", "0LQ000000000009");

        assertEquals("/voiceCalls/0LQ000000000009/clearRouting", onlyRequest().path());
    }

    // the JWT

    @Test
    void theTokenIsSignedRs256ByTheOrgForTheCallCenterAndLivesFiveMinutes() {
        invoke(call("c-1").build(), "methodName", "createVoiceCall");

        DecodedJWT token = verifiedToken(onlyRequest(), NOW);
        assertEquals("RS256", token.getAlgorithm());
        assertEquals("JWT", token.getType());
        assertEquals(ORG, token.getIssuer());
        assertEquals(CALL_CENTER, token.getSubject());
        assertEquals(NOW, token.getIssuedAtAsInstant());
        assertEquals(NOW.plus(Duration.ofMinutes(5)), token.getExpiresAtAsInstant());
        assertNull(token.getAudience(), "the function never sends its audience");
        assertNotNull(token.getId());
        assertFalse(token.getId().isBlank());
    }

    @Test
    void theTokenTimesAreWholeSecondsAsJsonwebtokenWritesThem() {
        Instant midSecond = Instant.parse("2026-01-05T09:00:02.100Z");

        invoke(call("c-1").build(), context("inv-1", 1, midSecond), "methodName", "createVoiceCall");

        DecodedJWT token = verifiedToken(onlyRequest(), midSecond);
        assertEquals(Instant.parse("2026-01-05T09:00:02Z"), token.getIssuedAtAsInstant());
        assertEquals(Instant.parse("2026-01-05T09:05:02Z"), token.getExpiresAtAsInstant());
        assertEquals("2026-01-05T09:00:02.100Z", sentBody().get("startTime").asText(), "the body keeps milliseconds");
    }

    @Test
    void theTokenIsStillValidJustBeforeFiveMinutesAndExpiredJustAfter() {
        invoke(call("c-1").build(), "methodName", "createVoiceCall");

        verifiedToken(onlyRequest(), NOW.plus(Duration.ofMinutes(5)).minusSeconds(1));
        assertThrows(TokenExpiredException.class,
                () -> verifiedToken(onlyRequest(), NOW.plus(Duration.ofMinutes(5)).plusSeconds(1)));
    }

    @Test
    void theTokenDoesNotVerifyWithAnotherCallCentersKey() {
        invoke(call("c-1").build(), "methodName", "createVoiceCall");
        String token = onlyRequest().headers().get("Authorization").substring("Bearer ".length());
        KeyPair other = rsaKeyPair();

        Verification verification = JWT.require(Algorithm.RSA256((RSAPublicKey) other.getPublic(), null));
        JWTVerifier verifier = ((JWTVerifier.BaseVerification) verification).build(Clock.fixed(NOW, ZoneOffset.UTC));

        assertThrows(SignatureVerificationException.class, () -> verifier.verify(token));
    }

    @Test
    void eachAttemptGetsItsOwnTokenId() {
        ContactData contact = call("c-1").build();
        invoke(contact, context("inv-1", 1, NOW), "methodName", "createVoiceCall");
        invoke(contact, context("inv-1", 2, NOW.plusMillis(100)), "methodName", "createVoiceCall");
        invoke(contact, context("inv-2", 1, NOW.plusSeconds(9)), "methodName", "createVoiceCall");

        assertEquals(3, requests.size());
        String first = verifiedToken(requests.get(0), NOW).getId();
        String retry = verifiedToken(requests.get(1), NOW.plusMillis(100)).getId();
        String nextInvocation = verifiedToken(requests.get(2), NOW.plusSeconds(9)).getId();
        assertNotEquals(first, retry, "a retry of the same invocation");
        assertNotEquals(first, nextInvocation, "another invocation");
        assertNotEquals(retry, nextInvocation);
    }

    @Test
    void theTokenIssuedAtFollowsTheVirtualClock() {
        Instant later = NOW.plus(Duration.ofHours(3));

        invoke(call("c-1").build(), context("inv-9", 1, later), "methodName", "createVoiceCall");

        DecodedJWT token = verifiedToken(onlyRequest(), later);
        assertEquals(later, token.getIssuedAtAsInstant());
        assertEquals(later.plus(Duration.ofMinutes(5)), token.getExpiresAtAsInstant());
    }

    // outcomes

    @Test
    void aSuccessfulAnswerReturnsTheParsedBodyUnchangedAfterTheLatency() {
        answer = answered(201, "{\"voiceCallId\":\"0LQ000000000001\",\"errors\":[]}", 350);

        LambdaReply.Returned returned = returned(invoke(call("c-1").build(), "methodName", "createVoiceCall"));

        assertEquals(Duration.ofMillis(350), returned.runsFor());
        assertEquals(Map.of("voiceCallId", "0LQ000000000001", "errors", List.of()), returned.body());
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {500, 401, 429, 404})
    void aNon2xxAnswerFailsWithTheGenericErrorAfterTheLatency(int status) {
        answer = answered(status, "[{\"errorCode\":\"X\",\"message\":\"nope\"}]", 700);

        LambdaReply.Failed failed = failed(invoke(transferLeg(), "methodName", "createTransferVC"));

        assertEquals(Duration.ofMillis(700), failed.runsFor());
        assertEquals("Error", failed.errorType());
        assertEquals("Error creating VoiceCall record", failed.errorMessage());
    }

    @Test
    void anUnreachableSalesforceFailsTheSameWayAfterTheLatency() {
        answer = new TelephonyApiResponse.Unreachable("SocketException: Connection reset", Duration.ofSeconds(2));

        LambdaReply.Failed failed = failed(invoke(call("c-1").build(), "methodName", "createVoiceCall"));

        assertEquals(Duration.ofSeconds(2), failed.runsFor());
        assertEquals("Error", failed.errorType());
        assertEquals("Error creating VoiceCall record", failed.errorMessage());
    }

    @Test
    void a200WhoseBodyIsNotJsonReturnsTheRawText() {
        answer = answered(200, "<html>Service Unavailable</html>", 40);

        LambdaReply.Returned returned = returned(invoke(call("c-1").build(), "methodName", "createVoiceCall"));

        assertEquals("<html>Service Unavailable</html>", returned.body());
        assertEquals(Duration.ofMillis(40), returned.runsFor());
    }

    @Test
    void a200WhoseBodyHasTextAfterTheJsonReturnsTheRawText() {
        answer = answered(200, "{\"voiceCallId\":\"0LQ1\"} trailing", 40);

        LambdaReply.Returned returned = returned(invoke(call("c-1").build(), "methodName", "createVoiceCall"));

        assertEquals("{\"voiceCallId\":\"0LQ1\"} trailing", returned.body());
    }

    @Test
    void anEmptySuccessfulAnswerReturnsEmptyText() {
        answer = answered(204, "", 60);

        LambdaReply.Returned returned = returned(invoke(call("c-1").build(), "methodName", "updateVoiceCall",
                "fieldValues", "{\"callOrigin\":\"Inbound\"}"));

        assertEquals("", returned.body());
    }

    @ParameterizedTest(name = "{0} fails with \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "updateVoiceCall|Error updating VoiceCall record.",
            "executeOmniFlow|Error executing Omni Flow",
            "cancelOmniFlowExecution|Error cancelling OmniFlowExecution",
            "rerouteFlowExecution|Error in Reroute Flow Execution"})
    void eachMethodFailsWithItsOwnMessage(String methodName, String message) {
        answer = answered(500, "", 250);

        LambdaReply.Failed failed = failed(invoke(call("c-1").build(), "methodName", methodName,
                "fieldValues", "{}", "flowDevName", "Route_Call"));

        assertEquals("Error", failed.errorType());
        assertEquals(message, failed.errorMessage());
        assertEquals(Duration.ofMillis(250), failed.runsFor());
        assertEquals(1, requests.size());
    }

    @Test
    void sendMessagePostsTheFieldValuesToTheCallsMessages() {
        answer = answered(200, "{\"result\":\"Success\"}", 90);

        LambdaReply.Returned returned = returned(invoke(call("c-1").build(), "methodName", "sendMessage",
                "fieldValues", "{\"content\":\"hello\"}"));

        TelephonyApiRequest request = onlyRequest();
        assertEquals("POST", request.method());
        assertEquals("/voiceCalls/c-1/messages", request.path());
        assertEquals(Optional.of("{\"content\":\"hello\"}"), request.body());
        assertEquals("amazon-connect", request.headers().get("Telephony-Provider-Name"));
        assertEquals(Map.of("result", "Success"), returned.body());
    }

    @Test
    void sendMessageNeverFailsButAnswersResultErrorOnA500() {
        answer = answered(500, "{\"message\":\"boom\"}", 80);

        LambdaReply.Returned returned = returned(invoke(call("c-1").build(), "methodName", "sendMessage",
                "fieldValues", "{\"content\":\"hello\"}"));

        assertEquals(Map.of("result", "Error"), returned.body());
        assertEquals(Duration.ofMillis(80), returned.runsFor());
    }

    @Test
    void sendMessageAnswersResultErrorWhenSalesforceIsUnreachable() {
        answer = new TelephonyApiResponse.Unreachable("ConnectException", Duration.ofMillis(15));

        LambdaReply.Returned returned = returned(invoke(call("c-1").build(), "methodName", "sendMessage",
                "fieldValues", "{}"));

        assertEquals(Map.of("result", "Error"), returned.body());
    }

    @Test
    void anUnknownMethodFailsAtOnceWithoutARequest() {
        LambdaReply.Failed failed = failed(invoke(call("c-1").build(), "methodName", "deleteVoiceCall"));

        assertEquals("Error", failed.errorType());
        assertEquals("Unsupported method: deleteVoiceCall", failed.errorMessage());
        assertEquals(Duration.ZERO, failed.runsFor());
        assertEquals(List.of(), requests);
    }

    @Test
    void aMissingMethodNameFailsAsUndefined() {
        LambdaReply.Failed failed = failed(invoke(call("c-1").build()));

        assertEquals("Error", failed.errorType());
        assertEquals("Unsupported method: undefined", failed.errorMessage());
        assertEquals(List.of(), requests);
    }

    // updateVoiceCall

    @Test
    void updateVoiceCallPatchesTheCallWithTheFieldValuesTextAsIs() {
        answer = answered(200, "{\"success\":true}", 110);
        String fieldValues = "{\"callOrigin\": \"Transfer\", \"agentId\":\"005x\"}";

        LambdaReply.Returned returned = returned(invoke(call("c-1").build(), "methodName", "updateVoiceCall",
                "fieldValues", fieldValues));

        TelephonyApiRequest request = onlyRequest();
        assertEquals("PATCH", request.method());
        assertEquals("/voiceCalls/c-1", request.path());
        assertEquals(Optional.of(fieldValues), request.body());
        assertEquals("amazon-connect", request.headers().get("Telephony-Provider-Name"));
        assertEquals(Map.of("success", true), returned.body());
        assertEquals(Duration.ofMillis(110), returned.runsFor());
    }

    @Test
    void updateVoiceCallSendsTheFieldValuesTextAsAxiosSerialisesIt() {
        invoke(call("c-1").build(), "methodName", "updateVoiceCall", "fieldValues", "  {\"callOrigin\":\"Transfer\"}\n");
        invoke(call("c-1").build(), "methodName", "updateVoiceCall", "fieldValues", "callOrigin=Transfer");

        assertEquals(Optional.of("{\"callOrigin\":\"Transfer\"}"), requests.get(0).body(), "JSON text, trimmed");
        assertEquals(Optional.of("\"callOrigin=Transfer\""), requests.get(1).body(), "other text, as a JSON string");
    }

    @Test
    void updateVoiceCallPatchesTheCallNamedByTheContactIdParameter() {
        invoke(call("c-1").build(), "methodName", "updateVoiceCall", "contactId", "c-0", "fieldValues", "{}");

        assertEquals("/voiceCalls/c-0", onlyRequest().path());
    }

    @Test
    void updateVoiceCallWithoutFieldValuesFailsWithATypeErrorAndSendsNothing() {
        LambdaReply.Failed failed = failed(invoke(call("c-1").build(), "methodName", "updateVoiceCall"));

        assertEquals("TypeError", failed.errorType());
        assertEquals(List.of(), requests);
    }

    // executeOmniFlow

    @Test
    void executeOmniFlowPatchesTheFlowTheFallbackTheDialedNumberAndTheFlowInputs() {
        answer = answered(200, "{\"routingInstructions\":{}}", 500);

        LambdaReply.Returned returned = returned(invoke(call("c-1").build(), "methodName", "executeOmniFlow",
                "flowDevName", "Route_Support", "fallbackQueue", "00G000000000001",
                "flowInput-caseId", "500x", "flowInput-tier", "gold", "unrelated", "x"));

        TelephonyApiRequest request = onlyRequest();
        assertEquals("PATCH", request.method());
        assertEquals("/voiceCalls/c-1/omniFlow", request.path());
        assertEquals("amazon-connect", request.headers().get("Telephony-Provider-Name"));
        JsonNode body = sentBody();
        assertEquals(List.of("flowDevName", "fallbackQueue", "dialedNumber", "flowInputParameters"),
                fieldNames(body));
        assertEquals("Route_Support", body.get("flowDevName").asText());
        assertEquals("00G000000000001", body.get("fallbackQueue").asText());
        assertEquals(DIALED, body.get("dialedNumber").asText());
        JsonNode inputs = body.get("flowInputParameters");
        assertTrue(inputs.isObject(), () -> "expected a JSON object, got " + inputs);
        assertEquals(JSON.createObjectNode().put("caseId", "500x").put("tier", "gold"), inputs);
        assertEquals(Map.of("routingInstructions", Map.of()), returned.body());
        assertEquals(Duration.ofMillis(500), returned.runsFor());
    }

    @Test
    void executeOmniFlowWithoutFlowInputsOrSystemEndpointSendsEmptyInputsAndNoDialedNumber() {
        invoke(ContactData.voice("c-1").build(), "methodName", "executeOmniFlow", "flowDevName", "Route_Support",
                "fieldValues", "{\"dialedNumber\":\"+18005550199\"}");

        JsonNode body = sentBody();
        assertFalse(body.has("dialedNumber"), body::toString);
        assertFalse(body.has("fallbackQueue"), body::toString);
        assertEquals(JSON.createObjectNode(), body.get("flowInputParameters"));
    }

    // keep-warm

    @Test
    void aKeepWarmPingIsAnsweredAtOnceWithoutARequest() {
        WarmUpPing ping = new WarmUpPing("ping-1", NOW, "us-west-2", "123456789012",
                "arn:aws:events:us-west-2:123456789012:rule/keep-warm");

        LambdaReply.Returned returned = returned(function.warmUp(ping, context()));

        assertEquals(Map.of("statusCode", 200, "message", "Keep Lambda Warm"), returned.body());
        assertEquals(Duration.ZERO, returned.runsFor());
        assertEquals(List.of(), requests);
    }
}

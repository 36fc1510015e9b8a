package dev.connectsim.harness.salesforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectsim.scv.ScvSettings;
import dev.connectsim.scv.TelephonyToken;
import dev.connectsim.sim.Simulation;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SalesforceStubTest {

    private static final Path STUBS = Path.of("..", "stubs");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VOICE_CALL_ID = Pattern.compile("0LQ[A-Z0-9]{12}");
    private static final String LATENCY = "X-Connect-Sim-Latency-Ms";
    private static final String CREATE = "/telephony/v1/voiceCalls";
    private static final String CREATE_BODY = "{\"callCenterApiName\": \"ConnectSimCallCenter\","
            + " \"vendorCallKey\": \"11111111-2222-3333-4444-555555555555\", \"to\": \"+18005550100\","
            + " \"from\": \"+15550100\", \"initiationMethod\": \"Inbound\", \"startTime\": \"2026-01-05T09:00:00Z\","
            + " \"participants\": [{\"participantKey\": \"+15550100\", \"type\": \"END_USER\"}],"
            + " \"callAttributes\": \"{\\\"caseId\\\":\\\"500x\\\"}\"}";

    private final StubRequests requests = new StubRequests();
    private final List<SalesforceStub> started = new ArrayList<>();
    private SalesforceStub salesforce;
    private int tokenIds;

    @BeforeEach
    void startSalesforce() {
        salesforce = start(STUBS, 1);
    }

    @AfterEach
    void stopSalesforce() {
        started.forEach(SalesforceStub::close);
    }

    // --- creating a VoiceCall

    @Test
    void aCreateWithAValidTokenGetsANewVoiceCallIdAndReportsTheStubDelayWithoutSleeping() throws Exception {
        HttpResponse<String> response = create(salesforce);

        assertEquals(200, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertTrue(VOICE_CALL_ID.matcher(body.path("voiceCallId").asText()).matches(), response.body());
        assertTrue(body.path("errors").isArray() && body.path("errors").isEmpty(), response.body());
        assertEquals(Optional.of("250"), response.headers().firstValue(LATENCY));
        assertEquals(Optional.of(0), salesforce.addedDelayOfLastRequest());
    }

    @Test
    void twoStubsStartedWithTheSameSeedHandOutTheSameVoiceCallIdsInTheSameOrder() throws Exception {
        SalesforceStub first = start(STUBS, 42);
        SalesforceStub second = start(STUBS, 42);

        List<String> fromFirst = List.of(voiceCallId(create(first)), voiceCallId(create(first)),
                voiceCallId(create(first)));
        List<String> fromSecond = List.of(voiceCallId(create(second)), voiceCallId(create(second)),
                voiceCallId(create(second)));

        assertEquals(fromFirst, fromSecond);
        assertEquals(3, fromFirst.stream().distinct().count(), "each create gets its own id: " + fromFirst);
    }

    @Test
    void stubsStartedWithDifferentSeedsHandOutDifferentVoiceCallIds() throws Exception {
        SalesforceStub first = start(STUBS, 42);
        SalesforceStub second = start(STUBS, 43);

        List<String> fromFirst = List.of(voiceCallId(create(first)), voiceCallId(create(first)));
        List<String> fromSecond = List.of(voiceCallId(create(second)), voiceCallId(create(second)));

        assertNotEquals(fromFirst, fromSecond);
    }

    // --- tokens

    @Test
    void aTokenSignedWithAnotherKeyIsRefusedBecauseItsSignatureDoesNotVerify() throws Exception {
        String token = JWT.create().withIssuedAt(Simulation.DEFAULT_START)
                .withExpiresAt(Simulation.DEFAULT_START.plus(Duration.ofMinutes(5)))
                .withIssuer(ScvSettings.DEFAULT_ORG_ID).withSubject(ScvSettings.DEFAULT_CALL_CENTER)
                .withJWTId("jti-other-key").sign(Algorithm.RSA256(null, anotherPrivateKey()));

        HttpResponse<String> response = send("POST", CREATE, Optional.of(token), CREATE_BODY);

        assertRefused(response, "signature");
    }

    @Test
    void aTokenIssuedByAnotherOrgIsRefusedNamingTheIssuer() throws Exception {
        String token = signedToken(Simulation.DEFAULT_START, "00D999999999999AAA", ScvSettings.DEFAULT_CALL_CENTER);

        HttpResponse<String> response = send("POST", CREATE, Optional.of(token), CREATE_BODY);

        String why = assertRefused(response, "iss");
        assertTrue(why.contains("00D999999999999AAA") && why.contains(ScvSettings.DEFAULT_ORG_ID), why);
    }

    @Test
    void aTokenForAnotherCallCenterIsRefusedNamingTheSubject() throws Exception {
        String token = signedToken(Simulation.DEFAULT_START, ScvSettings.DEFAULT_ORG_ID, "SomeOtherCallCenter");

        HttpResponse<String> response = send("POST", CREATE, Optional.of(token), CREATE_BODY);

        String why = assertRefused(response, "sub");
        assertTrue(why.contains("SomeOtherCallCenter") && why.contains(ScvSettings.DEFAULT_CALL_CENTER), why);
    }

    @Test
    void aTokenIssuedTenMinutesBeforeTheFollowedClockIsRefusedAsExpired() throws Exception {
        String token = token(Simulation.DEFAULT_START.minus(Duration.ofMinutes(10)));

        HttpResponse<String> response = send("POST", CREATE, Optional.of(token), CREATE_BODY);

        assertRefused(response, "expired");
    }

    @Test
    void aTokenThatLivesLongerThanTwentyFourHoursIsRefused() throws Exception {
        ScvSettings longLived = new ScvSettings(ScvSettings.DEFAULT_ORG_ID, ScvSettings.DEFAULT_CALL_CENTER,
                salesforce.settings().endpointBase(), CallCenterKeys.privateKey(), Duration.ofHours(25),
                salesforce.settings().function());
        String token = new TelephonyToken(longLived).sign(Simulation.DEFAULT_START, "jti-long-lived");

        HttpResponse<String> response = send("POST", CREATE, Optional.of(token), CREATE_BODY);

        assertRefused(response, "24 hours");
    }

    @Test
    void aTokenIdUsedTwiceIsAcceptedTheFirstTimeAndRefusedTheSecond() throws Exception {
        String token = new TelephonyToken(salesforce.settings()).sign(Simulation.DEFAULT_START, "jti-twice");

        HttpResponse<String> first = send("POST", CREATE, Optional.of(token), CREATE_BODY);
        HttpResponse<String> second = send("POST", CREATE, Optional.of(token), CREATE_BODY);

        assertEquals(200, first.statusCode(), first.body());
        String why = assertRefused(second, "already used");
        assertTrue(why.contains("jti-twice"), why);
    }

    @Test
    void aRequestWithoutAnAuthorizationHeaderIsRefusedByTheMissingTokenStub() throws Exception {
        HttpResponse<String> response = send("POST", CREATE, Optional.empty(), CREATE_BODY);

        assertRefused(response, "No bearer token");
    }

    @Test
    void aTokenIsCheckedAgainstTheFollowedClockAndExpiresWhenThatClockMovesOn() throws Exception {
        Instant issued = Instant.parse("2026-03-01T12:00:00Z");
        AtomicReference<Instant> clock = new AtomicReference<>(issued);
        salesforce.followClock(clock::get);
        String token = new TelephonyToken(salesforce.settings()).sign(issued, "jti-followed-clock");

        HttpResponse<String> accepted = send("POST", CREATE, Optional.of(token), CREATE_BODY);
        clock.set(issued.plus(Duration.ofMinutes(6)));
        HttpResponse<String> later = send("POST", CREATE, Optional.of(token), CREATE_BODY);

        assertEquals(200, accepted.statusCode(), accepted.body());
        assertRefused(later, "expired");
    }

    // --- the other endpoints

    @Test
    void anUpdateIsAcceptedAsPending() throws Exception {
        HttpResponse<String> response = send("PATCH", CREATE + "/0LQ000000000001",
                Optional.of(token(Simulation.DEFAULT_START)), "{\"callCenterApiName\": \"ConnectSimCallCenter\","
                        + " \"endTime\": \"2026-01-05T09:05:00Z\"}");

        assertEquals(200, response.statusCode());
        assertEquals("pending", JSON.readTree(response.body()).path("status").asText());
        assertEquals(Optional.of("150"), response.headers().firstValue(LATENCY));
    }

    @Test
    void anOmniFlowExecutionRoutesToTheFallbackQueueItWasSent() throws Exception {
        String queue = "arn:aws:connect:us-east-1:123456789012:instance/abc/queue/q1";

        HttpResponse<String> response = send("PATCH", CREATE + "/0LQ000000000001/omniFlow",
                Optional.of(token(Simulation.DEFAULT_START)),
                "{\"flowDevName\": \"Route\", \"fallbackQueue\": \"" + queue + "\", \"dialedNumber\": \"+18005550100\"}");

        assertEquals(200, response.statusCode());
        assertEquals(queue, JSON.readTree(response.body()).path("queue").asText());
    }

    @Test
    void clearingTheRoutingAndReroutingAreAccepted() throws Exception {
        HttpResponse<String> cleared = send("PATCH", CREATE + "/0LQ000000000001/clearRouting",
                Optional.of(token(Simulation.DEFAULT_START)), "{}");
        HttpResponse<String> rerouted = send("PATCH", CREATE + "/0LQ000000000001/reroute",
                Optional.of(token(Simulation.DEFAULT_START)), "{}");

        assertEquals(200, cleared.statusCode(), cleared.body());
        assertEquals(200, rerouted.statusCode(), rerouted.body());
    }

    @Test
    void aTranscriptMessageForOneVoiceCallIsAccepted() throws Exception {
        HttpResponse<String> response = send("POST", CREATE + "/0LQ000000000001/messages",
                Optional.of(token(Simulation.DEFAULT_START)),
                "{\"participantId\": \"END_USER\", \"messageId\": \"m1\", \"startTime\": 1, \"endTime\": 2,"
                        + " \"content\": \"hello\"}");

        assertEquals(200, response.statusCode());
        assertEquals("Accepted", JSON.readTree(response.body()).path("result").asText());
    }

    @Test
    void transcriptMessagesInBulkAreAccepted() throws Exception {
        HttpResponse<String> response = send("POST", CREATE + "/messages", Optional.of(token(Simulation.DEFAULT_START)),
                "{\"entries\": [{\"voiceCallId\": \"0LQ000000000001\", \"messages\": []}]}");

        assertEquals(200, response.statusCode());
        assertEquals("Accepted", JSON.readTree(response.body()).path("result").asText());
    }

    @Test
    void aJwtBearerTokenRequestGetsABearerAccessToken() throws Exception {
        HttpResponse<String> response = sendForm("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer"
                + "&assertion=" + token(Simulation.DEFAULT_START));

        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertTrue(!body.path("access_token").asText().isEmpty(), response.body());
        assertEquals("Bearer", body.path("token_type").asText());
    }

    @Test
    void aPasswordGrantTokenRequestIsRefusedAsAnInvalidGrant() throws Exception {
        HttpResponse<String> response = sendForm("grant_type=password&username=u&password=p");

        assertEquals(400, response.statusCode());
        assertEquals("invalid_grant", JSON.readTree(response.body()).path("error").asText());
    }

    // --- faults

    @Test
    void withCreate500SwitchedOnEveryCreateFails() throws Exception {
        salesforce.switchOn(SalesforceFault.CREATE_500);

        assertEquals(500, create(salesforce).statusCode());
        assertEquals(500, create(salesforce).statusCode());
        assertEquals(500, create(salesforce).statusCode());
    }

    @Test
    void afterSwitchOffCreatesSucceedAgain() throws Exception {
        salesforce.switchOn(SalesforceFault.CREATE_500);
        assertEquals(500, create(salesforce).statusCode());

        salesforce.switchOff();

        assertEquals(200, create(salesforce).statusCode());
    }

    @Test
    void create429SwitchedOnForTwoRequestsThrottlesExactlyTheNextTwoCreates() throws Exception {
        salesforce.switchOn(SalesforceFault.CREATE_429, 2);

        HttpResponse<String> first = create(salesforce);
        HttpResponse<String> second = create(salesforce);
        HttpResponse<String> third = create(salesforce);

        assertEquals(429, first.statusCode());
        assertEquals(Optional.of("1"), first.headers().firstValue("Retry-After"));
        assertEquals("REQUEST_LIMIT_EXCEEDED",
                JSON.readTree(first.body()).path("errors").path(0).path("errorCode").asText());
        assertEquals(429, second.statusCode());
        assertEquals(200, third.statusCode(), third.body());
        assertTrue(VOICE_CALL_ID.matcher(voiceCallId(third)).matches(), third.body());
    }

    /** Issue 17: a second fault step silently replaced the first; "slow once, then always 500" lost the slow one. */
    @Test
    void aSlowNextCreateAndA500ForEveryCreateCombineWhicheverIsSwitchedOnFirst() throws Exception {
        salesforce.switchOn(SalesforceFault.CREATE_500);
        salesforce.switchOn(SalesforceFault.CREATE_SLOW, 1);

        HttpResponse<String> slow = create(salesforce);

        assertEquals(200, slow.statusCode());
        assertEquals(Optional.of("9000"), slow.headers().firstValue(LATENCY));
        assertEquals(500, create(salesforce).statusCode());
        assertEquals(500, create(salesforce).statusCode());
    }

    @Test
    void twoCreatesAnsweringAfterTheirOwnDelaysApplyOneAfterTheOther() throws Exception {
        salesforce.createAnswersAfter(Duration.ofSeconds(12), 1);
        salesforce.createAnswersAfter(Duration.ofSeconds(3), 1);

        assertEquals(Optional.of("12000"), create(salesforce).headers().firstValue(LATENCY));
        assertEquals(Optional.of("3000"), create(salesforce).headers().firstValue(LATENCY));
        assertEquals(Optional.of("250"), create(salesforce).headers().firstValue(LATENCY));
    }

    @Test
    void aMalformedCreateAnswers200WithABodyThatIsNotJson() throws Exception {
        salesforce.switchOn(SalesforceFault.CREATE_MALFORMED);

        HttpResponse<String> response = create(salesforce);

        assertEquals(200, response.statusCode());
        assertThrows(JsonProcessingException.class, () -> JSON.readTree(response.body()), response.body());
    }

    @Test
    void aConnectionResetOnCreateMakesTheHttpClientFail() {
        salesforce.switchOn(SalesforceFault.CREATE_CONNECTION_RESET);

        assertThrows(IOException.class, () -> create(salesforce));
    }

    @Test
    void aSlowCreateReportsNineSecondsOfLatencyButDoesNotSleep() throws Exception {
        salesforce.switchOn(SalesforceFault.CREATE_SLOW);

        HttpResponse<String> response = create(salesforce);

        assertEquals(200, response.statusCode());
        assertTrue(VOICE_CALL_ID.matcher(voiceCallId(response)).matches(), response.body());
        assertEquals(Optional.of("9000"), response.headers().firstValue(LATENCY));
        assertEquals(Optional.of(0), salesforce.addedDelayOfLastRequest());
    }

    @Test
    void createAnswersAfterTwelveSecondsForOneRequestThenAtTheUsualDelay() throws Exception {
        salesforce.createAnswersAfter(Duration.ofSeconds(12), 1);

        HttpResponse<String> slow = create(salesforce);
        HttpResponse<String> usual = create(salesforce);

        assertEquals(200, slow.statusCode());
        assertEquals(Optional.of("12000"), slow.headers().firstValue(LATENCY));
        assertEquals(Optional.of(0), salesforce.addedDelayOfLastRequest());
        assertEquals(200, usual.statusCode(), usual.body());
        assertEquals(Optional.of("250"), usual.headers().firstValue(LATENCY));
    }

    @Test
    void faultsApplyOnlyToCreatesSoAnUpdateStillAnswersNormally() throws Exception {
        salesforce.switchOn(SalesforceFault.CREATE_500);

        HttpResponse<String> update = send("PATCH", CREATE + "/0LQ000000000001",
                Optional.of(token(Simulation.DEFAULT_START)), "{\"callCenterApiName\": \"ConnectSimCallCenter\"}");

        assertEquals(200, update.statusCode());
        assertEquals("pending", JSON.readTree(update.body()).path("status").asText());
        assertEquals(500, create(salesforce).statusCode());
    }

    @Test
    void aCreateWithABadTokenIsRefusedEvenWhileAFaultIsSwitchedOn() throws Exception {
        salesforce.switchOn(SalesforceFault.CREATE_SLOW);
        String expired = token(Simulation.DEFAULT_START.minus(Duration.ofMinutes(10)));

        HttpResponse<String> response = send("POST", CREATE, Optional.of(expired), CREATE_BODY);

        assertRefused(response, "expired");
    }

    @Test
    void aCreateWithoutATokenIsRefusedEvenWhileAFaultIsSwitchedOn() throws Exception {
        salesforce.switchOn(SalesforceFault.CREATE_SLOW);

        HttpResponse<String> response = send("POST", CREATE, Optional.empty(), CREATE_BODY);

        assertRefused(response, "No bearer token");
    }

    @Test
    void switchingOnAFaultWhoseStubFileIsMissingIsRefusedNamingTheFault(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("mappings"));
        Files.createDirectories(root.resolve("__files"));
        SalesforceStub empty = start(root, 1);

        StubsException refused = assertThrows(StubsException.class,
                () -> empty.switchOn(SalesforceFault.CREATE_500));

        assertTrue(refused.getMessage().contains("create-500"), refused.getMessage());
    }

    // --- helpers

    private SalesforceStub start(Path root, long seed) {
        SalesforceStub stub = SalesforceStub.start(root, seed);
        started.add(stub);
        return stub;
    }

    /** A token the stub accepts (issued at {@code issued}), with a fresh jti. */
    private String token(Instant issued) {
        return new TelephonyToken(salesforce.settings()).sign(issued, "jti-" + (++tokenIds));
    }

    private String signedToken(Instant issued, String issuer, String subject) {
        return JWT.create().withIssuedAt(issued).withExpiresAt(issued.plus(Duration.ofMinutes(5)))
                .withIssuer(issuer).withSubject(subject).withJWTId("jti-" + (++tokenIds))
                .sign(Algorithm.RSA256(null, CallCenterKeys.privateKey()));
    }

    private static RSAPrivateKey anotherPrivateKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return (RSAPrivateKey) generator.generateKeyPair().getPrivate();
    }

    private HttpResponse<String> create(SalesforceStub stub) throws IOException, InterruptedException {
        String token = new TelephonyToken(stub.settings()).sign(Simulation.DEFAULT_START, "jti-" + (++tokenIds));
        return send(stub, "POST", CREATE, Optional.of(token), CREATE_BODY);
    }

    private HttpResponse<String> send(String method, String path, Optional<String> token, String body)
            throws IOException, InterruptedException {
        return send(salesforce, method, path, token, body);
    }

    private HttpResponse<String> send(SalesforceStub stub, String method, String path, Optional<String> token,
            String body) throws IOException, InterruptedException {
        return requests.send(stub.baseUrl(), method, path, token, body);
    }

    private HttpResponse<String> sendForm(String form) throws IOException, InterruptedException {
        return requests.sendForm(salesforce.baseUrl(), "/services/oauth2/token", form);
    }

    private static String voiceCallId(HttpResponse<String> response) throws IOException {
        return StubRequests.voiceCallId(response);
    }

    /** Asserts a 401 whose first error message contains {@code reason}; returns that message. */
    private static String assertRefused(HttpResponse<String> response, String reason) throws IOException {
        assertEquals(401, response.statusCode(), response.body());
        String why = JSON.readTree(response.body()).path("errors").path(0).path("message").asText();
        assertTrue(why.contains(reason), "expected the message to say '" + reason + "': " + why);
        return why;
    }
}

package dev.connectsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.connectsim.contact.Contact;
import dev.connectsim.harness.salesforce.CallCenterKeys;
import dev.connectsim.harness.salesforce.SalesforceFault;
import dev.connectsim.harness.salesforce.SalesforceFinding;
import dev.connectsim.harness.salesforce.SalesforceJournal;
import dev.connectsim.harness.salesforce.SalesforceRequest;
import dev.connectsim.harness.salesforce.SalesforceStub;
import dev.connectsim.harness.salesforce.VoiceCallRecord;
import dev.connectsim.lambda.FunctionConfig;
import dev.connectsim.scv.ScvSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * flows/agent-transfer.json end to end: alice transfers a call to bob through "Transfer to Bob"; the leg's flow
 * invokes the SCV telephony function (createTransferVC, 8 s limit, Loop of two passes), which makes real HTTP
 * calls to the scenario's embedded WireMock Salesforce serving stubs/. Every delay is charged in virtual time.
 */
class SalesforceAgentTransferTest {

    private static final Path STUBS = Path.of("..", "stubs");
    private static final List<String> FIRST_PASS = List.of("enable-logging", "create-vc-tries",
            "create-transfer-vc", "store-voice-call-id", "say-transferring", "record-call", "transfer-to-agent");
    private static final List<String> SECOND_PASS = List.of("enable-logging", "create-vc-tries",
            "create-transfer-vc", "create-vc-tries", "create-transfer-vc", "store-voice-call-id", "say-transferring",
            "record-call", "transfer-to-agent");
    private static final List<String> LOOP_DONE = List.of("enable-logging", "create-vc-tries", "create-transfer-vc",
            "create-vc-tries", "create-transfer-vc", "create-vc-tries", "note-vc-failure", "say-transferring",
            "record-call", "transfer-to-agent");
    private static final String FAILED = "VoiceCall record creation failed.";

    private SalesforceStub salesforce;

    @BeforeEach
    void startSalesforce() {
        salesforce = SalesforceStub.start(STUBS);
    }

    @AfterEach
    void stopSalesforce() {
        salesforce.close();
    }

    @Test
    void theTransferLegCreatesItsVoiceCallWithASignedRequestAndStoresTheVoiceCallId() {
        ProjectFlows flows = new ProjectFlows(salesforce);
        Contact leg = flows.transferToBob();

        SalesforceJournal journal = salesforce.journal();
        assertEquals(1, journal.createRequests().size(), journal.describe());
        SalesforceRequest create = journal.createRequests().get(0);
        assertEquals("POST", create.method());
        assertEquals("/telephony/v1/voiceCalls", create.path());
        assertEquals("application/json", create.header("Content-Type").orElseThrow());
        assertEquals("amazon-connect", create.header("Telephony-Provider-Name").orElseThrow());
        DecodedJWT token = verified(create);
        assertEquals(ScvSettings.DEFAULT_ORG_ID, token.getIssuer());
        assertEquals(ScvSettings.DEFAULT_CALL_CENTER, token.getSubject());
        assertEquals(create.at().truncatedTo(ChronoUnit.SECONDS), token.getIssuedAtAsInstant(),
                "issued at the virtual instant of the request, in whole seconds as JWT times are");
        assertEquals(token.getIssuedAtAsInstant().plus(Duration.ofMinutes(5)), token.getExpiresAtAsInstant());
        assertTrue(token.getAudience() == null, "the function sends no audience");

        Map<String, Object> body = create.bodyFields().orElseThrow();
        assertEquals(leg.contactId(), body.get("vendorCallKey"));
        assertEquals(leg.previousContactId(), body.get("parentVoiceCallId"));
        assertEquals("Transfer", body.get("initiationMethod"));
        assertEquals(ProjectFlows.CALLER, body.get("from"));
        assertEquals("{}", body.get("callAttributes"), "no sfdc- attributes on this call");
        assertEquals(List.of(Map.of("participantKey", ProjectFlows.CALLER, "type", "END_USER")),
                body.get("participants"));
        assertFalse(body.containsKey("queue"), "a transfer to an agent has no $.Queue, so no queue is sent");
        assertEquals(List.of("callCenterApiName", "vendorCallKey", "to", "from", "parentVoiceCallId",
                "initiationMethod", "startTime", "callAttributes", "participants"), List.copyOf(body.keySet()));

        List<VoiceCallRecord> calls = journal.voiceCallsFor(leg.contactId());
        assertEquals(1, calls.size());
        assertTrue(calls.get(0).voiceCallId().matches("0LQ[A-Z0-9]{12}"), calls.get(0).voiceCallId());
        assertEquals(calls.get(0).voiceCallId(), leg.attributes().get("voiceCallId"),
                "the id Salesforce answered lands in the attribute voiceCallId");
        assertNull(leg.attributes().get("error"));
        assertEquals(FIRST_PASS, flows.path(leg.contactId()));
        assertEquals(Duration.ofMillis(250), Duration.between(create.at(), storedAt(flows, leg)),
                "the stub's 250 ms, charged in virtual time");
        assertEquals(List.of(), journal.findings());
        assertNothingSlept();
    }

    @Test
    void sfdcAttributesTravelAsOneJsonStringWithoutTheirPrefix() {
        ProjectFlows flows = new ProjectFlows(salesforce);
        String contactId = flows.sim.inboundCall(ProjectFlows.CALLER, "BasicQueue",
                Map.of("sfdc-caseId", "500000000000001", "language", "en-US"));
        flows.aliceTransfersTo(flows.callConnectedToAlice(contactId), "Transfer to Bob");
        Contact leg = flows.legConnectedToBob(contactId);

        VoiceCallRecord call = salesforce.journal().voiceCallsFor(leg.contactId()).get(0);
        assertEquals(Map.of("caseId", "500000000000001"), call.callAttributes());
        assertEquals("{\"caseId\":\"500000000000001\"}", salesforce.journal().createRequests().get(0).bodyFields()
                .orElseThrow().get("callAttributes"));
    }

    @Test
    void salesforceSlowerThanTheLimitOnceMeansConnectsOwnRetryCreatesASecondVoiceCallInTheFirstPass() {
        salesforce.switchOn(SalesforceFault.CREATE_SLOW, 1);
        ProjectFlows flows = new ProjectFlows(salesforce);
        Contact leg = flows.transferToBob();

        SalesforceJournal journal = salesforce.journal();
        List<SalesforceRequest> creates = journal.createRequestsFor(leg.contactId());
        assertEquals(2, creates.size(), journal.describe());
        assertEquals(Duration.ofMillis(5_100), Duration.between(creates.get(0).at(), creates.get(1).at()),
                "the function's own 5 s timeout, then Connect's retry after 100 ms");
        List<VoiceCallRecord> calls = journal.voiceCallsFor(leg.contactId());
        assertEquals(2, calls.size(), "Salesforce created the first record too, after the function gave up");
        assertEquals(calls.get(1).voiceCallId(), leg.attributes().get("voiceCallId"));
        assertEquals(FIRST_PASS, flows.path(leg.contactId()), "the retry answered within the block's 8 s");
        assertDuplicateReported(journal, leg, 2);
        assertNothingSlept();
    }

    @Test
    void salesforceSlowerThanTheLimitOnceWithTheTimeoutRaisedMeansTheLoopsSecondPassCreatesTheVoiceCall() {
        salesforce.switchOn(SalesforceFault.CREATE_SLOW, 1);
        ScvSettings raised = salesforce.settings()
                .withFunction(FunctionConfig.defaults().withTimeout(Duration.ofSeconds(10)));
        ProjectFlows flows = new ProjectFlows(salesforce, raised);
        Contact leg = flows.transferToBob();

        SalesforceJournal journal = salesforce.journal();
        List<SalesforceRequest> creates = journal.createRequestsFor(leg.contactId());
        assertEquals(2, creates.size(), journal.describe());
        assertEquals(Duration.ofSeconds(8), Duration.between(creates.get(0).at(), creates.get(1).at()),
                "the block gave up at its 8 s limit, which Connect does not retry; the Loop sent the second");
        List<VoiceCallRecord> calls = journal.voiceCallsFor(leg.contactId());
        assertEquals(2, calls.size());
        assertEquals(calls.get(1).voiceCallId(), leg.attributes().get("voiceCallId"));
        assertNull(leg.attributes().get("error"));
        assertEquals(SECOND_PASS, flows.path(leg.contactId()));
        assertDuplicateReported(journal, leg, 2);
        assertNothingSlept();
    }

    @Test
    void salesforceAlwaysSlowerThanTheLimitSetsTheErrorAttributeAndStillTransfers() {
        salesforce.switchOn(SalesforceFault.CREATE_SLOW);
        ProjectFlows flows = new ProjectFlows(salesforce);
        Contact leg = flows.transferToBob();

        SalesforceJournal journal = salesforce.journal();
        List<SalesforceRequest> creates = journal.createRequestsFor(leg.contactId());
        Instant first = creates.get(0).at();
        assertEquals(List.of(Duration.ZERO, Duration.ofMillis(5_100), Duration.ofSeconds(8), Duration.ofMillis(13_100)),
                creates.stream().map(create -> Duration.between(first, create.at())).collect(Collectors.toList()),
                "each pass: the first try times out at 5 s, Connect retries, the block gives up at 8 s");
        assertEquals(FAILED, leg.attributes().get("error"));
        assertFalse(leg.attributes().containsKey("voiceCallId"));
        assertEquals(LOOP_DONE, flows.path(leg.contactId()));
        assertDuplicateReported(journal, leg, 4);
        assertNothingSlept();
    }

    @Test
    void salesforceAnswering500TakesTheErrorBranchOnEveryTryAndStillTransfers() {
        assertEveryTryFails(SalesforceFault.CREATE_500, 8);
    }

    @Test
    void salesforceRefusingTheTokenWith401TakesTheErrorBranchAndStillTransfers() {
        SalesforceJournal journal = assertEveryTryFails(SalesforceFault.CREATE_401, 8);
        assertEquals(8, journal.findings().stream()
                .filter(finding -> finding.kind() == SalesforceFinding.Kind.TOKEN_REFUSED).count());
    }

    @Test
    void salesforceThrottlingWith429TakesTheErrorBranchAndStillTransfers() {
        assertEveryTryFails(SalesforceFault.CREATE_429, 8);
    }

    @Test
    void aConnectionResetTakesTheErrorBranchAndStillTransfers() {
        assertEveryTryFails(SalesforceFault.CREATE_CONNECTION_RESET, 8);
    }

    @Test
    void aBodyThatIsNotJsonIsRejectedByConnectWithoutItsRetriesAndStillTransfers() {
        assertEveryTryFails(SalesforceFault.CREATE_MALFORMED, 2);
    }

    /**
     * With {@code fault} on for every create: the function fails (an error, Connect retries it 3 times within the
     * limit, or, for an unreadable answer, not at all), both passes of the Loop fail, and the call still goes to bob
     * with the error attribute and no VoiceCall.
     */
    private SalesforceJournal assertEveryTryFails(SalesforceFault fault, int expectedCreates) {
        salesforce.switchOn(fault);
        ProjectFlows flows = new ProjectFlows(salesforce);
        Contact leg = flows.transferToBob();

        SalesforceJournal journal = salesforce.journal();
        assertEquals(expectedCreates, journal.createRequestsFor(leg.contactId()).size(), journal.describe());
        assertEquals(List.of(), journal.voiceCallsFor(leg.contactId()));
        assertEquals(FAILED, leg.attributes().get("error"));
        assertFalse(leg.attributes().containsKey("voiceCallId"));
        assertEquals(LOOP_DONE, flows.path(leg.contactId()));
        assertEquals("bob", leg.record().agentUsername());
        assertNothingSlept();
        return journal;
    }

    private static void assertDuplicateReported(SalesforceJournal journal, Contact leg, int records) {
        List<SalesforceFinding> duplicates = journal.findings().stream()
                .filter(finding -> finding.kind() == SalesforceFinding.Kind.DUPLICATE_VOICE_CALL)
                .collect(Collectors.toList());
        assertEquals(1, duplicates.size(), journal.describe());
        assertEquals(leg.contactId(), duplicates.get(0).subject());
        assertTrue(duplicates.get(0).message().contains("has " + records + " VoiceCall records"),
                duplicates.get(0).message());
        assertTrue(journal.describe().contains("FINDING DUPLICATE_VOICE_CALL"), journal.describe());
    }

    private static DecodedJWT verified(SalesforceRequest request) {
        String authorization = request.header("Authorization").orElseThrow();
        assertTrue(authorization.startsWith("Bearer "), authorization);
        JWTVerifier verifier = ((JWTVerifier.BaseVerification) JWT.require(Algorithm.RSA256(CallCenterKeys.publicKey(),
                null))).build(Clock.fixed(request.at(), ZoneOffset.UTC));
        DecodedJWT token = verifier.verify(authorization.substring("Bearer ".length()));
        assertEquals("RS256", token.getAlgorithm());
        assertTrue(token.getId() != null && !token.getId().isEmpty(), "every token has a jti");
        return token;
    }

    private static Instant storedAt(ProjectFlows flows, Contact leg) {
        return flows.sim.flows().visits().stream().filter(v -> v.contactId().equals(leg.contactId())
                && v.identifier().equals("store-voice-call-id")).findFirst().orElseThrow().at();
    }

    /** Nothing slept: WireMock's own timing shows no added delay, whatever the stubs asked for. */
    private void assertNothingSlept() {
        assertEquals(Duration.ZERO, salesforce.wallClockDelay(), "WireMock held back its answers in real time");
    }
}

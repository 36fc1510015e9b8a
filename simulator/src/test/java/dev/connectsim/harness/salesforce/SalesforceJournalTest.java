package dev.connectsim.harness.salesforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectsim.scv.TelephonyToken;
import dev.connectsim.sim.Simulation;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SalesforceJournalTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VOICE_CALLS = "/telephony/v1/voiceCalls";
    private static final String CONTACT = "11111111-2222-3333-4444-555555555555";
    private static final String TRANSFER_CONTACT = "66666666-7777-8888-9999-000000000000";
    private static final String QUEUE = "arn:aws:connect:us-east-1:123456789012:instance/abc/queue/q1";

    private final StubRequests requests = new StubRequests();
    private final AtomicReference<Instant> clock = new AtomicReference<>(Simulation.DEFAULT_START);
    private SalesforceStub salesforce;
    private int tokenIds;

    @BeforeEach
    void startSalesforce() {
        salesforce = SalesforceStub.start(Path.of("..", "stubs"));
        salesforce.followClock(clock::get);
    }

    @AfterEach
    void stopSalesforce() {
        salesforce.close();
    }

    @Test
    void theJournalListsRequestsOldestFirstWithWhatWasSentWhatWasAnsweredAndTheVirtualTimeTheyArrived()
            throws Exception {
        Instant created = Instant.parse("2026-01-05T09:00:01.500Z");
        Instant updated = Instant.parse("2026-01-05T09:04:30Z");
        clock.set(created);
        String createBody = inbound(CONTACT);
        String voiceCallId = voiceCallId(send("POST", VOICE_CALLS, createBody));
        clock.set(updated);
        String updateBody = "{\"callCenterApiName\": \"ConnectSimCallCenter\", \"endTime\": \"2026-01-05T09:04:30Z\"}";
        send("PATCH", VOICE_CALLS + "/" + voiceCallId, updateBody);

        List<SalesforceRequest> requests = salesforce.journal().requests();

        assertEquals(2, requests.size());
        SalesforceRequest create = requests.get(0);
        assertEquals("POST", create.method());
        assertEquals(VOICE_CALLS, create.path());
        assertTrue(create.header("authorization").orElse("").startsWith("Bearer "), create.headers().toString());
        assertEquals(Optional.of("amazon-connect"), create.header("Telephony-Provider-Name"));
        assertEquals(createBody, create.body());
        assertEquals(200, create.status());
        assertEquals(voiceCallId, create.responseFields().orElseThrow().get("voiceCallId"));
        assertEquals(Duration.ofMillis(250), create.latency());
        assertEquals(created, create.at());
        assertEquals(Optional.empty(), create.fault());
        SalesforceRequest update = requests.get(1);
        assertEquals("PATCH", update.method());
        assertEquals(VOICE_CALLS + "/" + voiceCallId, update.path());
        assertEquals(updateBody, update.body());
        assertEquals(200, update.status());
        assertEquals(Duration.ofMillis(150), update.latency());
        assertEquals(updated, update.at());
    }

    @Test
    void voiceCallRecordsTellWhatEachCreateSentAndTheIdSalesforceAnswered() throws Exception {
        clock.set(Instant.parse("2026-01-05T09:00:02Z"));
        String parent = voiceCallId(send("POST", VOICE_CALLS, inbound(CONTACT)));
        clock.set(Instant.parse("2026-01-05T09:03:00Z"));
        String child = voiceCallId(send("POST", VOICE_CALLS, transfer(TRANSFER_CONTACT, parent)));

        SalesforceJournal journal = salesforce.journal();

        assertEquals(List.of(parent, child),
                journal.voiceCalls().stream().map(VoiceCallRecord::voiceCallId).collect(Collectors.toList()));
        VoiceCallRecord inbound = journal.voiceCallsFor(CONTACT).get(0);
        assertEquals(1, journal.voiceCallsFor(CONTACT).size());
        assertEquals(parent, inbound.voiceCallId());
        assertEquals(CONTACT, inbound.vendorCallKey());
        assertEquals(Optional.empty(), inbound.parentVoiceCallId());
        assertEquals("Inbound", inbound.initiationMethod());
        assertEquals(Optional.empty(), inbound.queue());
        assertEquals(Map.of("caseId", "500x"), inbound.callAttributes());
        assertEquals("+18005550100", inbound.to());
        assertEquals("+15550100", inbound.from());
        assertEquals(Instant.parse("2026-01-05T09:00:02Z"), inbound.createdAt());
        VoiceCallRecord transferred = journal.voiceCallsFor(TRANSFER_CONTACT).get(0);
        assertEquals(child, transferred.voiceCallId());
        assertEquals(Optional.of(parent), transferred.parentVoiceCallId());
        assertEquals("Transfer", transferred.initiationMethod());
        assertEquals(Optional.of(QUEUE), transferred.queue());
        assertEquals(Map.of("caseId", "500x", "priority", "high"), transferred.callAttributes());
        assertEquals(Instant.parse("2026-01-05T09:03:00Z"), transferred.createdAt());
    }

    @Test
    void aCreateThatFailedIsAmongTheCreateRequestsButCreatedNoVoiceCall() throws Exception {
        String created = voiceCallId(send("POST", VOICE_CALLS, inbound(CONTACT)));
        salesforce.switchOn(SalesforceFault.CREATE_500);
        assertEquals(500, send("POST", VOICE_CALLS, inbound(TRANSFER_CONTACT)).statusCode());

        SalesforceJournal journal = salesforce.journal();

        assertEquals(1, journal.createRequestsFor(TRANSFER_CONTACT).size());
        assertEquals(500, journal.createRequestsFor(TRANSFER_CONTACT).get(0).status());
        assertEquals(List.of(), journal.voiceCallsFor(TRANSFER_CONTACT));
        assertEquals(List.of(created),
                journal.voiceCalls().stream().map(VoiceCallRecord::voiceCallId).collect(Collectors.toList()));
        assertEquals(2, journal.createRequests().size());
        assertEquals(List.of(), journal.findings());
    }

    @Test
    void aResetConnectionIsJournaledWithoutAStatusButWithTheFault() throws Exception {
        salesforce.switchOn(SalesforceFault.CREATE_CONNECTION_RESET);
        assertThrows(IOException.class, () -> send("POST", VOICE_CALLS, inbound(CONTACT)));

        SalesforceJournal journal = salesforce.journal();

        SalesforceRequest reset = journal.createRequestsFor(CONTACT).get(0);
        assertEquals(0, reset.status());
        assertEquals(Optional.of("CONNECTION_RESET_BY_PEER"), reset.fault());
        assertEquals(List.of(), journal.voiceCalls());
        assertTrue(journal.describe().contains("no answer (CONNECTION_RESET_BY_PEER)"), journal.describe());
    }

    @Test
    void twoSuccessfulCreatesForOneContactGiveExactlyOneDuplicateFindingNamingTheContactAndBothIds()
            throws Exception {
        String first = voiceCallId(send("POST", VOICE_CALLS, inbound(CONTACT)));
        clock.set(Simulation.DEFAULT_START.plusSeconds(8));
        String second = voiceCallId(send("POST", VOICE_CALLS, inbound(CONTACT)));
        voiceCallId(send("POST", VOICE_CALLS, inbound(TRANSFER_CONTACT)));

        List<SalesforceFinding> findings = salesforce.journal().findings();

        assertEquals(1, findings.size(), findings.toString());
        SalesforceFinding duplicate = findings.get(0);
        assertEquals(SalesforceFinding.Kind.DUPLICATE_VOICE_CALL, duplicate.kind());
        assertEquals(CONTACT, duplicate.subject());
        assertTrue(duplicate.message().contains(CONTACT), duplicate.message());
        assertTrue(duplicate.message().contains(first) && duplicate.message().contains(second), duplicate.message());
        assertEquals(2, salesforce.journal().voiceCallsFor(CONTACT).size());
    }

    @Test
    void aRefusedTokenGivesATokenRefusedFindingThatSaysWhy() throws Exception {
        String expired = new TelephonyToken(salesforce.settings())
                .sign(Simulation.DEFAULT_START.minus(Duration.ofMinutes(10)), "jti-expired");
        assertEquals(401, send("POST", VOICE_CALLS, Optional.of(expired), inbound(CONTACT)).statusCode());

        List<SalesforceFinding> findings = salesforce.journal().findings();

        assertEquals(1, findings.size(), findings.toString());
        SalesforceFinding refused = findings.get(0);
        assertEquals(SalesforceFinding.Kind.TOKEN_REFUSED, refused.kind());
        assertEquals("POST " + VOICE_CALLS, refused.subject());
        assertTrue(refused.message().contains("expired"), refused.message());
        assertEquals(List.of(), salesforce.journal().voiceCalls());
    }

    @Test
    void aRequestWithoutATokenAlsoGivesATokenRefusedFinding() throws Exception {
        assertEquals(401, send("PATCH", VOICE_CALLS + "/0LQ000000000001", Optional.empty(), "{}").statusCode());

        List<SalesforceFinding> findings = salesforce.journal().findings();

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(SalesforceFinding.Kind.TOKEN_REFUSED, findings.get(0).kind());
        assertTrue(findings.get(0).message().contains("No bearer token"), findings.get(0).message());
    }

    @Test
    void theDescriptionMentionsEachRequestAndTheFindings() throws Exception {
        clock.set(Instant.parse("2026-01-05T09:00:01Z"));
        String first = voiceCallId(send("POST", VOICE_CALLS, inbound(CONTACT)));
        clock.set(Instant.parse("2026-01-05T09:00:09Z"));
        String second = voiceCallId(send("POST", VOICE_CALLS, inbound(CONTACT)));
        clock.set(Instant.parse("2026-01-05T09:01:00Z"));
        send("PATCH", VOICE_CALLS + "/" + first, Optional.empty(), "{}");

        String description = salesforce.journal().describe();

        List<String> lines = description.lines().collect(Collectors.toList());
        assertEquals(5, lines.size(), description);
        assertTrue(lines.get(0).startsWith("09:00:01.000  POST " + VOICE_CALLS + ": 200 after 250 ms"), description);
        assertTrue(lines.get(0).contains("vendorCallKey=" + CONTACT) && lines.get(0).contains("voiceCallId=" + first),
                description);
        assertTrue(lines.get(1).startsWith("09:00:09.000  POST " + VOICE_CALLS + ": 200")
                && lines.get(1).contains("voiceCallId=" + second), description);
        assertTrue(lines.get(2).startsWith("09:01:00.000  PATCH " + VOICE_CALLS + "/" + first + ": 401"), description);
        assertTrue(lines.get(3).startsWith("FINDING DUPLICATE_VOICE_CALL: ") && lines.get(3).contains(CONTACT),
                description);
        assertTrue(lines.get(4).startsWith("FINDING TOKEN_REFUSED: "), description);
    }

    @Test
    void aJournalWithNoRequestSaysSo() {
        assertEquals("Salesforce received no request\n", salesforce.journal().describe());
    }

    @Test
    void updatesListOnlyThePatchesOfAVoiceCallItself() throws Exception {
        String id = voiceCallId(send("POST", VOICE_CALLS, inbound(CONTACT)));
        send("PATCH", VOICE_CALLS + "/" + id + "/omniFlow",
                "{\"fallbackQueue\": \"" + QUEUE + "\", \"dialedNumber\": \"+18005550100\"}");
        send("PATCH", VOICE_CALLS + "/" + id, "{\"callCenterApiName\": \"ConnectSimCallCenter\", \"status\": \"x\"}");
        send("PATCH", VOICE_CALLS + "/" + id + "/clearRouting", "{}");
        send("POST", VOICE_CALLS + "/" + id + "/messages", "{\"content\": \"hello\"}");
        send("PATCH", VOICE_CALLS + "/" + id, "{\"callCenterApiName\": \"ConnectSimCallCenter\", \"endTime\": \"x\"}");

        List<SalesforceRequest> updates = salesforce.journal().updates();

        assertEquals(2, updates.size(), updates.toString());
        assertTrue(updates.stream().allMatch(u -> u.method().equals("PATCH")
                && u.path().equals(VOICE_CALLS + "/" + id)), updates.toString());
        assertTrue(updates.get(0).body().contains("\"status\"") && updates.get(1).body().contains("\"endTime\""),
                updates.toString());
    }

    // --- helpers

    private static String inbound(String contactId) {
        return "{\"callCenterApiName\": \"ConnectSimCallCenter\", \"vendorCallKey\": \"" + contactId + "\","
                + " \"to\": \"+18005550100\", \"from\": \"+15550100\", \"initiationMethod\": \"Inbound\","
                + " \"startTime\": \"2026-01-05T09:00:00Z\","
                + " \"participants\": [{\"participantKey\": \"+15550100\", \"type\": \"END_USER\"}],"
                + " \"callAttributes\": \"{\\\"caseId\\\":\\\"500x\\\"}\"}";
    }

    private static String transfer(String contactId, String parentVoiceCallId) {
        return "{\"callCenterApiName\": \"ConnectSimCallCenter\", \"vendorCallKey\": \"" + contactId + "\","
                + " \"to\": \"+18005550100\", \"from\": \"+15550100\", \"initiationMethod\": \"Transfer\","
                + " \"parentVoiceCallId\": \"" + parentVoiceCallId + "\", \"queue\": \"" + QUEUE + "\","
                + " \"startTime\": \"2026-01-05T09:03:00Z\","
                + " \"participants\": [{\"participantKey\": \"+15550100\", \"type\": \"END_USER\"}],"
                + " \"callAttributes\": \"{\\\"caseId\\\":\\\"500x\\\",\\\"priority\\\":\\\"high\\\"}\"}";
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        String token = new TelephonyToken(salesforce.settings()).sign(clock.get(), "jti-" + (++tokenIds));
        return send(method, path, Optional.of(token), body);
    }

    private HttpResponse<String> send(String method, String path, Optional<String> token, String body)
            throws IOException, InterruptedException {
        return requests.send(salesforce.baseUrl(), method, path, token, body);
    }

    private static String voiceCallId(HttpResponse<String> response) throws IOException {
        return StubRequests.voiceCallId(response);
    }
}

package dev.connectsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.agent.Contact;
import dev.connectsim.contact.InitiationMethod;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * flows/agent-transfer.json run on the project's instance: alice takes a call from the queue and transfers it to
 * bob through the "Transfer to Bob" quick connect, whose AGENT_TRANSFER flow creates the transfer VoiceCall in a
 * Loop of two tries with an 8 s limit each, and transfers to bob whatever happens.
 */
class AgentTransferFlowTest {

    private static final Duration IN_TIME = Duration.ofMillis(300);
    private static final Duration TOO_LATE = Duration.ofSeconds(9);

    @Test
    void whenTheLambdaAnswersInTimeTheLegCarriesTheVoiceCallIdAndReachesBob() {
        Transfer transfer = transfer(IN_TIME);

        assertEquals("0LQ-TRANSFER-1", transfer.leg.attributes().get("voiceCallId"));
        assertNull(transfer.leg.attributes().get("error"));
        assertEquals(1, transfer.flows.createTransferCalls.size());
        assertEquals(List.of("enable-logging", "create-vc-tries", "create-transfer-vc", "store-voice-call-id",
                "say-transferring", "record-call", "transfer-to-agent"), transfer.path());
    }

    @Test
    void whenTheLambdaTimesOutOnceTheLoopsSecondPassCreatesTheVoiceCall() {
        Transfer transfer = transfer(TOO_LATE, IN_TIME);

        assertEquals("0LQ-TRANSFER-2", transfer.leg.attributes().get("voiceCallId"),
                "the second call's VoiceCall; the first was created too, after Connect stopped waiting");
        assertNull(transfer.leg.attributes().get("error"));
        assertEquals(2, transfer.flows.createTransferCalls.size());
        assertEquals(List.of("enable-logging", "create-vc-tries", "create-transfer-vc", "create-vc-tries",
                "create-transfer-vc", "store-voice-call-id", "say-transferring", "record-call", "transfer-to-agent"),
                transfer.path());
        assertEquals(Duration.ofMillis(8_300), Duration.between(transfer.leg.record().initiationTimestamp(),
                transfer.vcStored()),
                "8 s waiting out the first try, then 300 ms for the second");
    }

    @Test
    void whenTheLambdaTimesOutTwiceTheCallStillReachesBobWithTheErrorAttributeAndNoVoiceCallId() {
        Transfer transfer = transfer(TOO_LATE, TOO_LATE);

        assertEquals("VoiceCall record creation failed.", transfer.leg.attributes().get("error"));
        assertFalse(transfer.leg.attributes().containsKey("voiceCallId"));
        assertEquals(2, transfer.flows.createTransferCalls.size(), "Loop 2: two tries, no more");
        assertEquals(List.of("enable-logging", "create-vc-tries", "create-transfer-vc", "create-vc-tries",
                "create-transfer-vc", "create-vc-tries", "note-vc-failure", "say-transferring", "record-call",
                "transfer-to-agent"), transfer.path());
    }

    @Test
    void theTransferLegIsANewContactRecordedWithAnalyticsAndLoggedWhileLoggingIsOn() {
        Transfer transfer = transfer(IN_TIME);

        assertEquals(InitiationMethod.TRANSFER, transfer.leg.initiationMethod());
        assertEquals(transfer.flows.sim.contacts().get(0).contactId(), transfer.leg.previousContactId());
        assertEquals(List.of("Agent", "Customer"), transfer.leg.record().settings().recordedParticipants());
        assertTrue(transfer.leg.record().settings().analyticsEnabled());
        assertEquals("RealTime", transfer.leg.record().settings().analyticsMode());
        assertEquals("bob", transfer.leg.record().agentUsername());
        assertEquals(List.of("Transferring now to an available agent."), transfer.flows.sim.flows().prompts()
                .stream().filter(p -> p.contactId().equals(transfer.leg.contactId())).map(p -> p.text()).toList());
        assertEquals(7, transfer.flows.sim.flows().flowLogs().stream()
                .filter(e -> e.contactId().equals(transfer.leg.contactId())).count(),
                "every block of the leg is logged: logging is the flow's first block");
    }

    @Test
    void aCallThatCameThroughTheInboundFlowKeepsItsVoiceCallIdOnTheLegWhenTheTransferCreateFails() {
        ProjectFlows flows = new ProjectFlows(TOO_LATE, TOO_LATE);
        String contactId = flows.sim.inboundCall(ProjectFlows.CALLER);
        Contact alice = flows.callConnectedToAlice(contactId);
        assertEquals("0LQ-INBOUND", flows.sim.contact(contactId).attributes().get("voiceCallId"));

        flows.aliceTransfersTo(alice, "Transfer to Bob");
        dev.connectsim.contact.Contact leg = flows.legConnectedToBob(contactId);

        assertEquals("VoiceCall record creation failed.", leg.attributes().get("error"));
        assertEquals("0LQ-INBOUND", leg.attributes().get("voiceCallId"),
                "attributes come with the transfer, so the leg still names the inbound VoiceCall");
    }

    /** A call queued straight to BasicQueue (no inbound flow), accepted by alice and transferred to bob. */
    private static Transfer transfer(Duration... createTransferDurations) {
        ProjectFlows flows = new ProjectFlows(createTransferDurations);
        return new Transfer(flows, flows.transferToBob());
    }

    private record Transfer(ProjectFlows flows, dev.connectsim.contact.Contact leg) {

        List<String> path() {
            return flows.path(leg.contactId());
        }

        Instant vcStored() {
            return flows.sim.flows().visits().stream().filter(v -> v.contactId().equals(leg.contactId())
                    && v.identifier().equals("store-voice-call-id")).findFirst().orElseThrow().at();
        }
    }
}

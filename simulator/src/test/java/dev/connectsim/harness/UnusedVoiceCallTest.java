package dev.connectsim.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.harness.salesforce.SalesforceFault;
import dev.connectsim.harness.salesforce.SalesforceFinding;
import dev.connectsim.project.Project;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: with Salesforce slower than the flow's limit once and then answering 500, the slow attempt's VoiceCall was
 * created but its answer was lost, and no retry created another: one record nobody links to the call, and no
 * finding, as a duplicate would have had. It is now a finding of its own.
 */
class UnusedVoiceCallTest {

    @Test
    void aVoiceCallCreatedByAnAttemptWhoseAnswerWasLostIsAFinding() {
        try (ScenarioWorld world = ScenarioWorld.in(Project.find())) {
            world.salesforce().switchOn(SalesforceFault.CREATE_SLOW, 1);
            String contactId = world.customerCalls("+18005550100", "+15550100");
            world.runUntil(() -> !world.journal().createRequests().isEmpty(), Duration.ofSeconds(10));
            world.salesforce().switchOn(SalesforceFault.CREATE_500);
            world.runFor(Duration.ofSeconds(60));

            assertEquals(1, world.journal().voiceCallsFor(contactId).size(), world.journal().describe());
            List<SalesforceFinding> findings = world.journal().findings();
            assertEquals(List.of(SalesforceFinding.Kind.UNUSED_VOICE_CALL),
                    findings.stream().map(SalesforceFinding::kind).toList(), findings.toString());
            String message = findings.get(0).message();
            assertTrue(message.startsWith("VoiceCall " + world.journal().voiceCallsFor(contactId).get(0).voiceCallId()
                    + " for contact " + contactId + " was created at "), message);
            assertTrue(message.contains("by a Lambda attempt whose answer Connect did not use"), message);
            assertEquals(null, world.theCall().attributes().get("voiceCallId"), "no flow stored its id");
        }
    }

    @Test
    void aVoiceCallWhoseIdTheFlowStoredIsNoFinding() {
        try (ScenarioWorld world = ScenarioWorld.in(Project.find())) {
            world.salesforce();
            String contactId = world.customerCalls("+18005550100", "+15550100");
            world.runFor(Duration.ofSeconds(30));

            assertEquals(1, world.journal().voiceCallsFor(contactId).size());
            assertEquals(List.of(), world.journal().findings());
        }
    }
}

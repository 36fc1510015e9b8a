package dev.connectsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.agent.Connection;
import dev.connectsim.agent.Contact;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, from amazon-connect-streams issue 447: a QUEUE quick connect's third-party connection shows connected
 * once the quick connect's transfer flow runs on the new leg, before any agent of the queue has the call, as a USER
 * quick connect's does at once.
 */
class QueueQuickConnectTest {

    @Test
    void aQueueQuickConnectWhoseTransferFlowRunsShowsItsThirdPartyConnectedBeforeAnAgentAccepts() {
        ProjectFlows flows = new ProjectFlows(Duration.ofSeconds(3));
        String contactId = flows.sim.inboundCall(ProjectFlows.CALLER, "BasicQueue");
        Contact alice = flows.callConnectedToAlice(contactId);

        flows.aliceTransfersTo(alice, "Support Queue");
        flows.sim.runFor(Duration.ofMillis(1100));

        Connection thirdParty = alice.getSingleActiveThirdPartyConnection();
        assertTrue(thirdParty.isConnected(), "connected while the Queue Transfer flow runs: " + thirdParty.getState());
        dev.connectsim.contact.Contact leg = flows.legFrom(contactId);
        assertTrue(flows.sim.flows().isRunning(leg), "the transfer flow still runs (its Lambda takes 3 s)");
        assertEquals(null, leg.record().agentUsername(), "no agent has the leg yet");
    }
}

package dev.connectsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.contact.ContactRecord;
import dev.connectsim.contact.DisconnectReason;
import dev.connectsim.contact.InitiationMethod;
import dev.connectsim.lambda.FunctionConfig;
import dev.connectsim.lambda.LambdaRegistry;
import dev.connectsim.lambda.LambdaReply;
import dev.connectsim.routing.AgentBehavior;
import dev.connectsim.routing.Instance;
import dev.connectsim.routing.InvalidInstanceException;
import dev.connectsim.setup.InstanceFile;
import dev.connectsim.setup.SimulatedInstance;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Automatic agents (nobody at the keyboard): on the project's instance, alice accepts after 2 s, transfers each call
 * to "Transfer to Bob" after 10 s and leaves; bob accepts after 2 s; both clear 5 s after a call ends for them.
 * The telephony function answers in memory after 250 ms.
 */
class AutomaticAgentsTest {

    private static final String CALLER = "+15550100";
    private static final String NUMBER = "+18005550100";
    private static final String TELEPHONY =
            "arn:aws:lambda:us-east-1:123456789012:function:InvokeTelephonyIntegrationApiFunction";
    private static final AgentBehavior.Automatic ANSWERING =
            AgentBehavior.Automatic.answering(Duration.ofSeconds(2), Duration.ofSeconds(5));

    private static Simulation.Builder project() {
        return project(ANSWERING.transferring("Transfer to Bob", Duration.ofSeconds(10)));
    }

    private static Simulation.Builder project(AgentBehavior alice) {
        SimulatedInstance described = InstanceFile.load(Path.of("..", "flows", "instance.yaml"));
        Instance instance = described.instance().toBuilder()
                .agent("alice", "Basic Routing Profile", alice)
                .agent("bob", "Support Routing Profile", ANSWERING)
                .build();
        LambdaRegistry lambdas = new LambdaRegistry().bind(TELEPHONY, FunctionConfig.defaults(), (event, context) ->
                LambdaReply.after(Duration.ofMillis(250)).returns(Map.of("voiceCallId", "0LQ-" + context.invocationId(),
                        "errors", List.of())));
        return Simulation.builder(new SimulatedInstance(instance, described.flows(), described.lambdas()))
                .lambdas(lambdas);
    }

    @Test
    void anAutomaticAgentAcceptsTransfersToItsQuickConnectAndLeavesAndThePartnerTakesTheLeg() {
        Simulation sim = project().build();
        String call = sim.dial(CALLER, NUMBER);
        sim.customerHangsUpAfter(call, Duration.ofSeconds(60));
        sim.runFor(Duration.ofMinutes(2));

        ContactRecord first = sim.contact(call).record();
        ContactRecord leg = sim.contactRecords().get(1);
        assertEquals("alice", first.agentUsername());
        assertEquals("Transfer to Bob", first.transferredToEndpoint());
        assertEquals(first.connectedToAgentTimestamp().plusSeconds(10).plusMillis(200),
                first.afterContactWorkStartTimestamp(), "10 s of talk, then addConnection and hang-up, 100 ms each");
        assertEquals(first.afterContactWorkStartTimestamp().plusSeconds(5), first.afterContactWorkEndTimestamp());
        assertEquals(InitiationMethod.TRANSFER, leg.initiationMethod());
        assertEquals("bob", leg.agentUsername());
        assertEquals(DisconnectReason.CUSTOMER_DISCONNECT, leg.disconnectReason());
        assertEquals(leg.disconnectTimestamp().plusSeconds(5), leg.afterContactWorkEndTimestamp());
    }

    @Test
    void anAutomaticAgentTakesTheNextCallOnceItHasClearedTheLast() {
        Simulation sim = project(ANSWERING).build();
        String first = sim.dial(CALLER, NUMBER);
        String second = sim.dial("+15550101", NUMBER);
        sim.customerHangsUpAfter(first, Duration.ofSeconds(20));
        sim.runFor(Duration.ofMinutes(1));

        ContactRecord waited = sim.contact(second).record();
        assertEquals("alice", waited.agentUsername(), "alice is the only agent of BasicQueue");
        assertEquals(sim.contact(first).record().afterContactWorkEndTimestamp().plusSeconds(2),
                waited.connectedToAgentTimestamp(), "offered when alice cleared the first call, accepted 2 s later");
    }

    @Test
    void anAutomaticAgentHasNoCcp() {
        Simulation sim = project().build();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> sim.agent("alice"));

        assertTrue(refused.getMessage().contains("alice is an automatic agent"), refused.getMessage());
    }

    @Test
    void anInstanceRefusesAnAutomaticAgentWhoseQuickConnectItLacks() {
        Instance.Builder builder = Instance.builder().queue("Q").routingProfile("P", "Q")
                .agent("ann", "P", ANSWERING.transferring("Transfer to Nobody", Duration.ofSeconds(1)));

        InvalidInstanceException refused = assertThrows(InvalidInstanceException.class, builder::build);

        assertTrue(refused.getMessage().contains("Transfer to Nobody"), refused.getMessage());
    }

    @Test
    void aRecordIsFinalOnceTheCustomerIsGoneAndTheAgentHasClearedAndListenersHearOfItOnce() {
        Simulation sim = project().build();
        List<ContactRecord> finals = new ArrayList<>();
        sim.onRecordFinal(finals::add);
        String call = sim.dial(CALLER, NUMBER);
        sim.customerHangsUpAfter(call, Duration.ofSeconds(60));

        sim.runFor(Duration.ofSeconds(62));
        assertEquals(List.of(call), finals.stream().map(ContactRecord::contactId).toList(),
                "the call's record is final: alice cleared it long ago; bob is still in after-contact work on the leg");
        assertEquals(1, sim.openContacts());

        sim.runFor(Duration.ofSeconds(10));
        assertEquals(2, finals.size());
        assertEquals(finals.get(1).disconnectTimestamp().plusSeconds(5), finals.get(1).afterContactWorkEndTimestamp());
        assertEquals(0, sim.openContacts());
        assertEquals(2, sim.contacts().size(), "with history, finished legs stay");
    }

    @Test
    void withoutHistoryAFinishedCallLeavesNothingBehindButItsFlowErrors() {
        Simulation sim = project().keepHistory(false).build();
        List<ContactRecord> finals = new ArrayList<>();
        sim.onRecordFinal(finals::add);
        String call = sim.dial(CALLER, NUMBER);
        sim.customerHangsUpAfter(call, Duration.ofSeconds(60));
        sim.runFor(Duration.ofSeconds(30));
        assertEquals(2, sim.contacts().size(), "the call and its leg are going on");

        sim.runFor(Duration.ofMinutes(2));

        assertEquals(2, finals.size());
        assertEquals(List.of(), sim.contacts());
        assertEquals(0, sim.openContacts());
        assertEquals(List.of(), sim.flows().visits());
        assertEquals(List.of(), sim.flows().runs());
        assertEquals(List.of(), sim.flows().prompts());
        assertEquals(List.of(), sim.lambdas().log().attempts());
        assertEquals(List.of(), sim.flows().errors());
        assertNull(finals.get(0).attributes().get("error"));
    }

    @Test
    void agentsWhoAreNotAutomaticKeepTheirCcp() {
        Simulation sim = project().build();

        assertEquals("carol", sim.agent("carol").getName());
    }
}

package dev.connectsim.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.agent.Callbacks;
import dev.connectsim.agent.Contact;
import dev.connectsim.contact.ContactRecord;
import dev.connectsim.contact.ContactState;
import dev.connectsim.sim.Simulation;
import dev.connectsim.testing.Calls;
import dev.connectsim.testing.Calls.Recorder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouterTest {

    private final Recorder recorder = new Recorder();

    private static Simulation twoAgents(AgentBehavior first, AgentBehavior second) {
        return Simulation.builder(Instance.builder().queue("BasicQueue").routingProfile("Basic", "BasicQueue")
                .agent("ann", "Basic", first).agent("ben", "Basic", second).build()).seed(9).build();
    }

    @Test
    void aMissedContactIsOfferedToTheNextAgentAndTheMissingAgentGoesToMissedCallAgent() {
        Simulation sim = twoAgents(new AgentBehavior.Misses(), new AgentBehavior.AcceptsAfter(Duration.ofSeconds(1)));
        String id = sim.inboundCall(Calls.CUSTOMER, "BasicQueue");
        sim.runFor(Duration.ofSeconds(1));
        assertEquals(ContactState.CONNECTING, Calls.stateOf(sim, "ann", id), "ann is offered it first");
        sim.runFor(Duration.ofSeconds(21));

        assertEquals(ContactState.MISSED, Calls.stateOf(sim, "ann", id));
        assertEquals(AgentStatus.MISSED_CALL, sim.agent("ann").getState());
        assertEquals(ContactState.CONNECTED, Calls.stateOf(sim, "ben", id));
        ContactRecord record = sim.contact(id).record();
        assertEquals("ben", record.agentUsername());
        assertEquals(sim.contact(id).record().enqueueTimestamp().plusSeconds(21), record.connectedToAgentTimestamp(),
                "20 s offer timeout for ann, then 1 s for ben to accept");
    }

    @Test
    void aRejectedContactGoesBackToTheFrontOfTheQueue() {
        Simulation sim = twoAgents(new AgentBehavior.RejectsAfter(Duration.ofSeconds(2)), new AgentBehavior.Manual());
        sim.agent("ben").setState(AgentStatus.OFFLINE, Callbacks.none());
        String first = sim.inboundCall("+15550001", "BasicQueue");
        String second = sim.inboundCall("+15550002", "BasicQueue");
        sim.runFor(Duration.ofSeconds(3));
        assertEquals(ContactState.REJECTED, Calls.stateOf(sim, "ann", first));
        sim.agent("ben").setState(AgentStatus.AVAILABLE, Callbacks.none());
        sim.runFor(Duration.ofSeconds(1));
        assertEquals(ContactState.CONNECTING, Calls.stateOf(sim, "ben", first), "the first caller is still first");
        assertEquals(null, Calls.stateOf(sim, "ben", second));
    }

    @Test
    void anAgentCannotSetAStateWhileOnAContactUnlessItIsQueuedForLater() {
        Simulation sim = Calls.simulation(3);
        Contact contact = Calls.callConnectedToAlice(sim);
        var alice = sim.agent("alice");
        alice.setState(AgentStatus.custom("Lunch"), recorder.callbacks("now"));
        alice.setState(AgentStatus.custom("Lunch"), recorder.callbacks("next"), true);
        sim.runFor(Duration.ofSeconds(1));
        assertEquals(List.of("now: InvalidStateException", "next: ok"), recorder.outcomes);
        assertEquals(AgentStatus.BUSY, alice.getState());
        assertEquals(AgentStatus.custom("Lunch"), alice.getNextState());

        contact.getAgentConnection().destroy(Callbacks.none());
        sim.runFor(Duration.ofSeconds(1));
        assertEquals(AgentStatus.AFTER_CALL_WORK, alice.getState());
        contact.clear(Callbacks.none());
        sim.runFor(Duration.ofSeconds(1));
        assertEquals(AgentStatus.custom("Lunch"), alice.getState());
    }

    @Test
    void aContactWaitsInTheQueueUntilAnAgentBecomesAvailable() {
        Simulation sim = Calls.simulation(3);
        sim.agent("alice").setState(AgentStatus.OFFLINE, Callbacks.none());
        sim.agent("bob").setState(AgentStatus.OFFLINE, Callbacks.none());
        sim.runFor(Duration.ofSeconds(1));
        String id = sim.inboundCall(Calls.CUSTOMER, "BasicQueue");
        sim.runFor(Duration.ofMinutes(5));
        assertEquals(null, Calls.stateOf(sim, "alice", id));
        sim.agent("bob").setState(AgentStatus.AVAILABLE, Callbacks.none());
        sim.runFor(Duration.ofSeconds(3));
        assertEquals(ContactState.CONNECTED, Calls.stateOf(sim, "bob", id));
        ContactRecord record = sim.contact(id).record();
        assertTrue(Duration.between(record.enqueueTimestamp(), record.dequeueTimestamp()).toMinutes() >= 5);
    }

    @Test
    void theServiceRefusesToSetASystemState() {
        Simulation sim = Calls.simulation(3);
        sim.agent("alice").setState(AgentStatus.BUSY, recorder.callbacks("busy"));
        sim.runFor(Duration.ofSeconds(1));
        assertEquals(List.of("busy: InvalidStateException"), recorder.outcomes);
    }

    @Test
    void anInstanceNamesWhatItLacksAndTheNearestName() {
        Instance instance = Calls.instance();
        UnknownNameException error = assertThrows(UnknownNameException.class, () -> instance.queue("BasicQueu"));
        assertEquals("the instance has no queue 'BasicQueu' (did you mean 'BasicQueue'?); it has: BasicQueue, "
                + "EmptyQueue, SupportQueue", error.getMessage());
    }

    @Test
    void anInstanceWithADanglingReferenceIsRefusedWithEveryProblemNamed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Instance.builder()
                .queue("BasicQueue").routingProfile("Basic", "BasicQueue", "Overflow")
                .agent("ann", "Basics").build());
        assertEquals("routing profile 'Basic' refers to an undefined queue 'Overflow'; it has: BasicQueue; "
                + "agent 'ann' refers to an undefined routing profile 'Basics' (did you mean 'Basic'?); it has: Basic",
                error.getMessage());
    }
}

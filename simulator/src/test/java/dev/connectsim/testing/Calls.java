package dev.connectsim.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.agent.Callbacks;
import dev.connectsim.agent.Contact;
import dev.connectsim.contact.Connection;
import dev.connectsim.contact.ConnectionState;
import dev.connectsim.contact.ContactState;
import dev.connectsim.contact.Party;
import dev.connectsim.cti.CtiError;
import dev.connectsim.routing.AgentBehavior;
import dev.connectsim.routing.AgentStatus;
import dev.connectsim.routing.Instance;
import dev.connectsim.routing.QuickConnectType;
import dev.connectsim.sim.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The instance most tests run on, and the steps that get a call to an agent.
 *
 * <p>Queues BasicQueue (alice's and bob's) and SupportQueue (carol's); alice is driven by the test
 * through the agent API, bob accepts after 2 s, carol after 3 s. Quick connects on BasicQueue:
 * "External" (+15550199), "Bob" (USER bob), "Support" (QUEUE SupportQueue), "Empty" (QUEUE
 * EmptyQueue, nobody staffs it).
 */
public final class Calls {

    public static final String CUSTOMER = "+15550100";
    public static final String EXTERNAL = "+15550199";

    private Calls() {
    }

    public static Instance instance() {
        return instance(false);
    }

    public static Instance instance(boolean multiParty) {
        return Instance.builder()
                .queue("BasicQueue").queue("SupportQueue").queue("EmptyQueue")
                .routingProfile("Basic", "BasicQueue")
                .routingProfile("Support", "SupportQueue")
                .routingProfile("Nobody", "EmptyQueue")
                .agent("alice", "Basic")
                .agent("bob", "Basic", new AgentBehavior.AcceptsAfter(Duration.ofSeconds(2)))
                .agent("carol", "Support", new AgentBehavior.AcceptsAfter(Duration.ofSeconds(3)))
                .quickConnect("External", QuickConnectType.PHONE_NUMBER, EXTERNAL, "BasicQueue")
                .quickConnect("Bob", QuickConnectType.USER, "bob", "BasicQueue")
                .quickConnect("Support", QuickConnectType.QUEUE, "SupportQueue", "BasicQueue")
                .quickConnect("Empty", QuickConnectType.QUEUE, "EmptyQueue", "BasicQueue")
                .multiPartyConference(multiParty)
                .build();
    }

    public static Simulation simulation(long seed) {
        return Simulation.builder(instance()).seed(seed).build();
    }

    /**
     * Bob is set Offline so that the inbound call goes to alice; returns alice's contact once she
     * has accepted it and her CCP shows it connected.
     */
    public static Contact callConnectedToAlice(Simulation sim) {
        sim.agent("bob").setState(AgentStatus.OFFLINE, Callbacks.none());
        sim.runFor(Duration.ofMillis(200));
        String contactId = sim.inboundCall(CUSTOMER, "BasicQueue");
        assertTrue(sim.runUntil(() -> stateOf(sim, "alice", contactId) == ContactState.CONNECTING,
                Duration.ofSeconds(5)).conditionMet(), "the call was offered to alice");
        Contact contact = aliceContact(sim, contactId).orElseThrow();
        contact.accept(Callbacks.none());
        assertTrue(sim.runUntil(() -> stateOf(sim, "alice", contactId) == ContactState.CONNECTED,
                Duration.ofSeconds(5)).conditionMet(), "alice's CCP shows the call connected");
        return contact;
    }

    public static Optional<Contact> aliceContact(Simulation sim, String contactId) {
        return sim.agent("alice").getContacts().stream().filter(c -> c.getContactId().equals(contactId))
                .findFirst();
    }

    /** The contact's state in {@code agent}'s CCP, or null when it is not there. */
    public static ContactState stateOf(Simulation sim, String agent, String contactId) {
        return sim.agent(agent).getContacts().stream().filter(c -> c.getContactId().equals(contactId))
                .findFirst().map(c -> c.getState().type()).orElse(null);
    }

    /** The server-side state of the contact's connection of {@code party}. */
    public static ConnectionState partyState(Simulation sim, String contactId, Party party) {
        return sim.contact(contactId).connections().stream().filter(c -> c.party() == party)
                .reduce((a, b) -> b).map(Connection::state).orElse(null);
    }

    /** Callbacks that record what happened, for tests that assert on an action's answer. */
    public static final class Recorder {
        public final List<String> outcomes = new ArrayList<>();
        public final List<CtiError> errors = new ArrayList<>();

        public Callbacks callbacks(String name) {
            return Callbacks.of(() -> outcomes.add(name + ": ok"), e -> {
                outcomes.add(name + ": " + e.type().type());
                errors.add(e);
            });
        }
    }
}

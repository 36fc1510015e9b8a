package dev.connectsim.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.contact.ContactState;
import dev.connectsim.event.ContactEvent;
import dev.connectsim.event.EventLog;
import dev.connectsim.routing.AgentStatus;
import dev.connectsim.sim.Simulation;
import dev.connectsim.testing.Calls;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The events a CCP fires, and their order, as Streams' AgentDataProvider fires them. */
class CcpEventsTest {

    private final Simulation sim = Calls.simulation(11);

    private List<String> aliceEventsSince(int from) {
        List<EventLog.Entry> entries = sim.eventLog().entries();
        return entries.subList(from, entries.size()).stream().filter(e -> e.source().equals("alice"))
                .map(e -> e.name().replaceAll("::[0-9a-f-]{36}$", "::<id>")).toList();
    }

    @Test
    void theFirstUpdateFiresAgentInitThenRefreshThenTheStateTypeEvent() {
        sim.runFor(Duration.ZERO);
        assertEquals(List.of("agent::init", "agent::refresh", "agent::routable"), aliceEventsSince(0));
    }

    @Test
    void refreshFiresOnEveryTickForEveryContactEvenWhenNothingChanged() {
        Contact contact = Calls.callConnectedToAlice(sim);
        List<String> refreshes = new ArrayList<>();
        contact.onRefresh(c -> refreshes.add(sim.now().toString()));
        int from = sim.eventLog().entries().size();
        sim.runFor(Duration.ofSeconds(3));

        assertEquals(3, refreshes.size(), "one REFRESH a second: " + refreshes);
        assertEquals(List.of("agent::refresh", "contact::refresh", "contact::refresh::<id>",
                "agent::refresh", "contact::refresh", "contact::refresh::<id>",
                "agent::refresh", "contact::refresh", "contact::refresh::<id>"), aliceEventsSince(from));
    }

    @Test
    void aNewContactFiresGlobalInitThenItsTransitionEventsThenRefreshEachGlobalThenPerContact() {
        sim.agent("bob").setState(AgentStatus.OFFLINE, Callbacks.none());
        sim.runFor(Duration.ofSeconds(1));
        int from = sim.eventLog().entries().size();
        sim.inboundCall(Calls.CUSTOMER, "BasicQueue");
        sim.runFor(Duration.ofSeconds(1));

        assertEquals(List.of("agent::refresh", "agent::state_change", "contact::init", "contact::connecting",
                "contact::connecting::<id>", "contact::refresh", "contact::refresh::<id>"), aliceEventsSince(from));
    }

    @Test
    void subscriptionsMadeInContactInitSeeTheTransitionEventsOfThatSameUpdate() {
        sim.agent("bob").setState(AgentStatus.OFFLINE, Callbacks.none());
        List<String> seen = new ArrayList<>();
        sim.agent("alice").onContact(c -> {
            c.onConnecting(x -> seen.add("connecting " + x.getState().type()));
            c.onConnected(x -> seen.add("connected"));
        });
        sim.inboundCall(Calls.CUSTOMER, "BasicQueue");
        sim.runFor(Duration.ofSeconds(2));
        assertEquals(List.of("connecting CONNECTING"), seen);
    }

    @Test
    void acceptBroadcastsAcceptedAtOnceAndConnectedArrivesWithTheNextSnapshot() {
        sim.agent("bob").setState(AgentStatus.OFFLINE, Callbacks.none());
        List<String> seen = new ArrayList<>();
        sim.agent("alice").onContact(c -> {
            c.onAccepted(x -> seen.add("accepted at " + sim.now()));
            c.onConnected(x -> seen.add("connected at " + sim.now()));
            c.onConnecting(x -> x.accept(Callbacks.none()));
        });
        sim.inboundCall(Calls.CUSTOMER, "BasicQueue");
        sim.runFor(Duration.ofSeconds(3));
        assertEquals(List.of("accepted at 2026-01-05T09:00:01.100Z", "connected at 2026-01-05T09:00:02Z"), seen);
    }

    @Test
    void theCallerHangingUpBeforeTheAgentAcceptsFiresEndedThenMissed() {
        sim.agent("bob").setState(AgentStatus.OFFLINE, Callbacks.none());
        List<String> seen = new ArrayList<>();
        sim.agent("alice").onContact(c -> {
            c.onEnded(x -> seen.add("ended"));
            c.onMissed(x -> seen.add("missed"));
        });
        String id = sim.inboundCall(Calls.CUSTOMER, "BasicQueue");
        sim.runFor(Duration.ofSeconds(2));
        sim.customerHangsUp(id);
        sim.runFor(Duration.ofSeconds(1));
        assertEquals(List.of("ended", "missed"), seen);
        assertEquals(ContactState.MISSED, Calls.stateOf(sim, "alice", id));
    }

    @Test
    void afterClearTheContactIsDestroyedItsSubscriptionsAreDroppedAndItsGettersThrow() {
        Contact contact = Calls.callConnectedToAlice(sim);
        String id = contact.getContactId();
        List<String> seen = new ArrayList<>();
        contact.onRefresh(c -> seen.add("refresh"));
        contact.onDestroy(c -> seen.add("destroyed " + c.getState().type()));
        contact.getAgentConnection().destroy(Callbacks.none());
        sim.runFor(Duration.ofSeconds(1));
        Contact frozen = contact.toSnapshot();
        seen.clear();
        contact.clear(Callbacks.none());
        sim.runFor(Duration.ofSeconds(1));

        assertEquals(List.of("destroyed ENDED"), seen);
        assertEquals(0, sim.ccp("alice").bus().subscriberCount("contact::refresh::" + id));
        ContactGoneException gone = assertThrows(ContactGoneException.class, contact::getState);
        assertTrue(gone.getMessage().contains(id));
        assertEquals(ContactState.ENDED, frozen.getState().type(), "a snapshot copy keeps working");
    }

    @Test
    void aContactThatDisappearsWithoutEndedFiresEndedBeforeDestroyed() {
        sim.agent("bob").setState(AgentStatus.OFFLINE, Callbacks.none());
        List<String> seen = new ArrayList<>();
        sim.agent("alice").onContact(c -> {
            c.onEnded(x -> seen.add("ended"));
            c.onDestroy(x -> seen.add("destroyed"));
            c.onConnecting(x -> x.reject(Callbacks.none()));
        });
        String id = sim.inboundCall(Calls.CUSTOMER, "BasicQueue");
        sim.runFor(Duration.ofSeconds(3));
        assertEquals(List.of("ended"), seen, "a rejected contact fires ENDED (then MISSED)");
        sim.agent("alice").getContacts().get(0).clear(Callbacks.none());
        sim.runFor(Duration.ofSeconds(1));
        assertEquals(List.of("ended", "destroyed"), seen, "ENDED is not fired twice");
        assertEquals(null, Calls.stateOf(sim, "alice", id));
    }

    @Test
    void aHandlerThatThrowsIsRecordedAndTheOtherHandlersStillRun() {
        Contact contact = Calls.callConnectedToAlice(sim);
        List<String> seen = new ArrayList<>();
        contact.onRefresh(c -> {
            throw new IllegalStateException("agent code bug");
        });
        contact.onRefresh(c -> seen.add("second handler"));
        sim.runFor(Duration.ofSeconds(1));
        assertEquals(List.of("second handler"), seen);
        assertEquals("agent code bug", sim.handlerFailures().get(0).error().getMessage());
    }

    @Test
    void aConnectedCallThatEndsFiresAcwThenEndedEachFollowedByRefresh() {
        Contact contact = Calls.callConnectedToAlice(sim);
        String id = contact.getContactId();
        sim.runFor(Duration.ofSeconds(2));
        sim.customerHangsUp(id);
        sim.runFor(Duration.ofSeconds(3));

        assertEquals(List.of(ContactEvent.CONNECTING, ContactEvent.REFRESH, ContactEvent.ACCEPTED,
                ContactEvent.CONNECTED, ContactEvent.REFRESH, ContactEvent.ACW, ContactEvent.ENDED,
                ContactEvent.REFRESH), CcpEvents.forContact(sim.eventLog(), "alice", id), "ACCEPTED is the CCP's own"
                + " broadcast; CONNECTED comes with the next snapshot, and its REFRESH after it");
    }

    @Test
    void aCallTheCallerLeavesWhileItIsOfferedFiresEndedThenMissedFollowedByRefresh() {
        sim.agent("bob").setState(AgentStatus.OFFLINE, Callbacks.none());
        String id = sim.inboundCall(Calls.CUSTOMER, "BasicQueue");
        sim.runFor(Duration.ofSeconds(2));
        sim.customerHangsUp(id);
        sim.runFor(Duration.ofSeconds(2));

        assertEquals(List.of(ContactEvent.CONNECTING, ContactEvent.REFRESH, ContactEvent.ENDED, ContactEvent.MISSED,
                ContactEvent.REFRESH), CcpEvents.forContact(sim.eventLog(), "alice", id));
        assertEquals(List.of(), CcpEvents.forContact(sim.eventLog(), "bob", id), "bob's CCP never showed it");
    }
}

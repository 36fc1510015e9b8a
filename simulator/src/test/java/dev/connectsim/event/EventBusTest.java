package dev.connectsim.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.time.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventBusTest {

    private static final Instant T0 = Instant.parse("2024-01-01T09:00:00Z");
    private static final String REFRESH = "contact::refresh";
    private static final String CONNECTED = "contact::connected";

    private final Scheduler scheduler = new Scheduler(T0);
    private final EventLog log = new EventLog();
    private final EventBus bus = new EventBus("alice", scheduler.clock(), log);
    private final List<String> calls = new ArrayList<>();

    private EventHandler recording(String who) {
        return event -> calls.add(who + ":" + event.name());
    }

    private void triggerAt(Duration after, String name, Object data) {
        scheduler.schedule(after, "trigger " + name, () -> bus.trigger(name, data));
        scheduler.runFor(after);
    }

    @Test
    void allEventsSubscribersAreCalledBeforeTheSubscribersOfTheName() {
        bus.subscribe(REFRESH, recording("named"));
        bus.subscribeAll(recording("all"));

        bus.trigger(REFRESH, null);

        assertEquals(List.of("all:" + REFRESH, "named:" + REFRESH), calls);
    }

    @Test
    void subscribersOfANameAreCalledInTheOrderTheySubscribed() {
        bus.subscribe(REFRESH, recording("first"));
        bus.subscribe(REFRESH, recording("second"));
        bus.subscribeAll(recording("all-1"));
        bus.subscribe(REFRESH, recording("third"));
        bus.subscribeAll(recording("all-2"));

        bus.trigger(REFRESH, null);

        assertEquals(List.of("all-1:" + REFRESH, "all-2:" + REFRESH, "first:" + REFRESH, "second:" + REFRESH,
                "third:" + REFRESH), calls);
    }

    @Test
    void aHandlerOnlyHearsTheNameItSubscribedTo() {
        bus.subscribe(REFRESH, recording("refresh"));
        bus.subscribe(REFRESH + "::c-17", recording("refresh-17"));

        bus.trigger(CONNECTED, null);
        bus.trigger(REFRESH + "::c-17", null);

        assertEquals(List.of("refresh-17:" + REFRESH + "::c-17"), calls);
    }

    @Test
    void aHandlerReceivesTheNameTheDataAndTheVirtualInstantTheEventFiredAt() {
        List<BusEvent> received = new ArrayList<>();
        Object data = new Object();
        bus.subscribe(CONNECTED, received::add);

        triggerAt(Duration.ofSeconds(42), CONNECTED, data);

        assertEquals(List.of(new BusEvent(CONNECTED, data, T0.plusSeconds(42))), received);
        assertSame(data, received.get(0).data());
    }

    @Test
    void aHandlerCanUnsubscribeItselfFromInsideItsCallAndLaterTriggersDoNotReachIt() {
        Subscription[] own = new Subscription[1];
        own[0] = bus.subscribe(REFRESH, event -> {
            calls.add("once");
            own[0].unsubscribe();
        });
        bus.subscribe(REFRESH, recording("after"));

        bus.trigger(REFRESH, null);
        bus.trigger(REFRESH, null);

        assertEquals(List.of("once", "after:" + REFRESH, "after:" + REFRESH), calls);
        assertFalse(own[0].isActive());
        assertEquals(1, bus.subscriberCount(REFRESH));
        assertEquals(List.of(), bus.failures());
    }

    @Test
    void aSubscriberRemovedByAnEarlierHandlerStillHearsTheEventInProgressButNoLaterOne() {
        Subscription[] later = new Subscription[1];
        bus.subscribe(REFRESH, event -> {
            calls.add("remover");
            later[0].unsubscribe();
        });
        later[0] = bus.subscribe(REFRESH, recording("later"));
        bus.subscribe(REFRESH, recording("last"));

        bus.trigger(REFRESH, null);
        bus.trigger(REFRESH, null);

        assertEquals(List.of("remover", "later:" + REFRESH, "last:" + REFRESH, "remover", "last:" + REFRESH), calls);
        assertFalse(later[0].isActive());
        assertEquals(2, bus.subscriberCount(REFRESH));
    }

    @Test
    void anAllEventsSubscriberRemovedDuringAnEventStillHearsThatEventButNoLaterOne() {
        Subscription[] watcher = new Subscription[2];
        watcher[0] = bus.subscribeAll(event -> {
            calls.add("all-remover");
            watcher[1].unsubscribe();
        });
        watcher[1] = bus.subscribeAll(recording("all-removed"));
        bus.subscribe(REFRESH, recording("named"));

        bus.trigger(REFRESH, null);
        bus.trigger(REFRESH, null);

        assertEquals(List.of("all-remover", "all-removed:" + REFRESH, "named:" + REFRESH,
                "all-remover", "named:" + REFRESH), calls);
    }

    @Test
    void unsubscribeAllFromInsideAHandlerTakesEffectFromTheNextEvent() {
        String perContact = REFRESH + "::c-17";
        bus.subscribe(perContact, event -> {
            calls.add("destroyer");
            bus.unsubscribeAll(perContact);
        });
        bus.subscribe(perContact, recording("other"));

        bus.trigger(perContact, null);
        bus.trigger(perContact, null);

        assertEquals(List.of("destroyer", "other:" + perContact), calls);
        assertEquals(0, bus.subscriberCount(perContact));
    }

    @Test
    void aHandlerSubscribedDuringATriggerHearsOnlyTheNextOne() {
        bus.subscribe(REFRESH, event -> {
            if (calls.isEmpty()) {
                bus.subscribe(REFRESH, recording("newcomer"));
            }
            calls.add("host");
        });

        bus.trigger(REFRESH, null);
        bus.trigger(REFRESH, null);

        assertEquals(List.of("host", "host", "newcomer:" + REFRESH), calls);
    }

    @Test
    void aHandlerThatThrowsIsRecordedAsAFailureAndTheOtherHandlersStillRun() {
        IllegalStateException boom = new IllegalStateException("boom");
        bus.subscribe(REFRESH, recording("before"));
        bus.subscribe(REFRESH, event -> {
            throw boom;
        });
        bus.subscribe(REFRESH, recording("after"));

        triggerAt(Duration.ofSeconds(3), REFRESH, null);

        assertEquals(List.of("before:" + REFRESH, "after:" + REFRESH), calls);
        assertEquals(List.of(new HandlerFailure(T0.plusSeconds(3), REFRESH, boom)), bus.failures());
        assertEquals("2024-01-01T09:00:03Z handler of contact::refresh threw IllegalStateException: boom",
                bus.failures().get(0).describe());
    }

    @Test
    void aThrowingAllEventsHandlerDoesNotKeepTheNamedHandlersFromRunning() {
        bus.subscribeAll(event -> {
            throw new IllegalArgumentException("bad");
        });
        bus.subscribe(CONNECTED, recording("named"));

        bus.trigger(CONNECTED, null);

        assertEquals(List.of("named:" + CONNECTED), calls);
        assertEquals(1, bus.failures().size());
        assertEquals(CONNECTED, bus.failures().get(0).eventName());
    }

    @Test
    void theFailuresCannotBeChangedByTheirReader() {
        assertThrows(UnsupportedOperationException.class, () -> bus.failures().clear());
    }

    @Test
    void aFailureOutsideATriggerIsRecordedAtTheCurrentVirtualTime() {
        RuntimeException error = new RuntimeException("callback failed");
        scheduler.schedule(Duration.ofSeconds(5), "callback", () -> bus.recordFailure("hold success callback", error));

        scheduler.runFor(Duration.ofSeconds(7));

        assertEquals(List.of(new HandlerFailure(T0.plusSeconds(5), "hold success callback", error)), bus.failures());
    }

    @Test
    void unsubscribeAllRemovesEverySubscriptionToThatNameAndNoOther() {
        String perContact = REFRESH + "::c-17";
        Subscription first = bus.subscribe(perContact, recording("first"));
        Subscription second = bus.subscribe(perContact, recording("second"));
        bus.subscribe(REFRESH, recording("global"));
        Subscription all = bus.subscribeAll(recording("all"));

        bus.unsubscribeAll(perContact);
        bus.trigger(perContact, null);
        bus.trigger(REFRESH, null);

        assertEquals(List.of("all:" + perContact, "all:" + REFRESH, "global:" + REFRESH), calls);
        assertEquals(0, bus.subscriberCount(perContact));
        assertEquals(1, bus.subscriberCount(REFRESH));
        assertFalse(first.isActive());
        assertFalse(second.isActive());
        assertTrue(all.isActive());
    }

    @Test
    void unsubscribeAllOfANameNobodyListensToChangesNothing() {
        bus.subscribe(REFRESH, recording("global"));

        bus.unsubscribeAll("contact::refresh::nobody");
        bus.trigger(REFRESH, null);

        assertEquals(List.of("global:" + REFRESH), calls);
    }

    @Test
    void unsubscribingTwiceIsHarmless() {
        Subscription gone = bus.subscribe(REFRESH, recording("gone"));
        bus.subscribe(REFRESH, recording("kept"));

        gone.unsubscribe();
        gone.unsubscribe();
        bus.trigger(REFRESH, null);

        assertEquals(List.of("kept:" + REFRESH), calls);
        assertEquals(1, bus.subscriberCount(REFRESH));
    }

    @Test
    void anAllEventsSubscriptionCanBeUnsubscribed() {
        Subscription all = bus.subscribeAll(recording("all"));

        all.unsubscribe();
        bus.trigger(REFRESH, null);

        assertEquals(List.of(), calls);
        assertFalse(all.isActive());
    }

    @Test
    void aSubscriptionNamesItsEventAndHasItsOwnId() {
        Subscription named = bus.subscribe(REFRESH, recording("a"));
        Subscription all = bus.subscribeAll(recording("b"));

        assertEquals(REFRESH, named.eventName());
        assertNull(all.eventName());
        assertNotEquals(named.id(), all.id());
        assertTrue(named.isActive());
    }

    @Test
    void subscriberCountCountsOnlyThatNamesSubscriptions() {
        bus.subscribe(REFRESH, recording("a"));
        bus.subscribe(REFRESH, recording("b"));
        bus.subscribe(CONNECTED, recording("c"));
        bus.subscribeAll(recording("d"));

        assertEquals(2, bus.subscriberCount(REFRESH));
        assertEquals(1, bus.subscriberCount(CONNECTED));
        assertEquals(0, bus.subscriberCount("agent::refresh"));
    }

    @Test
    void aHandlerMustBeGiven() {
        NullPointerException named = assertThrows(NullPointerException.class, () -> bus.subscribe(REFRESH, null));
        NullPointerException all = assertThrows(NullPointerException.class, () -> bus.subscribeAll(null));

        assertEquals("handler must be a function", named.getMessage());
        assertEquals("handler must be a function", all.getMessage());
    }

    @Test
    void everyTriggerIsLoggedWithItsVirtualTimeItsBusAndItsNameEvenWithoutSubscribers() {
        EventBus bobs = new EventBus("bob", scheduler.clock(), log);
        scheduler.scheduleAt(T0.plusSeconds(1), "alice's", () -> bus.trigger("agent::refresh", null));
        scheduler.scheduleAt(T0.plusMillis(1500), "bob's", () -> bobs.trigger(CONNECTED, null));

        scheduler.runFor(Duration.ofSeconds(2));

        assertEquals(List.of(
                new EventLog.Entry(T0.plusSeconds(1), "alice", "agent::refresh"),
                new EventLog.Entry(T0.plusMillis(1500), "bob", CONNECTED)), log.entries());
        assertEquals("2024-01-01T09:00:01Z alice agent::refresh", log.entries().get(0).toString());
    }

    @Test
    void theLogIsWrittenBeforeTheHandlersRunSoTheirOwnTriggersFollowIt() {
        bus.subscribe(CONNECTED, event -> bus.trigger(REFRESH, null));

        bus.trigger(CONNECTED, null);

        assertEquals(List.of(CONNECTED, REFRESH), log.entries().stream().map(EventLog.Entry::name).toList());
    }

    @Test
    void theLogFindsTheEntriesWhoseNameStartsWithAPrefix() {
        bus.trigger(REFRESH, null);
        bus.trigger(REFRESH + "::c-17", null);
        bus.trigger("agent::refresh", null);
        bus.trigger(REFRESH + "::c-18", null);

        assertEquals(List.of(REFRESH + "::c-17", REFRESH + "::c-18"),
                log.named(REFRESH + "::").stream().map(EventLog.Entry::name).toList());
        assertThrows(UnsupportedOperationException.class, () -> log.entries().clear());
    }
}

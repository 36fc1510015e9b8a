package dev.connectsim.agent;

import dev.connectsim.contact.ContactSnapshot;
import dev.connectsim.contact.ContactState;
import dev.connectsim.cti.CtiResult;
import dev.connectsim.event.AgentEvent;
import dev.connectsim.event.ContactEvent;
import dev.connectsim.event.EventBus;
import dev.connectsim.event.EventLog;
import dev.connectsim.event.HandlerFailure;
import dev.connectsim.event.TransitionEvents;
import dev.connectsim.routing.AgentStateType;
import dev.connectsim.routing.AgentStatus;
import dev.connectsim.time.Scheduler;
import dev.connectsim.time.Timings;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One agent's Contact Control Panel: it polls the service for the agent snapshot on every tick and
 * turns each change into Streams' events, and it sends the agent's actions to the service.
 *
 * <p>Design note: the order of one update follows Streams' {@code AgentDataProvider}: agent::init
 * (first update only) and agent::refresh; routable/not_routable/offline when the state type
 * changed; agent::state_change, then agent::error or agent::acw, when its name changed; then
 * contacts added (global contact::init, then the transition events from INIT), contacts removed
 * (ENDED if it never fired, DESTROYED, then their subscriptions dropped), contacts whose state
 * changed (their transition events), and finally REFRESH for every contact present, changed or
 * not. Each contact event fires under its global name, then its per-contact name. Getters read
 * the last snapshot received, so an action's effect shows from the next tick on, as in Streams.
 * Actions reach the service after the CTI latency and answer through their callbacks then.
 */
public final class Ccp {

    private final String username;
    private final CtiService service;
    private final Scheduler scheduler;
    private final Timings timings;
    private final EventBus bus;
    private final Agent agent;
    private final Set<String> endedFired = new HashSet<>();
    private AgentSnapshot latest;

    public Ccp(String username, CtiService service, Scheduler scheduler, Timings timings, EventLog log) {
        this.username = Objects.requireNonNull(username, "username");
        this.service = service;
        this.scheduler = scheduler;
        this.timings = timings;
        this.bus = new EventBus(username, scheduler.clock(), log);
        this.agent = new Agent(this);
    }

    /** Starts polling: the first update now, then one every snapshot period. */
    public void start() {
        scheduler.schedule(Duration.ZERO, "snapshot for " + username, this::tick);
    }

    public String username() {
        return username;
    }

    /** The Streams agent object of this CCP. */
    public Agent agent() {
        return agent;
    }

    public EventBus bus() {
        return bus;
    }

    /** What handlers and callbacks of this CCP threw, in order. */
    public List<HandlerFailure> failures() {
        return bus.failures();
    }

    Scheduler scheduler() {
        return scheduler;
    }

    Timings timings() {
        return timings;
    }

    CtiService service() {
        return service;
    }

    /** The last snapshot received, or null before the first tick. */
    AgentSnapshot latest() {
        return latest;
    }

    /** The contact in the last snapshot, or null once it left it. */
    ContactSnapshot contactSnapshot(String contactId) {
        if (latest == null) {
            return null;
        }
        return latest.contacts().stream().filter(c -> c.contactId().equals(contactId)).findFirst().orElse(null);
    }

    /**
     * Sends an action to the service: it takes effect after the CTI latency and answers through
     * {@code callbacks}; {@code onSuccess} runs before the success callback (for the client-side
     * events some actions broadcast).
     */
    void act(String description, Supplier<CtiResult> operation, Callbacks callbacks, Runnable onSuccess) {
        scheduler.schedule(timings.ctiLatency(), username + ": " + description, () -> {
            CtiResult result = operation.get();
            if (result instanceof CtiResult.Failed failed) {
                guard("failure callback of " + description, () -> callbacks.failure().accept(failed.error()));
            } else {
                onSuccess.run();
                guard("success callback of " + description, callbacks.success());
            }
        });
    }

    private void guard(String what, Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            bus.recordFailure(what, e);
        }
    }

    /** Fires a contact event under its global name, then its per-contact name. */
    void fire(ContactEvent event, Contact contact) {
        bus.trigger(event.globalName(), contact);
        bus.trigger(event.nameFor(contact.getContactId()), contact);
        if (event == ContactEvent.ENDED) {
            endedFired.add(contact.getContactId());
        }
    }

    private void tick() {
        publish(service.snapshot(username));
        scheduler.schedule(timings.snapshotPeriod(), "snapshot for " + username, this::tick);
    }

    private void publish(AgentSnapshot next) {
        AgentSnapshot previous = latest;
        latest = next;
        if (previous == null) {
            bus.trigger(AgentEvent.INIT.eventName(), agent);
        }
        bus.trigger(AgentEvent.REFRESH.eventName(), agent);
        fireAgentStateEvents(previous, next);

        Map<String, ContactSnapshot> before = new LinkedHashMap<>();
        if (previous != null) {
            previous.contacts().forEach(c -> before.put(c.contactId(), c));
        }
        Map<String, ContactSnapshot> after = new LinkedHashMap<>();
        next.contacts().forEach(c -> after.put(c.contactId(), c));

        for (ContactSnapshot added : after.values()) {
            if (!before.containsKey(added.contactId())) {
                Contact view = new Contact(this, added.contactId());
                bus.trigger(ContactEvent.INIT.globalName(), view);
                TransitionEvents.between(ContactState.INIT, added.state()).forEach(e -> fire(e, view));
            }
        }
        for (ContactSnapshot removed : before.values()) {
            if (!after.containsKey(removed.contactId())) {
                Contact frozen = new Contact(this, removed.contactId(), removed);
                if (!endedFired.contains(removed.contactId())) {
                    fire(ContactEvent.ENDED, frozen);
                }
                fire(ContactEvent.DESTROYED, frozen);
                endedFired.remove(removed.contactId());
                for (ContactEvent event : ContactEvent.values()) {
                    bus.unsubscribeAll(event.nameFor(removed.contactId()));
                }
            }
        }
        for (ContactSnapshot kept : after.values()) {
            ContactSnapshot was = before.get(kept.contactId());
            if (was != null && was.state() != kept.state()) {
                Contact view = new Contact(this, kept.contactId());
                TransitionEvents.between(was.state(), kept.state()).forEach(e -> fire(e, view));
            }
        }
        for (ContactSnapshot present : after.values()) {
            fire(ContactEvent.REFRESH, new Contact(this, present.contactId()));
        }
    }

    private void fireAgentStateEvents(AgentSnapshot previous, AgentSnapshot next) {
        AgentStatus old = previous == null ? null : previous.state();
        AgentStatus now = next.state();
        if (old == null || old.type() != now.type()) {
            switch (now.type()) {
                case ROUTABLE -> bus.trigger(AgentEvent.ROUTABLE.eventName(), agent);
                case NOT_ROUTABLE -> bus.trigger(AgentEvent.NOT_ROUTABLE.eventName(), agent);
                case OFFLINE -> bus.trigger(AgentEvent.OFFLINE.eventName(), agent);
                default -> { }
            }
        }
        if (old != null && !old.name().equals(now.name())) {
            bus.trigger(AgentEvent.STATE_CHANGE.eventName(), new Agent.StateChange(agent, old, now));
            if (now.type() == AgentStateType.ERROR) {
                bus.trigger(AgentEvent.ERROR.eventName(), agent);
            } else if (now.equals(AgentStatus.AFTER_CALL_WORK)) {
                bus.trigger(AgentEvent.ACW.eventName(), agent);
            }
        }
        AgentStatus oldNext = previous == null ? null : previous.nextState();
        if (!Objects.equals(oldNext, next.nextState())) {
            bus.trigger(next.nextState() == null ? AgentEvent.CLEARED_NEXT_STATE.eventName()
                    : AgentEvent.ENQUEUED_NEXT_STATE.eventName(), agent);
        }
    }
}

package dev.connectsim.event;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One CCP's event bus, after Streams' {@code EventBus}.
 *
 * <p>Design note: {@link #trigger} calls the all-events subscribers first, then that name's
 * subscribers in subscription order, synchronously. Like Streams ({@code src/event.js}), it works
 * on the subscriber lists as they were when the event started: a handler may unsubscribe itself
 * or another from inside its call, which takes effect from the next event on, so a subscriber
 * removed during an event is still called for that event. A handler that throws is recorded as a
 * {@link HandlerFailure} and the remaining handlers still run, as in Streams.
 */
public final class EventBus {

    private final String source;
    private final Clock clock;
    private final EventLog log;
    private final List<Subscription> allEvents = new ArrayList<>();
    private final Map<String, List<Subscription>> byName = new LinkedHashMap<>();
    private final List<HandlerFailure> failures = new ArrayList<>();
    private long nextId;

    /**
     * @param source whose bus this is (the agent's username), for the log
     * @param clock  the virtual clock stamping each event
     * @param log    the simulation's log every fired event is appended to
     */
    public EventBus(String source, Clock clock, EventLog log) {
        this.source = source;
        this.clock = clock;
        this.log = log;
    }

    /** Subscribes {@code handler} to the event {@code eventName}. */
    public Subscription subscribe(String eventName, EventHandler handler) {
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(handler, "handler must be a function");
        Subscription subscription = new Subscription(nextId++, eventName, handler, this);
        byName.computeIfAbsent(eventName, n -> new ArrayList<>()).add(subscription);
        return subscription;
    }

    /** Subscribes {@code handler} to every event. */
    public Subscription subscribeAll(EventHandler handler) {
        Objects.requireNonNull(handler, "handler must be a function");
        Subscription subscription = new Subscription(nextId++, null, handler, this);
        allEvents.add(subscription);
        return subscription;
    }

    /** Fires {@code name} with {@code data} to the all-events subscribers, then to that name's. */
    public void trigger(String name, Object data) {
        BusEvent event = new BusEvent(name, data, clock.instant());
        log.append(event.at(), source, name);
        List<Subscription> targets = new ArrayList<>(allEvents);
        targets.addAll(byName.getOrDefault(name, List.of()));
        for (Subscription subscription : targets) {
            try {
                subscription.handler().on(event);
            } catch (RuntimeException e) {
                failures.add(new HandlerFailure(event.at(), name, e));
            }
        }
    }

    /** Removes every subscription to {@code eventName}, as Streams does for a destroyed contact. */
    public void unsubscribeAll(String eventName) {
        List.copyOf(byName.getOrDefault(eventName, List.of())).forEach(Subscription::unsubscribe);
    }

    /** Records that a callback run outside {@link #trigger} threw, as a handler failure would be. */
    public void recordFailure(String what, RuntimeException error) {
        failures.add(new HandlerFailure(clock.instant(), what, error));
    }

    /** How many subscriptions listen to {@code eventName} now. */
    public int subscriberCount(String eventName) {
        return byName.getOrDefault(eventName, List.of()).size();
    }

    /** What handlers threw so far. */
    public List<HandlerFailure> failures() {
        return Collections.unmodifiableList(failures);
    }

    void remove(Subscription subscription) {
        if (subscription.eventName() == null) {
            allEvents.remove(subscription);
            return;
        }
        List<Subscription> list = byName.get(subscription.eventName());
        if (list != null) {
            list.remove(subscription);
            if (list.isEmpty()) {
                byName.remove(subscription.eventName());
            }
        }
    }
}

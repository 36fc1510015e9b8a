package dev.connectsim.event;

/**
 * A handle on one subscription, as Streams' {@code Subscription{id, eventName, unsubscribe()}}.
 * {@link #unsubscribe()} may be called from inside the subscriber's own handler.
 */
public final class Subscription {

    private final long id;
    private final String eventName;
    private final EventHandler handler;
    private final EventBus bus;
    private boolean active = true;

    Subscription(long id, String eventName, EventHandler handler, EventBus bus) {
        this.id = id;
        this.eventName = eventName;
        this.handler = handler;
        this.bus = bus;
    }

    EventHandler handler() {
        return handler;
    }

    public long id() {
        return id;
    }

    /** The event name, or null for an all-events subscription. */
    public String eventName() {
        return eventName;
    }

    public boolean isActive() {
        return active;
    }

    /**
     * Stops deliveries of later events to this subscription. Safe to call more than once, and from
     * inside a handler: an event already being delivered still reaches every subscriber it started with.
     */
    public void unsubscribe() {
        if (active) {
            active = false;
            bus.remove(this);
        }
    }
}

package dev.connectsim.event;

/** A subscriber to an {@link EventBus}. */
@FunctionalInterface
public interface EventHandler {
    void on(BusEvent event);
}

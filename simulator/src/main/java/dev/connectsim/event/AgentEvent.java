package dev.connectsim.event;

import java.util.Locale;

/** The Streams {@code AgentEvents} the simulator sends: each is {@code agent::<value>}. */
public enum AgentEvent {
    INIT, UPDATE, REFRESH, ROUTABLE, NOT_ROUTABLE, OFFLINE, ERROR, STATE_CHANGE, ACW, ENQUEUED_NEXT_STATE,
    CLEARED_NEXT_STATE;

    /** The event name, such as {@code agent::state_change}. */
    public String eventName() {
        return "agent::" + name().toLowerCase(Locale.ROOT);
    }
}

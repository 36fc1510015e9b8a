package dev.connectsim.routing;

import java.util.Locale;

/** Streams' {@code AgentStateType}. */
public enum AgentStateType {
    INIT, ROUTABLE, NOT_ROUTABLE, OFFLINE, SYSTEM, ERROR;

    /** The lower-case value Streams uses. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package dev.connectsim.routing;

import java.util.Objects;

/**
 * An agent state as Streams shows it: {@code {type, name}}. The statuses an agent sets are
 * "Available" (routable), "Offline" and custom ones (not routable); the service sets the system
 * and error ones.
 */
public record AgentStatus(AgentStateType type, String name) {

    public static final AgentStatus AVAILABLE = new AgentStatus(AgentStateType.ROUTABLE, "Available");
    public static final AgentStatus OFFLINE = new AgentStatus(AgentStateType.OFFLINE, "Offline");
    public static final AgentStatus BUSY = new AgentStatus(AgentStateType.SYSTEM, "Busy");
    public static final AgentStatus AFTER_CALL_WORK = new AgentStatus(AgentStateType.SYSTEM, "AfterCallWork");
    public static final AgentStatus MISSED_CALL = new AgentStatus(AgentStateType.ERROR, "MissedCallAgent");

    public AgentStatus {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }

    /** A custom, not routable status such as "Lunch". */
    public static AgentStatus custom(String name) {
        return new AgentStatus(AgentStateType.NOT_ROUTABLE, name);
    }

    @Override
    public String toString() {
        return name + " (" + type.value() + ")";
    }
}

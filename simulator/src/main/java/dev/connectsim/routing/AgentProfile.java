package dev.connectsim.routing;

import java.util.Objects;

/** An agent (a Connect user) of the simulated instance, and what they do when offered a contact. */
public record AgentProfile(String username, String arn, String routingProfile, AgentBehavior behavior) {

    public AgentProfile {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(routingProfile, "routingProfile");
        Objects.requireNonNull(behavior, "behavior");
    }
}

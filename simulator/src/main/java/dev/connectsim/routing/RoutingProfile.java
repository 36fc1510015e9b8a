package dev.connectsim.routing;

import java.util.List;

/** A routing profile: the queues whose contacts its agents take, in priority order. */
public record RoutingProfile(String name, List<String> queueNames) {

    public RoutingProfile {
        queueNames = List.copyOf(queueNames);
    }
}

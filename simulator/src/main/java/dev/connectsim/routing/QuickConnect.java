package dev.connectsim.routing;

import dev.connectsim.contact.Endpoint;
import java.util.List;

/**
 * A quick connect of the simulated instance.
 *
 * @param target the username (USER), queue name (QUEUE) or E.164 number (PHONE_NUMBER)
 * @param queues the queues it is attached to; agents see it when a routing-profile queue is among them
 */
public record QuickConnect(String name, String arn, QuickConnectType type, String target, List<String> queues) {

    public QuickConnect {
        queues = List.copyOf(queues);
    }

    /** The Streams endpoint an agent's {@code getEndpoints} returns for it. */
    public Endpoint endpoint() {
        return new Endpoint(arn, type.endpointType(), name,
                type == QuickConnectType.PHONE_NUMBER ? target : null);
    }
}

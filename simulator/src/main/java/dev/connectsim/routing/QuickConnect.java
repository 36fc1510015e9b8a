package dev.connectsim.routing;

import dev.connectsim.contact.Endpoint;
import java.util.List;
import java.util.Objects;

/**
 * A quick connect of the simulated instance.
 *
 * @param id       the quick connect id
 * @param arn      {@code arn:aws:connect:<region>:<account>:instance/<instance id>/transfer-destination/<id>}
 * @param target   the username (USER), queue name (QUEUE) or E.164 number (PHONE_NUMBER)
 * @param queues   the queues it is attached to; agents see it when a routing-profile queue is among them
 * @param flowName the flow a transfer through it runs: an AGENT_TRANSFER flow (USER) or a QUEUE_TRANSFER flow
 *                 (QUEUE); null when none is set, and then the transfer goes straight to the agent or queue.
 *                 PHONE_NUMBER quick connects have none.
 */
public record QuickConnect(String name, String id, String arn, QuickConnectType type, String target,
        List<String> queues, String flowName) {

    public QuickConnect {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
        queues = List.copyOf(queues);
    }

    /** The Streams endpoint an agent's {@code getEndpoints} returns for it. */
    public Endpoint endpoint() {
        return new Endpoint(arn, type.endpointType(), name,
                type == QuickConnectType.PHONE_NUMBER ? target : null);
    }
}

package dev.connectsim.flow.run;

import dev.connectsim.contact.Contact;
import dev.connectsim.contact.QueueInfo;
import dev.connectsim.routing.AgentProfile;
import dev.connectsim.routing.Instance;
import java.util.Optional;

/**
 * What {@code $.} references of a block can see: the contact, its flow state, the instance, and the flow
 * running.
 */
record FlowScope(Contact contact, ContactFlowState state, Instance instance, String flowName) {

    /** The outbound caller id number of {@code queue}; empty for an agent's queue or a queue without one. */
    Optional<String> outboundCallerId(QueueInfo queue) {
        return instance.findQueue(queue.queueArn()).map(q -> q.outboundCallerIdNumber());
    }

    /** The target agent of a transfer-to-agent (or whisper/hold) flow, if there is one. */
    Optional<AgentProfile> targetAgent() {
        String username = state.targetAgent();
        return username == null ? Optional.empty() : instance.findAgent(username);
    }
}

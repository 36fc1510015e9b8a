package dev.connectsim.flow.run;

import dev.connectsim.contact.Contact;
import dev.connectsim.contact.QueueInfo;
import dev.connectsim.routing.AgentProfile;
import dev.connectsim.routing.Instance;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code $.} references of a block can see: the contact, its flow state, the instance, the flow running,
 * and that flow's own attributes ({@code $.FlowAttributes}, which UpdateFlowAttributes sets and which a new scope,
 * made for each flow a run enters, starts without).
 */
record FlowScope(Contact contact, ContactFlowState state, Instance instance, String flowName,
        Map<String, String> flowAttributes) {

    /** The scope of a flow entered now: no flow attributes yet. */
    FlowScope(Contact contact, ContactFlowState state, Instance instance, String flowName) {
        this(contact, state, instance, flowName, new LinkedHashMap<>());
    }

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

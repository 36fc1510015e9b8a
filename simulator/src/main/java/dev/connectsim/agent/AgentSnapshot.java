package dev.connectsim.agent;

import dev.connectsim.contact.ContactSnapshot;
import dev.connectsim.routing.AgentStatus;
import java.util.Comparator;
import java.util.List;

/**
 * What one poll of {@code getAgentSnapshot} returns: the agent's state, the status queued for after
 * the current contact (or null), and their contacts sorted by state timestamp as Streams sorts them.
 */
public record AgentSnapshot(AgentStatus state, AgentStatus nextState, List<ContactSnapshot> contacts) {

    public AgentSnapshot {
        contacts = contacts.stream().sorted(Comparator.comparing(ContactSnapshot::stateTimestamp)).toList();
    }
}

package dev.connectsim.contact;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A contact frozen at one snapshot, as the agent's CCP received it. */
public record ContactSnapshot(String contactId, ContactType type, InitiationMethod initiationMethod,
        String initialContactId, String previousContactId, ContactState state, Instant stateTimestamp,
        QueueInfo queue, Map<String, String> attributes, List<ConnectionSnapshot> connections) {

    public ContactSnapshot {
        attributes = FrozenOrderedMap.copyOf(attributes);
        connections = List.copyOf(connections);
    }
}

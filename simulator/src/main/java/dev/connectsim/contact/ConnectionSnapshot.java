package dev.connectsim.contact;

import java.time.Instant;

/** A connection frozen at one snapshot, as the agent's CCP received it. */
public record ConnectionSnapshot(String connectionId, ConnectionType type, Party party, Endpoint endpoint,
        boolean initial, ConnectionState state, Instant stateTimestamp) {
}

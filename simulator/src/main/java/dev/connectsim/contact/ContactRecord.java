package dev.connectsim.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The contact trace record (CTR) of one contact leg, with Connect's field names and timestamps
 * in virtual time, and what flows set on it ({@code settings}: recording, streaming, voice, hooks;
 * {@code tags}: the user-defined tags of TagContact). Fields that do not apply yet are null; attributes and tags keep
 * the order they were set in.
 */
public record ContactRecord(
        String contactId,
        String initialContactId,
        String previousContactId,
        String nextContactId,
        String channel,
        InitiationMethod initiationMethod,
        Instant initiationTimestamp,
        Instant connectedToSystemTimestamp,
        Instant disconnectTimestamp,
        DisconnectReason disconnectReason,
        String customerEndpoint,
        String systemEndpoint,
        String queueName,
        Instant enqueueTimestamp,
        Instant dequeueTimestamp,
        String agentUsername,
        Instant connectedToAgentTimestamp,
        int numberOfHolds,
        Duration customerHoldDuration,
        Instant afterContactWorkStartTimestamp,
        Instant afterContactWorkEndTimestamp,
        String transferredToEndpoint,
        Instant transferCompletedTimestamp,
        Map<String, String> attributes,
        ContactSettings settings,
        Map<String, String> tags) {

    public ContactRecord {
        attributes = FrozenOrderedMap.copyOf(attributes);
        tags = tags.isEmpty() ? Map.of() : FrozenOrderedMap.copyOf(tags);
    }
}

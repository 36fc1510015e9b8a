package dev.connectsim.harness.salesforce;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A VoiceCall record the simulated Salesforce created: a create request it answered with a {@code voiceCallId}.
 *
 * @param voiceCallId       the id Salesforce answered
 * @param vendorCallKey     the Connect ContactId it stands for
 * @param parentVoiceCallId the parent's id (a transfer's PreviousContactId); empty for an inbound call
 * @param initiationMethod  Inbound or Transfer
 * @param queue             the Queue ARN sent with a transfer, if any
 * @param callAttributes    the {@code sfdc-} attributes, prefix removed, parsed from the JSON string sent
 * @param to                the number called
 * @param from              the caller
 * @param createdAt         the virtual instant the request arrived
 */
public record VoiceCallRecord(String voiceCallId, String vendorCallKey, Optional<String> parentVoiceCallId,
        String initiationMethod, Optional<String> queue, Map<String, Object> callAttributes, String to, String from,
        Instant createdAt) {

    public VoiceCallRecord {
        Objects.requireNonNull(voiceCallId, "voiceCallId");
        Objects.requireNonNull(parentVoiceCallId, "parentVoiceCallId");
        Objects.requireNonNull(queue, "queue");
        callAttributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(callAttributes));
        Objects.requireNonNull(createdAt, "createdAt");
    }
}

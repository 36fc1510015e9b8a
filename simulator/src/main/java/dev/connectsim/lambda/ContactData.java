package dev.connectsim.lambda;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@code Details.ContactData} of a {@link ContactFlowEvent}: the contact as the flow sees it.
 *
 * <p>A value the contact does not have (no queue yet, no previous contact, no media stream) is
 * sent as JSON {@code null} under its key, never left out, so a function reading it finds the key.
 *
 * @param attributes        user-defined contact attributes
 * @param channel           VOICE, CHAT, TASK ...
 * @param contactId         this segment's ContactId
 * @param customerEndpoint  the caller; may be null
 * @param initialContactId  the ContactId of the first segment
 * @param initiationMethod  INBOUND, OUTBOUND, TRANSFER, CALLBACK, QUEUE_TRANSFER, DISCONNECT or API
 * @param instanceArn       the instance's ARN
 * @param languageCode      such as en-US
 * @param customerAudio     the customer's live media stream; null when not streaming
 * @param previousContactId the segment this one was transferred from; null when none
 * @param queue             the contact's queue (its TargetQueue); null when none is set
 * @param references        contact references by name
 * @param segmentAttributes segment attributes by key, each sent as {@code {"ValueString": value}}
 * @param systemEndpoint    the number the customer dialed; may be null
 */
public record ContactData(
        Map<String, String> attributes,
        String channel,
        String contactId,
        Endpoint customerEndpoint,
        String initialContactId,
        String initiationMethod,
        String instanceArn,
        String languageCode,
        AudioStream customerAudio,
        String previousContactId,
        Queue queue,
        Map<String, Reference> references,
        Map<String, String> segmentAttributes,
        Endpoint systemEndpoint) {

    /** The segment attribute the SCV function reads to tell PSTN from WebRTC calls. */
    public static final String SUBTYPE = "connect:Subtype";

    /** The segment attributes of a PSTN call, which a builder starts from. */
    private static final Map<String, String> PSTN_SEGMENT_ATTRIBUTES =
            copyOf(Map.of(SUBTYPE, "connect:Telephony"), "segmentAttributes");

    public ContactData {
        attributes = copyOf(attributes, "attributes");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(initiationMethod, "initiationMethod");
        references = copyOf(references, "references");
        segmentAttributes = copyOf(segmentAttributes, "segmentAttributes");
    }

    /** A builder for a voice contact with id {@code contactId}; see {@link Builder} for the defaults. */
    public static Builder voice(String contactId) {
        return new Builder(contactId);
    }

    /** An address and its type, such as {@code +15550100} and {@code TELEPHONE_NUMBER}. */
    public record Endpoint(String address, String type) {

        public Endpoint {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(type, "type");
        }

        /** A phone number endpoint. */
        public static Endpoint phoneNumber(String address) {
            return new Endpoint(address, "TELEPHONE_NUMBER");
        }

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("Address", address);
            map.put("Type", type);
            return map;
        }
    }

    /** The contact's queue; {@code outboundCallerId} may be null. */
    public record Queue(String arn, String name, Endpoint outboundCallerId) {

        public Queue {
            Objects.requireNonNull(arn, "arn");
            Objects.requireNonNull(name, "name");
        }

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("ARN", arn);
            map.put("Name", name);
            map.put("OutboundCallerId", outboundCallerId == null ? null : outboundCallerId.toMap());
            return map;
        }
    }

    /** A contact reference, such as a URL attached to a task. */
    public record Reference(String type, String value) {

        public Reference {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
        }

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("Type", type);
            map.put("Value", value);
            return map;
        }
    }

    /** The customer's audio stream in Kinesis Video Streams; the timestamp is epoch milliseconds as text. */
    public record AudioStream(String streamArn, String startFragmentNumber, String startTimestamp) {

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("StartFragmentNumber", startFragmentNumber);
            map.put("StartTimestamp", startTimestamp);
            map.put("StreamARN", streamArn);
            return map;
        }
    }

    /** The contact data as JSON: Connect's key names and case, keys in alphabetical order as Connect sends them. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("Attributes", new LinkedHashMap<>(attributes));
        map.put("Channel", channel);
        map.put("ContactId", contactId);
        map.put("CustomerEndpoint", customerEndpoint == null ? null : customerEndpoint.toMap());
        map.put("InitialContactId", initialContactId);
        map.put("InitiationMethod", initiationMethod);
        map.put("InstanceARN", instanceArn);
        map.put("LanguageCode", languageCode);
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("Audio", customerAudio == null ? null : customerAudio.toMap());
        map.put("MediaStreams", new LinkedHashMap<>(Map.of("Customer", customer)));
        map.put("PreviousContactId", previousContactId);
        map.put("Queue", queue == null ? null : queue.toMap());
        Map<String, Object> refs = new LinkedHashMap<>();
        references.forEach((name, reference) -> refs.put(name, reference.toMap()));
        map.put("References", refs);
        Map<String, Object> segments = new LinkedHashMap<>();
        segmentAttributes.forEach((key, value) -> segments.put(key, new LinkedHashMap<>(Map.of("ValueString", value))));
        map.put("SegmentAttributes", segments);
        map.put("SystemEndpoint", systemEndpoint == null ? null : systemEndpoint.toMap());
        return JsonValues.immutableCopy(map);
    }

    /**
     * An unmodifiable copy in alphabetical key order (so a {@code Map.of} gives the same event on every JVM), with no
     * null key or value. A map already frozen in that order is checked and kept, not copied.
     */
    static <V> Map<String, V> copyOf(Map<String, V> map, String name) {
        Objects.requireNonNull(map, name);
        if (map instanceof FrozenMap<String, V> frozen) {
            for (int i = 0; i < frozen.size(); i++) {
                requireEntry(frozen.keyAt(i), frozen.valueAt(i), name);
            }
            return frozen;
        }
        map.forEach((key, value) -> requireEntry(key, value, name));
        return FrozenMap.copyOf(map, Function.identity());
    }

    /** Fails on a null key or value; the message is built only then, as building it for every entry cost more. */
    private static void requireEntry(Object key, Object value, String name) {
        if (key == null) {
            throw new NullPointerException(name + " key");
        }
        if (value == null) {
            throw new NullPointerException(name + " value of '" + key + "'");
        }
    }

    /**
     * Builds {@link ContactData}. Defaults: channel VOICE, initiation method INBOUND, language en-US,
     * the initial contact is the contact itself, segment attribute {@code connect:Subtype} =
     * {@code connect:Telephony} (a PSTN call), instance
     * {@code arn:aws:connect:us-east-1:123456789012:instance/connect-sim},
     * and no attributes, endpoints, queue, previous contact, references or media stream.
     */
    public static final class Builder {

        /** Maps the builder was given or starts with are used as they are until something is added to them. */
        private Map<String, String> attributes = Map.of();
        private boolean ownsAttributes;
        private String channel = "VOICE";
        private final String contactId;
        private Endpoint customerEndpoint;
        private String initialContactId;
        private String initiationMethod = "INBOUND";
        private String instanceArn = "arn:aws:connect:us-east-1:123456789012:instance/connect-sim";
        private String languageCode = "en-US";
        private AudioStream customerAudio;
        private String previousContactId;
        private Queue queue;
        private Map<String, Reference> references = Map.of();
        private Map<String, String> segmentAttributes = PSTN_SEGMENT_ATTRIBUTES;
        private boolean ownsSegmentAttributes;
        private Endpoint systemEndpoint;

        private Builder(String contactId) {
            this.contactId = Objects.requireNonNull(contactId, "contactId");
            this.initialContactId = contactId;
        }

        public Builder attribute(String key, String value) {
            editableAttributes().put(key, value);
            return this;
        }

        public Builder attributes(Map<String, String> values) {
            if (attributes.isEmpty()) {
                attributes = copyOf(values, "attributes");
                ownsAttributes = false;
            } else {
                editableAttributes().putAll(values);
            }
            return this;
        }

        private Map<String, String> editableAttributes() {
            if (!ownsAttributes) {
                attributes = new LinkedHashMap<>(attributes);
                ownsAttributes = true;
            }
            return attributes;
        }

        public Builder channel(String value) {
            channel = value;
            return this;
        }

        public Builder customerEndpoint(Endpoint value) {
            customerEndpoint = value;
            return this;
        }

        public Builder initialContactId(String value) {
            initialContactId = value;
            return this;
        }

        public Builder initiationMethod(String value) {
            initiationMethod = value;
            return this;
        }

        public Builder instanceArn(String value) {
            instanceArn = value;
            return this;
        }

        public Builder languageCode(String value) {
            languageCode = value;
            return this;
        }

        public Builder customerAudio(AudioStream value) {
            customerAudio = value;
            return this;
        }

        public Builder previousContactId(String value) {
            previousContactId = value;
            return this;
        }

        public Builder queue(Queue value) {
            queue = value;
            return this;
        }

        public Builder reference(String name, Reference value) {
            if (references.isEmpty()) {
                references = new LinkedHashMap<>();
            }
            references.put(name, value);
            return this;
        }

        /** Sets a segment attribute's ValueString; a null value removes the attribute. */
        public Builder segmentAttribute(String key, String value) {
            if (!ownsSegmentAttributes) {
                segmentAttributes = new LinkedHashMap<>(segmentAttributes);
                ownsSegmentAttributes = true;
            }
            if (value == null) {
                segmentAttributes.remove(key);
            } else {
                segmentAttributes.put(key, value);
            }
            return this;
        }

        public Builder systemEndpoint(Endpoint value) {
            systemEndpoint = value;
            return this;
        }

        public ContactData build() {
            return new ContactData(attributes, channel, contactId, customerEndpoint, initialContactId,
                    initiationMethod, instanceArn, languageCode, customerAudio, previousContactId, queue,
                    references, segmentAttributes, systemEndpoint);
        }
    }
}

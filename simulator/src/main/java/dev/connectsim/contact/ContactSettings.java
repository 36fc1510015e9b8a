package dev.connectsim.contact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What flows set on a contact whose real effect lies outside a simulator (voice, recording, streaming,
 * Voice ID), kept so a scenario can assert it, and copied into the contact trace record. Immutable: each
 * {@code with...} gives a changed copy.
 *
 * @param recordedParticipants who is recorded ({@code Agent}, {@code Customer}); empty: recording is off
 * @param analyticsEnabled     whether Contact Lens analytics is on (with its mode in {@code analyticsMode})
 * @param analyticsMode        {@code RealTime} or {@code PostContact}; null when analytics is off or unsaid
 * @param mediaStreaming       whether the customer's audio is streamed (live media streaming)
 * @param textToSpeechVoice    the voice prompts are read in
 * @param languageCode         the contact's language, such as {@code en-US}
 * @param customerId           the customer id a flow set (Voice ID), or null
 * @param eventHooks           hook name ({@code CustomerRemaining}, {@code CustomerQueue} ...) to the flow it runs
 * @param routingCriteria      the routing criteria a flow set, as written, or empty
 * @param callbackNumber       the number a callback would dial, or null
 * @param voiceIdStreaming     whether a flow started the Voice ID stream
 * @param callbackQueue        the queue a flow created a callback in (CreateCallbackContact), or null
 */
public record ContactSettings(List<String> recordedParticipants, boolean analyticsEnabled, String analyticsMode,
        boolean mediaStreaming, String textToSpeechVoice, String languageCode, String customerId,
        Map<String, String> eventHooks, Map<String, Object> routingCriteria, String callbackNumber,
        boolean voiceIdStreaming, String callbackQueue) {

    /** A new contact: nothing recorded or streamed, voice Joanna, language en-US, no hooks. */
    public static final ContactSettings DEFAULTS = new ContactSettings(List.of(), false, null, false, "Joanna",
            "en-US", null, Map.of(), Map.of(), null, false, null);

    public ContactSettings {
        recordedParticipants = List.copyOf(recordedParticipants);
        Objects.requireNonNull(textToSpeechVoice, "textToSpeechVoice");
        Objects.requireNonNull(languageCode, "languageCode");
        eventHooks = orderedCopy(eventHooks);
        routingCriteria = orderedCopy(routingCriteria);
    }

    /**
     * An unmodifiable copy that keeps the order; an empty map needs no copy (most contacts have no criteria), nor
     * does one these settings already hold (every {@code with} method passes the others on).
     */
    private static <V> Map<String, V> orderedCopy(Map<String, V> map) {
        return map.isEmpty() ? Map.of() : FrozenOrderedMap.copyOf(map);
    }

    /** Whether anything of the call is recorded. */
    public boolean recording() {
        return !recordedParticipants.isEmpty();
    }

    public ContactSettings withRecording(List<String> participants, boolean analytics, String mode) {
        return new ContactSettings(participants, analytics, analytics ? mode : null, mediaStreaming,
                textToSpeechVoice, languageCode, customerId, eventHooks, routingCriteria, callbackNumber,
                voiceIdStreaming, callbackQueue);
    }

    public ContactSettings withMediaStreaming(boolean on) {
        return new ContactSettings(recordedParticipants, analyticsEnabled, analyticsMode, on, textToSpeechVoice,
                languageCode, customerId, eventHooks, routingCriteria, callbackNumber, voiceIdStreaming, callbackQueue);
    }

    public ContactSettings withTextToSpeechVoice(String voice) {
        return new ContactSettings(recordedParticipants, analyticsEnabled, analyticsMode, mediaStreaming, voice,
                languageCode, customerId, eventHooks, routingCriteria, callbackNumber, voiceIdStreaming, callbackQueue);
    }

    public ContactSettings withLanguageCode(String code) {
        return new ContactSettings(recordedParticipants, analyticsEnabled, analyticsMode, mediaStreaming,
                textToSpeechVoice, code, customerId, eventHooks, routingCriteria, callbackNumber, voiceIdStreaming, callbackQueue);
    }

    public ContactSettings withCustomerId(String id) {
        return new ContactSettings(recordedParticipants, analyticsEnabled, analyticsMode, mediaStreaming,
                textToSpeechVoice, languageCode, id, eventHooks, routingCriteria, callbackNumber, voiceIdStreaming, callbackQueue);
    }

    /** The same settings with {@code hook} running {@code flow} (replacing what it ran before). */
    public ContactSettings withEventHook(String hook, String flow) {
        Map<String, String> hooks = new LinkedHashMap<>(eventHooks);
        hooks.put(hook, flow);
        return new ContactSettings(recordedParticipants, analyticsEnabled, analyticsMode, mediaStreaming,
                textToSpeechVoice, languageCode, customerId, FrozenOrderedMap.over(hooks), routingCriteria,
                callbackNumber, voiceIdStreaming, callbackQueue);
    }

    public ContactSettings withRoutingCriteria(Map<String, Object> criteria) {
        return new ContactSettings(recordedParticipants, analyticsEnabled, analyticsMode, mediaStreaming,
                textToSpeechVoice, languageCode, customerId, eventHooks, criteria, callbackNumber, voiceIdStreaming, callbackQueue);
    }

    public ContactSettings withCallbackNumber(String number) {
        return new ContactSettings(recordedParticipants, analyticsEnabled, analyticsMode, mediaStreaming,
                textToSpeechVoice, languageCode, customerId, eventHooks, routingCriteria, number, voiceIdStreaming, callbackQueue);
    }

    public ContactSettings withVoiceIdStreaming(boolean on) {
        return new ContactSettings(recordedParticipants, analyticsEnabled, analyticsMode, mediaStreaming,
                textToSpeechVoice, languageCode, customerId, eventHooks, routingCriteria, callbackNumber, on, callbackQueue);
    }

    public ContactSettings withCallbackQueue(String queue) {
        return new ContactSettings(recordedParticipants, analyticsEnabled, analyticsMode, mediaStreaming,
                textToSpeechVoice, languageCode, customerId, eventHooks, routingCriteria, callbackNumber,
                voiceIdStreaming, queue);
    }
}

package dev.connectsim.flow.run;

import dev.connectsim.flow.action.CheckVoiceId;
import dev.connectsim.flow.action.StartVoiceIdStream;
import dev.connectsim.flow.action.UpdateContactAttributes;
import dev.connectsim.flow.action.UpdateContactCallbackNumber;
import dev.connectsim.flow.action.UpdateContactData;
import dev.connectsim.flow.action.UpdateContactEventHooks;
import dev.connectsim.flow.action.UpdateContactMediaStreamingBehavior;
import dev.connectsim.flow.action.UpdateContactRecordingBehavior;
import dev.connectsim.flow.action.UpdateContactRoutingCriteria;
import dev.connectsim.flow.action.UpdateContactTextToSpeechVoice;
import dev.connectsim.flow.action.UpdatePreviousContactParticipantState;
import dev.connectsim.routing.PhoneNumber;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What flows set on the contact: attributes, recording, streaming, hooks, voice, language, callback number, and who
 * is held on the contact a transfer came from.
 */
final class ContactBlocks {

    /** The hooks UpdateContactEventHooks can set. */
    static final List<String> HOOKS = List.of("AgentHold", "AgentWhisper", "CustomerHold", "CustomerQueue",
            "CustomerRemaining", "CustomerWhisper", "DefaultAgentUI", "DisconnectAgentUI", "PauseContact",
            "ResumeContact");

    /** The values of UpdatePreviousContactParticipantState, "only supported for voice contacts". */
    static final List<String> PARTICIPANT_STATES = List.of("AgentOnHold", "CustomerOnHold", "OffHold");

    private ContactBlocks() {
    }

    static void register(Blocks blocks) {
        blocks.on(UpdateContactAttributes.class, ContactBlocks::attributes);
        blocks.on(UpdateContactRecordingBehavior.class, (action, context) -> {
            context.contact().updateSettings(s -> s.withRecording(action.recordedParticipants(),
                    action.analyticsEnabled(), Optional.ofNullable(action.analyticsMode()).orElse("PostContact")));
            return BlockOutcome.next();
        });
        blocks.on(UpdateContactEventHooks.class, ContactBlocks::eventHooks);
        blocks.on(UpdateContactMediaStreamingBehavior.class, (action, context) -> {
            context.contact().updateSettings(s -> s.withMediaStreaming("Enabled".equals(action.mediaStreamingState())));
            return BlockOutcome.next();
        });
        blocks.on(UpdateContactRoutingCriteria.class, (action, context) -> {
            context.contact().updateSettings(s -> s.withRoutingCriteria(action.routingCriteria()));
            return BlockOutcome.next();
        });
        blocks.on(UpdateContactData.class, ContactBlocks::contactData);
        blocks.on(UpdateContactTextToSpeechVoice.class, (action, context) -> {
            Optional<String> voice = context.value(action.textToSpeechVoice()).filter(v -> !v.isEmpty());
            if (voice.isEmpty()) {
                return BlockOutcome.noMatchingError("TextToSpeechVoice is not set");
            }
            context.contact().updateSettings(s -> s.withTextToSpeechVoice(voice.get()));
            return BlockOutcome.next();
        });
        blocks.on(UpdateContactCallbackNumber.class, ContactBlocks::callbackNumber);
        blocks.on(UpdatePreviousContactParticipantState.class, ContactBlocks::previousParticipantState);
        blocks.on(StartVoiceIdStream.class, (action, context) -> {
            context.contact().updateSettings(s -> s.withVoiceIdStreaming(true));
            return BlockOutcome.next();
        });
        blocks.on(CheckVoiceId.class, (action, context) -> context.contact().settings().voiceIdStreaming()
                ? BlockOutcome.branch("NotEnrolled")
                : BlockOutcome.noMatchingError("the Voice ID stream was not started (StartVoiceIdStream)"));
    }

    /**
     * Sets every attribute or none: a value that is one reference to something the contact does not have (a
     * missing {@code $.External} key) fails the block.
     */
    private static BlockOutcome attributes(UpdateContactAttributes action, BlockContext context) {
        // All or nothing: every value is worked out before the first is set.
        String[] keys = new String[action.attributes().size()];
        String[] values = new String[keys.length];
        int i = 0;
        for (Map.Entry<String, String> entry : action.attributes().entrySet()) {
            String key = context.render(entry.getKey());
            Optional<String> value = context.value(entry.getValue());
            if (value.isEmpty() || key.isEmpty()) {
                return BlockOutcome.noMatchingError("attribute '" + entry.getKey() + "': " + entry.getValue()
                        + " is not set on the contact, so no attribute was set");
            }
            keys[i] = key;
            values[i++] = value.get();
        }
        for (int set = 0; set < keys.length; set++) {
            context.contact().putAttribute(keys[set], values[set]);
        }
        return BlockOutcome.next();
    }

    private static BlockOutcome eventHooks(UpdateContactEventHooks action, BlockContext context) {
        if (action.eventHooks().size() != 1) {
            return BlockOutcome.noMatchingError("EventHooks must set exactly one hook, has "
                    + action.eventHooks().size());
        }
        Map.Entry<String, String> hook = action.eventHooks().entrySet().iterator().next();
        if (!HOOKS.contains(hook.getKey())) {
            return BlockOutcome.noMatchingError("'" + hook.getKey() + "' is not an event hook; hooks: "
                    + String.join(", ", HOOKS));
        }
        Optional<String> flow = context.value(hook.getValue());
        if (flow.isEmpty() || context.flows().find(flow.get()).isEmpty()) {
            return BlockOutcome.noMatchingError(context.flows().unknown(flow.orElse(hook.getValue())));
        }
        context.contact().updateSettings(s -> s.withEventHook(hook.getKey(), flow.get()));
        return BlockOutcome.next();
    }

    private static BlockOutcome contactData(UpdateContactData action, BlockContext context) {
        if (action.languageCode() != null) {
            Optional<String> code = context.value(action.languageCode()).filter(c -> !c.isEmpty());
            if (code.isEmpty()) {
                return BlockOutcome.noMatchingError("LanguageCode " + action.languageCode() + " is not set");
            }
            context.contact().updateSettings(s -> s.withLanguageCode(code.get()));
        }
        if (action.customerId() != null) {
            String id = context.render(action.customerId());
            context.contact().updateSettings(s -> s.withCustomerId(id));
        }
        Optional.ofNullable(action.voiceIdStreamingEnabled()).map("true"::equalsIgnoreCase)
                .ifPresent(on -> context.contact().updateSettings(s -> s.withVoiceIdStreaming(on)));
        return BlockOutcome.next();
    }

    /**
     * AgentOnHold holds the transferring agent and takes the customer off hold (so the customer can give what the
     * agent must not hear), CustomerOnHold the other way round, OffHold takes both off hold (*guess*: the page says
     * only which participant is held). No previous contact, or one without agent or customer on the line:
     * NoMatchingError.
     */
    private static BlockOutcome previousParticipantState(UpdatePreviousContactParticipantState action,
            BlockContext context) {
        String state = String.valueOf(action.previousContactParticipantState());
        if (!PARTICIPANT_STATES.contains(state)) {
            return BlockOutcome.noMatchingError("PreviousContactParticipantState must be one of "
                    + String.join(", ", PARTICIPANT_STATES) + ", was '" + state + "'");
        }
        return context.calls().holdPreviousParties(context.contact(), state.equals("AgentOnHold"),
                state.equals("CustomerOnHold")).map(BlockOutcome::noMatchingError).orElse(BlockOutcome.next());
    }

    private static BlockOutcome callbackNumber(UpdateContactCallbackNumber action, BlockContext context) {
        Optional<String> number = context.value(action.callbackNumber());
        if (number.isEmpty() || !PhoneNumber.isE164(number.get())) {
            return BlockOutcome.error("InvalidCallbackNumber", "'" + number.orElse("") + "' is not a phone number "
                    + "in E.164 form such as +15550100");
        }
        context.contact().updateSettings(s -> s.withCallbackNumber(number.get()));
        return BlockOutcome.next();
    }
}

package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import java.util.List;
import java.util.Map;

/**
 * UpdateContactRecordingAndAnalyticsBehavior's channel behaviors and UpdateContactMediaProcessing's ChatProcessor,
 * as their Flow Language pages describe them.
 */
final class RecordingParameters {

    private static final List<String> PARTICIPANTS = List.of("Agent", "Customer");
    private static final List<String> VOICE_MODES = List.of("RealTime", "PostContact", "AutomatedInteraction");
    private static final List<String> FLAGS = List.of("True", "False");

    private RecordingParameters() {
    }

    /**
     * One channel behavior ("Only ONE of the following channel behavior objects can be defined"), recorded
     * participants of Agent and Customer, voice analytics only when both are recorded, analytics modes the voice
     * channel has (one of RealTime and PostContact), and the InFlightRedactionConfigurationFailed branch that "Must
     * be defined if chat behavior is defined".
     */
    static void recordingAndAnalytics(Check check, Action action) {
        Map<String, Object> p = action.parameters();
        if (p.containsKey("ChatBehavior") && p.containsKey("VoiceBehavior")) {
            check.report(action, "/Parameters", "only one of ChatBehavior and VoiceBehavior may be defined, found"
                    + " both", "keep the behavior of the channel the flow serves");
        }
        if (p.containsKey("ChatBehavior")
                && action.transitions().onError("InFlightRedactionConfigurationFailed").isEmpty()) {
            check.report(action, "/Transitions/Errors", "with ChatBehavior, an Errors branch for"
                    + " InFlightRedactionConfigurationFailed must be defined", "add {\"ErrorType\":"
                            + " \"InFlightRedactionConfigurationFailed\", \"NextAction\": \"<Identifier>\"}");
        }
        if (!(p.get("VoiceBehavior") instanceof Map<?, ?> voice)) {
            return;
        }
        String at = "/Parameters/VoiceBehavior";
        List<?> participants = voice.get("VoiceRecordingBehavior") instanceof Map<?, ?> recording
                && recording.get("RecordedParticipants") instanceof List<?> list ? list : List.of();
        for (int i = 0; i < participants.size(); i++) {
            if (!PARTICIPANTS.contains(participants.get(i))) {
                check.report(action, at + "/VoiceRecordingBehavior/RecordedParticipants/" + i, "a recorded"
                        + " participant must be Agent or Customer, was " + Words.quote(String.valueOf(
                                participants.get(i))), "record Agent, Customer, or both");
            }
        }
        if (!(voice.get("VoiceAnalyticsBehavior") instanceof Map<?, ?> analytics)) {
            return;
        }
        String analyticsAt = at + "/VoiceAnalyticsBehavior";
        Object enabled = analytics.get("Enabled");
        if (enabled != null && !FLAGS.contains(enabled)) {
            check.report(action, analyticsAt + "/Enabled", "Enabled must be True or False, set statically, was "
                    + Words.quote(String.valueOf(enabled)), "write \"True\" or \"False\"");
        }
        if ("True".equals(enabled) && !participants.containsAll(PARTICIPANTS)) {
            check.report(action, analyticsAt, "voice analytics can only be set when RecordedParticipants holds both"
                    + " Agent and Customer, it holds " + (participants.isEmpty() ? "neither" : participants),
                    "record both Agent and Customer, or turn analytics off");
        }
        List<?> modes = analytics.get("AnalyticsModes") instanceof List<?> list ? list : List.of();
        for (int i = 0; i < modes.size(); i++) {
            if (!VOICE_MODES.contains(modes.get(i))) {
                check.report(action, analyticsAt + "/AnalyticsModes/" + i, "a voice analytics mode must be one of "
                        + Words.or(VOICE_MODES) + ", was " + Words.quote(String.valueOf(modes.get(i))),
                        "use RealTime or PostContact, with AutomatedInteraction if wanted");
            }
        }
        if (modes.contains("RealTime") && modes.contains("PostContact")) {
            check.report(action, analyticsAt + "/AnalyticsModes", "AnalyticsModes may hold one of RealTime and"
                    + " PostContact, found both", "keep RealTime or PostContact");
        }
    }

    /** ChatProcessor is an object whose ProcessingEnabled and DeliverUnprocessedMessages are True or False. */
    static void mediaProcessing(Check check, Action action) {
        Object processor = action.parameters().get("ChatProcessor");
        String hint = "set ChatProcessor to {\"ProcessingEnabled\": \"True\", \"LambdaProcessorARN\": \"arn:...\"}";
        if (!(processor instanceof Map<?, ?> map)) {
            check.report(action, processor == null ? "/Parameters" : "/Parameters/ChatProcessor", processor == null
                    ? "missing ChatProcessor (expected the chat processor's settings)"
                    : "ChatProcessor must be an object, found " + Words.kind(processor), hint);
            return;
        }
        flag(check, action, "/Parameters/ChatProcessor/ProcessingEnabled", map.get("ProcessingEnabled"), hint);
        if (map.get("ChatProcessorSettings") instanceof Map<?, ?> settings) {
            flag(check, action, "/Parameters/ChatProcessor/ChatProcessorSettings/DeliverUnprocessedMessages",
                    settings.get("DeliverUnprocessedMessages"), hint);
        }
        if (map.get("LambdaProcessorARN") instanceof String arn && Words.isDynamic(arn)) {
            check.report(action, "/Parameters/ChatProcessor/LambdaProcessorARN", "LambdaProcessorARN must be set"
                    + " statically, was " + Words.quote(arn), "write the function's ARN");
        }
    }

    private static void flag(Check check, Action action, String at, Object value, String hint) {
        if (value != null && !FLAGS.contains(value)) {
            check.report(action, at, at.substring(at.lastIndexOf('/') + 1) + " must be True or False, set"
                    + " statically, was " + Words.quote(String.valueOf(value)), hint);
        }
    }
}

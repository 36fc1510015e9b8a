package dev.connectsim.flow;

import dev.connectsim.flow.action.Condition;
import dev.connectsim.flow.action.Operator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The translation of each legacy module type into the current action that does the same: its current type and
 * parameters, and what its own branches mean. The table of types is in {@link LegacyFlowMapper}.
 *
 * <p>Design note: one method per module type that needs more than a rename; each reads the legacy parameters it
 * knows through {@link LegacyModule}, which reports whatever is left over, so an unknown parameter form makes the
 * module unsupported rather than half-mapped.
 */
final class LegacyModules {

    /** Every legacy module type with a mapping, for the "did you mean" of one that has none. */
    static final List<String> TYPES = List.of("PlayPrompt", "PlayAudio", "GetUserInput", "StoreUserInput",
            "StoreCustomerInput", "SetAttributes", "SetScreenPop", "SetLoggingBehavior", "SetRecordingBehavior",
            "StartMediaStreaming", "StopMediaStreaming", "InvokeExternalResource", "Transfer", "TransferToFlow",
            "CustomerInQueue", "SetQueue", "CheckAttribute", "CheckHoursOfOperation", "CheckStaffing",
            "GetMetricData", "CheckQueueStatus", "PercentileBranching", "Disconnect", "Resume", "SetVoice",
            "SetEventHook", "SetContactFlow", "Loop", "LoopPrompts", "CreateCallback", "SetCallBackNumber",
            "UpdateRoutingPriority");

    private static final Map<String, String> STAFFING = Map.of(
            "Available", "NumberOfAgentsAvailable",
            "Staffed", "NumberOfAgentsStaffed",
            "Online", "NumberOfAgentsOnline");

    private LegacyModules() {
    }

    /**
     * Fills {@code m.parameters} and returns the current type (null for a module type with no mapping); records
     * what has no mapping in {@code m.gaps}.
     */
    static String translate(LegacyModule m) {
        switch (m.type) {
            case "PlayPrompt", "PlayAudio" -> {
                m.prompt();
                return "MessageParticipant";
            }
            case "GetUserInput" -> {
                m.requireTarget("Digits", true);
                m.prompt();
                m.copy("Timeout", "InputTimeLimitSeconds");
                m.drop("MaxDigits");
                m.parameters.put("StoreInput", "False");
                return "GetParticipantInput";
            }
            case "StoreUserInput", "StoreCustomerInput" -> {
                storeUserInput(m);
                return "GetParticipantInput";
            }
            case "SetAttributes" -> {
                m.parameters.put("Attributes", m.keyed("Attribute"));
                return "UpdateContactAttributes";
            }
            case "SetScreenPop" -> {
                screenPop(m);
                return "UpdateContactAttributes";
            }
            case "SetLoggingBehavior" -> {
                m.parameters.put("FlowLoggingBehavior",
                        m.choose("LoggingBehavior", Map.of("Enable", "Enabled", "Disable", "Disabled")));
                return "UpdateFlowLoggingBehavior";
            }
            case "SetRecordingBehavior" -> {
                setRecordingBehavior(m);
                return "UpdateContactRecordingBehavior";
            }
            case "StartMediaStreaming" -> {
                startMediaStreaming(m);
                return "UpdateContactMediaStreamingBehavior";
            }
            case "StopMediaStreaming" -> {
                m.drop("Track");
                m.drop("ParticipantTypes");
                m.drop("MediaStreamTypes");
                m.parameters.put("MediaStreamingState", "Disabled");
                return "UpdateContactMediaStreamingBehavior";
            }
            case "InvokeExternalResource" -> {
                invokeLambda(m);
                return "InvokeLambdaFunction";
            }
            case "Transfer" -> {
                return transfer(m);
            }
            case "TransferToFlow" -> {
                m.copy("ContactFlowId", "ContactFlowId");
                return "TransferToFlow";
            }
            case "CustomerInQueue" -> {
                return "TransferContactToQueue";
            }
            case "SetQueue" -> {
                queueOrAgent(m);
                return "UpdateContactTargetQueue";
            }
            case "CheckAttribute" -> {
                m.parameters.put("ComparisonValue", m.reference(m.value("Attribute"), m.value("Namespace")));
                return "Compare";
            }
            case "CheckHoursOfOperation" -> {
                m.copy("Hours", "HoursOfOperationId");
                return "CheckHoursOfOperation";
            }
            case "CheckStaffing" -> {
                m.parameters.put("MetricType", m.choose("Status", STAFFING));
                queueOrAgent(m);
                m.conditionBranch("True", Condition.of(Operator.NUMBER_GREATER_THAN, "0"));
                m.errorBranch("False", "NoMatchingCondition");
                return "CheckMetricData";
            }
            case "CheckQueueStatus" -> {
                checkQueueStatus(m);
                return "CheckMetricData";
            }
            case "PercentileBranching" -> {
                percentileBranching(m);
                return "DistributeByPercentage";
            }
            case "GetMetricData" -> {
                queueOrAgent(m);
                m.copy("QueueChannel", "QueueChannel");
                return "GetMetricData";
            }
            case "Disconnect" -> {
                return "DisconnectParticipant";
            }
            case "Resume" -> {
                return "EndFlowExecution";
            }
            case "SetVoice" -> {
                m.copy("GlobalVoice", "TextToSpeechVoice");
                m.copy("GlobalEngine", "TextToSpeechEngine");
                m.copy("SpeakingStyle", "TextToSpeechStyle");
                return "UpdateContactTextToSpeechVoice";
            }
            case "UpdateRoutingPriority" -> {
                m.copy("AbsolutePosition", "QueuePriority");
                m.copy("TimeOffset", "QueueTimeAdjustmentSeconds");
                return "UpdateContactRoutingBehavior";
            }
            case "SetEventHook", "SetContactFlow" -> {
                eventHook(m);
                return "UpdateContactEventHooks";
            }
            case "Loop" -> {
                m.copy("LoopCount", "LoopCount");
                m.conditionBranch("Looping", Condition.of(Operator.EQUALS, "ContinueLooping"));
                m.conditionBranch("Complete", Condition.of(Operator.EQUALS, "DoneLooping"));
                return "Loop";
            }
            case "LoopPrompts" -> {
                loopPrompts(m);
                return "MessageParticipantIteratively";
            }
            case "CreateCallback" -> {
                queueOrAgent(m);
                m.copy("InitialDelaySeconds", "InitialCallDelaySeconds");
                m.copy("RetryDelaySeconds", "RetryDelaySeconds");
                m.copy("MaxRetryAttempts", "MaximumConnectionAttempts");
                return "CreateCallbackContact";
            }
            case "SetCallBackNumber" -> {
                m.copy("CallBackNumber", "CallbackNumber");
                m.errorBranch("InvalidPhoneNumber", "InvalidCallbackNumber");
                m.errorBranch("NonDialableNumber", "CallbackNumberNotDialable");
                return "UpdateContactCallbackNumber";
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * "Check queue status": branches CheckQueueTime (the oldest contact's time in queue, its conditionValue in
     * milliseconds) or CheckQueueCapacity (contacts in queue) become conditions on one CheckMetricData metric;
     * a block that checks both cannot be one CheckMetricData.
     */
    private static void checkQueueStatus(LegacyModule m) {
        boolean time = m.branchNames.contains("CheckQueueTime");
        boolean capacity = m.branchNames.contains("CheckQueueCapacity");
        if (time && capacity) {
            m.gaps.add("CheckQueueTime and CheckQueueCapacity in one block have no mapping (a CheckMetricData"
                    + " reads one metric)");
        }
        m.parameters.put("MetricType", time ? "OldestContactInQueueAgeSeconds" : "NumberOfContactsInQueue");
        queueOrAgent(m);
        m.evaluatedBranch("CheckQueueTime", c -> new Condition(c.operatorName(), c.operands().stream()
                .map(LegacyModules::millisecondsToSeconds).toList()));
        m.evaluatedBranch("CheckQueueCapacity", c -> c);
    }

    /**
     * "Distribute by percentage": each Evaluate branch's conditionValue is its percentage (the rest goes down
     * NoMatch), so the branches become the chain of NumberLessThan conditions DistributeByPercentage takes: a
     * first branch of 20% is {@code NumberLessThan 21}, a second of 40% {@code NumberLessThan 61}.
     */
    private static void percentileBranching(LegacyModule m) {
        int[] below = {1};
        m.evaluatedBranch("Evaluate", c -> {
            below[0] += percentage(c);
            return Condition.of(Operator.NUMBER_LESS_THAN, String.valueOf(below[0]));
        });
    }

    private static int percentage(Condition c) {
        try {
            return c.operands().isEmpty() ? 0 : Integer.parseInt(c.operands().get(0).trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String millisecondsToSeconds(String milliseconds) {
        try {
            return new BigDecimal(milliseconds.trim()).movePointLeft(3).stripTrailingZeros()
                    .toPlainString();
        } catch (NumberFormatException e) {
            return milliseconds;
        }
    }

    private static void storeUserInput(LegacyModule m) {
        m.prompt();
        m.copy("Timeout", "InputTimeLimitSeconds");
        m.parameters.put("StoreInput", "True");
        String inputType = m.value("CustomerInputType");
        if ("PhoneNumber".equals(inputType)) {
            Map<String, Object> phone = new LinkedHashMap<>();
            phone.put("NumberFormat", m.choose("PhoneNumberFormat", Map.of("Local", "Local",
                    "International", "E164")));
            String country = m.value("CountryCode");
            if (country != null) {
                phone.put("CountryCode", country);
            }
            m.parameters.put("InputValidation", Map.of("PhoneNumberValidation", phone));
            m.errorBranch("InvalidNumber", "InvalidPhoneNumber");
        } else if (inputType != null && !inputType.equals("Custom")) {
            m.gaps.add("CustomerInputType '" + inputType + "' has no mapping");
        }
        String maxDigits = m.value("MaxDigits");
        if (maxDigits != null) {
            m.parameters.put("InputValidation", Map.of("CustomValidation", Map.of("MaximumLength", maxDigits)));
        }
        Map<String, Object> dtmf = new LinkedHashMap<>();
        String disableCancel = m.value("DisableCancel");
        if (disableCancel != null) {
            dtmf.put("DisableCancelKey", Boolean.parseBoolean(disableCancel) ? "True" : "False");
        }
        String terminator = m.value("TerminatorDigits");
        if (terminator != null) {
            dtmf.put("InputTerminationSequence", terminator);
        }
        if (!dtmf.isEmpty()) {
            m.parameters.put("DTMFConfiguration", dtmf);
        }
        if (Boolean.parseBoolean(m.value("EncryptEntry"))) {
            m.gaps.add("EncryptEntry true has no mapping");
        }
    }

    /** The deprecated Set screenpop block: one attribute from a {@code key} and a {@code value} parameter. */
    private static void screenPop(LegacyModule m) {
        String key = m.value("key");
        LegacyModule.Param value = m.take("value").orElse(null);
        if (key == null || value == null) {
            m.gaps.add("SetScreenPop needs a key and a value parameter");
            m.parameters.put("Attributes", Map.of());
            return;
        }
        String resolved = m.reference(value);
        m.parameters.put("Attributes", Map.of(key, resolved == null ? "" : resolved));
    }

    private static void setRecordingBehavior(LegacyModule m) {
        String option = m.value("RecordingBehaviorOption");
        String who = m.value("RecordingParticipantOption");
        List<String> recorded;
        if ("Disable".equals(option)) {
            recorded = List.of();
        } else if ("Enable".equals(option)) {
            recorded = switch (who == null ? "" : who) {
                case "Both" -> List.of("Agent", "Customer");
                case "Agent" -> List.of("Agent");
                case "Customer" -> List.of("Customer");
                default -> {
                    m.gaps.add("RecordingParticipantOption '" + who + "' has no mapping");
                    yield List.of();
                }
            };
        } else {
            m.gaps.add("RecordingBehaviorOption '" + option + "' has no mapping");
            recorded = List.of();
        }
        m.parameters.put("RecordingBehavior", Map.of("RecordedParticipants", recorded));
    }

    /**
     * Tracks {@code FromCustomer}/{@code ToCustomer}, or the older {@code ParticipantTypes Customer} (both
     * directions: the block streamed the customer's audio both ways before it had the two boxes).
     */
    private static void startMediaStreaming(LegacyModule m) {
        m.parameters.put("MediaStreamingState", "Enabled");
        m.copy("MediaStreamTypes", "MediaStreamType");
        List<String> directions = new ArrayList<>();
        for (String track : m.values("Track")) {
            switch (track) {
                case "FromCustomer" -> directions.add("From");
                case "ToCustomer" -> directions.add("To");
                default -> m.gaps.add("Track '" + track + "' has no mapping");
            }
        }
        for (String participant : m.values("ParticipantTypes")) {
            if (participant.equals("Customer")) {
                directions.addAll(List.of("From", "To"));
            } else {
                m.gaps.add("ParticipantTypes '" + participant + "' has no mapping");
            }
        }
        m.parameters.put("Participants", List.of(Map.of("ParticipantType", "Customer", "MediaDirections",
                directions.stream().distinct().toList())));
    }

    private static void invokeLambda(LegacyModule m) {
        m.requireTarget("Lambda", false);
        m.copy("FunctionArn", "LambdaFunctionARN");
        m.copy("TimeLimit", "InvocationTimeLimitSeconds");
        Map<String, Object> attributes = m.keyed("Parameter");
        if (!attributes.isEmpty()) {
            m.parameters.put("LambdaInvocationAttributes", attributes);
        }
    }

    private static String transfer(LegacyModule m) {
        if ("Queue".equals(m.target)) {
            return "TransferContactToQueue";
        }
        if ("PhoneNumber".equals(m.target)) {
            m.copy("PhoneNumber", "ThirdPartyPhoneNumber");
            m.copyAny("ThirdPartyConnectionTimeLimitSeconds", "TimeLimit", "Timeout");
            String blind = m.value("BlindTransfer");
            if (blind != null) {
                m.parameters.put("ContinueFlowExecution", Boolean.parseBoolean(blind) ? "False" : "True");
            }
            m.errorBranch("CallFailure", "CallFailed");
            m.errorBranch("CallFailed", "CallFailed");
            m.errorBranch("Timeout", "ConnectionTimeLimitExceeded");
            return "TransferParticipantToThirdParty";
        }
        m.requireTarget("Flow", false);
        m.copy("ContactFlowId", "ContactFlowId");
        return "TransferToFlow";
    }

    /** {@code Queue} → QueueId, or {@code Agent} (an agent's queue) → AgentId. */
    private static void queueOrAgent(LegacyModule m) {
        m.copy("Queue", "QueueId");
        m.copy("Agent", "AgentId");
    }

    private static void eventHook(LegacyModule m) {
        String hook = m.value("Type");
        String flow = m.take("ContactFlowId").map(m::reference).orElse(null);
        if (hook == null || flow == null) {
            m.gaps.add(m.type + " needs a Type and a ContactFlowId parameter");
            m.parameters.put("EventHooks", Map.of());
            return;
        }
        m.parameters.put("EventHooks", Map.of(hook, flow));
    }

    /**
     * Each {@code Text} (its {@code key} is its kind, {@code ssml} or text) or {@code AudioPrompt} parameter is one
     * message, in order; {@code InterruptSeconds} is how often the loop is interrupted, its {@code Timeout} branch.
     */
    private static void loopPrompts(LegacyModule m) {
        List<Object> messages = new ArrayList<>();
        for (LegacyModule.Param p : List.copyOf(m.unused)) {
            String kind = switch (p.name()) {
                case "Text" -> "ssml".equalsIgnoreCase(p.key()) ? "SSML" : "Text";
                case "AudioPrompt" -> "PromptId";
                default -> null;
            };
            if (kind != null) {
                m.unused.remove(p);
                String value = m.reference(p);
                messages.add(Map.of(kind, value == null ? "" : value));
            }
        }
        m.parameters.put("Messages", messages);
        m.copy("InterruptSeconds", "InterruptFrequencySeconds");
        m.conditionBranch("Timeout", Condition.of(Operator.EQUALS, "MessagesInterrupted"));
    }
}

package dev.connectsim.flow.lint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The error types each action type raises, from the flow-language pages of the admin guide (Jan 2023), plus the
 * ones the Salesforce samples wire ({@code InputTimeLimitExceeded} on GetParticipantInput). Every action may also
 * have {@code NoMatchingError} and {@code NoMatchingCondition} branches ("commonly supported errors").
 */
final class ErrorTypes {

    static final String NO_MATCHING_ERROR = "NoMatchingError";
    static final String NO_MATCHING_CONDITION = "NoMatchingCondition";

    /**
     * Branches Amazon Connect requires: GetParticipantInput's NoMatchingError ("must always be defined"), and,
     * as the editor always draws them, InvokeLambdaFunction's NoMatchingError and TransferContactToQueue's
     * QueueAtCapacity and NoMatchingError; what the Flow Language reference marks "Must always be defined" on
     * UpdateContactMediaProcessing and UpdateContactRecordingAndAnalyticsBehavior.
     */
    static final Map<String, List<String>> REQUIRED = Map.of(
            "GetParticipantInput", List.of(NO_MATCHING_ERROR),
            "InvokeLambdaFunction", List.of(NO_MATCHING_ERROR),
            "TransferContactToQueue", List.of("QueueAtCapacity", NO_MATCHING_ERROR),
            "UpdateContactMediaProcessing", List.of(NO_MATCHING_ERROR),
            "UpdateContactRecordingAndAnalyticsBehavior", List.of(NO_MATCHING_ERROR, "ChannelMismatch"));

    /** What the other action types raise when they fail; a branch for it, or NoMatchingError, catches it. */
    static final Map<String, List<String>> RAISED = raised();

    /** Error types particular to an action type, besides the common two. */
    static final Map<String, List<String>> PARTICULAR = Map.ofEntries(
            Map.entry("GetParticipantInput", List.of("InputTimeLimitExceeded", "InvalidPhoneNumber")),
            Map.entry("TransferContactToQueue", List.of("QueueAtCapacity")),
            Map.entry("TransferParticipantToThirdParty", List.of("CallFailed", "ConnectionTimeLimitExceeded")),
            Map.entry("UpdateContactCallbackNumber", List.of("CallbackNumberNotDialable", "InvalidCallbackNumber")),
            Map.entry("ConnectParticipantWithLexBot", List.of("InputTimeLimitExceeded")),
            Map.entry("CreateCase", List.of("ContactNotLinked")),
            Map.entry("GetCalculatedAttributesForCustomerProfile", List.of("NoneFoundError")),
            Map.entry("GetCase", List.of("ContactNotLinked", "MultipleFound", "NoneFound")),
            Map.entry("GetCustomerProfile", List.of("MultipleFoundError", "NoneFoundError")),
            Map.entry("GetCustomerProfileObject", List.of("NoneFoundError")),
            Map.entry("ShowView", List.of("TimeLimitExceeded")),
            Map.entry("UpdateCase", List.of("ContactNotLinked")),
            Map.entry("UpdateContactMediaProcessing", List.of("ChannelMismatch")),
            Map.entry("UpdateContactRecordingAndAnalyticsBehavior", List.of("ChannelMismatch",
                    "InFlightRedactionConfigurationFailed")));

    private ErrorTypes() {
    }

    private static Map<String, List<String>> raised() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        for (String type : List.of("CheckHoursOfOperation", "CheckMetricData", "CheckVoiceId",
                "CreateCallbackContact", "GetMetricData", "MessageParticipant", "MessageParticipantIteratively",
                "StartVoiceIdStream", "TransferParticipantToThirdParty", "TransferToFlow", "UpdateContactAttributes",
                "UpdateContactData", "UpdateContactEventHooks", "UpdateContactMediaStreamingBehavior",
                "UpdateContactRoutingCriteria", "UpdateContactTargetQueue")) {
            t.put(type, List.of(NO_MATCHING_ERROR));
        }
        t.put("Compare", List.of(NO_MATCHING_CONDITION));
        t.put("DistributeByPercentage", List.of(NO_MATCHING_CONDITION));
        t.put("UpdateContactCallbackNumber", List.of("InvalidCallbackNumber", "CallbackNumberNotDialable"));
        // The Customer profiles, Cases, task, chat, view, Wisdom and Lex actions: each page lists NoMatchingError.
        for (String type : List.of("AssociateContactToCustomerProfile", "ConnectParticipantWithLexBot", "CreateCase",
                "CreateCustomerProfile", "CreateTask", "CreateWisdomSession",
                "GetCalculatedAttributesForCustomerProfile", "GetCase", "GetCustomerProfile", "GetCustomerProfileObject", "ShowView", "StartOutboundChatContact",
                "UpdateCase", "UpdateCustomerProfile")) {
            t.put(type, List.of(NO_MATCHING_ERROR));
        }
        for (String type : List.of("ResumeContact", "TagContact", "UnTagContact", "UpdateFlowAttributes",
                "UpdatePreviousContactParticipantState", "UpdateRoutingCriteria")) {
            t.put(type, List.of(NO_MATCHING_ERROR));
        }
        t.put("UpdateContactMediaProcessing", List.of("ChannelMismatch"));
        return t;
    }

    /** The error types {@code type} may have branches for: the common two, then its particular ones. */
    static List<String> allowed(String type) {
        return Stream.concat(Stream.of(NO_MATCHING_ERROR, NO_MATCHING_CONDITION),
                PARTICULAR.getOrDefault(type, List.of()).stream()).toList();
    }
}

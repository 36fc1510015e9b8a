package dev.connectsim.flow.lint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The top-level parameter names each action type takes: the flow-language pages of the admin guide (Jan 2023),
 * the names the current AWS pages add (InvocationType, ResponseValidation, TargetContact, TextToSpeechEngine and
 * TextToSpeechStyle, the Voice ID and contact fields of UpdateContactData, CompleteOutboundCall's voice connector
 * fields, CreateCallbackContact's ContactFlowId and CallerId), and every name the Salesforce sample flows use.
 * Nested names (inside RecordingBehavior, InputValidation ...) are not checked. Every type of
 * {@link dev.connectsim.flow.action.ActionTypes} has an entry (a test holds this).
 */
final class ParameterNames {

    private static final List<String> PROMPT = List.of("PromptId", "Text", "SSML", "Media");
    /** What every Customer profiles action takes: the request, and the fields to keep in {@code $.Customer}. */
    private static final List<String> PROFILE = List.of("ProfileRequestData", "ProfileResponseData");

    private static final Map<String, List<String>> ALLOWED = table();

    private ParameterNames() {
    }

    private static Map<String, List<String>> table() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        t.put("CheckHoursOfOperation", List.of("HoursOfOperationId"));
        t.put("CheckMetricData", List.of("MetricType", "QueueId", "AgentId"));
        t.put("CheckVoiceId", List.of("CheckVoiceIdOption"));
        t.put("Compare", List.of("ComparisonValue"));
        t.put("CompleteOutboundCall", List.of("CallerId", "VoiceConnector", "ConnectionTimeLimitSeconds"));
        t.put("CreateCallbackContact", List.of("QueueId", "AgentId", "InitialCallDelaySeconds",
                "MaximumConnectionAttempts", "RetryDelaySeconds", "ContactFlowId", "CallerId"));
        t.put("DisconnectParticipant", List.of());
        t.put("DistributeByPercentage", List.of());
        t.put("EndFlowExecution", List.of());
        t.put("GetMetricData", List.of("QueueId", "AgentId", "QueueChannel"));
        t.put("GetParticipantInput", concat(PROMPT, List.of("InputTimeLimitSeconds", "StoreInput", "InputValidation",
                "InputEncryption", "DTMFConfiguration")));
        t.put("InvokeLambdaFunction", List.of("LambdaFunctionARN", "InvocationTimeLimitSeconds", "InvocationType",
                "LambdaInvocationAttributes", "ResponseValidation"));
        t.put("Loop", List.of("LoopCount"));
        t.put("MessageParticipant", PROMPT);
        t.put("MessageParticipantIteratively", List.of("Messages", "InterruptFrequencySeconds"));
        t.put("StartVoiceIdStream", List.of());
        t.put("TransferContactToAgent", List.of());
        t.put("TransferContactToQueue", List.of());
        t.put("TransferParticipantToThirdParty", List.of("ThirdPartyPhoneNumber",
                "ThirdPartyConnectionTimeLimitSeconds", "ContinueFlowExecution", "ThirdPartyDTMFDigits", "CallerId"));
        t.put("TransferToFlow", List.of("ContactFlowId"));
        t.put("UpdateContactAttributes", List.of("Attributes", "TargetContact"));
        t.put("UpdateContactCallbackNumber", List.of("CallbackNumber"));
        t.put("UpdateContactData", List.of("Name", "Description", "LanguageCode", "CustomerId", "References",
                "IsVoiceIdStreamingEnabled", "IsVoiceAuthenticationEnabled", "IsFraudDetectionEnabled",
                "VoiceAuthenticationThreshold", "VoiceAuthenticationResponseTime", "FraudDetectionThreshold",
                "WatchlistId", "WisdomSessionArn", "TargetContact"));
        t.put("UpdateContactEventHooks", List.of("EventHooks"));
        t.put("UpdateContactMediaStreamingBehavior", List.of("MediaStreamingState", "Participants",
                "MediaStreamType"));
        t.put("UpdateContactRecordingBehavior", List.of("RecordingBehavior", "AnalyticsBehavior"));
        t.put("UpdateContactRoutingCriteria", List.of("RoutingCriteria"));
        t.put("UpdateContactTargetQueue", List.of("QueueId", "AgentId"));
        t.put("UpdateContactTextToSpeechVoice", List.of("TextToSpeechVoice", "TextToSpeechEngine",
                "TextToSpeechStyle"));
        t.put("UpdateFlowLoggingBehavior", List.of("FlowLoggingBehavior"));
        t.put("AssociateContactToCustomerProfile", PROFILE);
        t.put("ConnectParticipantWithLexBot", concat(PROMPT, List.of("LexV2Bot", "LexBot", "LexSessionAttributes",
                "LexInitilizationData", "LexTimeoutSeconds")));
        t.put("CreateCase", List.of("LinkContactToCase", "CaseTemplateId", "CaseRequestFields"));
        t.put("CreateCustomerProfile", PROFILE);
        t.put("CreateTask", List.of("ContactFlowId", "Attributes", "Name", "Description", "References",
                "DelaySeconds", "ScheduledTime", "TaskTemplateId"));
        t.put("CreateWisdomSession", List.of("WisdomAssistantArn"));
        t.put("GetCalculatedAttributesForCustomerProfile", PROFILE);
        t.put("GetCase", List.of("LinkContactToCase", "GetLastUpdatedCase", "CustomerId", "CaseRequestFields",
                "CaseResponseFields"));
        t.put("GetCustomerProfile", PROFILE);
        t.put("GetCustomerProfileObject", PROFILE);
        t.put("ShowView", List.of("ViewResource", "InvocationTimeLimitSeconds", "ViewData",
                "SensitiveDataConfiguration"));
        t.put("StartOutboundChatContact", List.of("SourceEndpoint", "DestinationEndpoint", "ContactFlowArn",
                "ContactSubtype", "InitialSystemMessage", "RelatedContact"));
        t.put("UpdateCase", List.of("LinkContactToCase", "CaseId", "CaseRequestFields"));
        t.put("UpdateCustomerProfile", PROFILE);
        t.put("ResumeContact", List.of());
        t.put("TagContact", List.of("Tags"));
        t.put("UnTagContact", List.of("TagKeys"));
        t.put("UpdateContactMediaProcessing", List.of("ChatProcessor"));
        t.put("UpdateContactRecordingAndAnalyticsBehavior", List.of("ChatBehavior", "VoiceBehavior",
                "ScreenRecordingBehavior"));
        t.put("UpdateContactRoutingBehavior", List.of("QueuePriority", "QueueTimeAdjustmentSeconds"));
        t.put("UpdateFlowAttributes", List.of("FlowAttributes"));
        t.put("UpdatePreviousContactParticipantState", List.of("PreviousContactParticipantState"));
        t.put("UpdateRoutingCriteria", List.of("RoutingCriteria"));
        return t;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    /** The parameter names {@code type} takes, in the documentation's order; empty for a type not in the table. */
    static Optional<List<String>> allowed(String type) {
        return Optional.ofNullable(ALLOWED.get(type));
    }
}

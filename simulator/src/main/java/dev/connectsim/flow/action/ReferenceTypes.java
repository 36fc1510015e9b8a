package dev.connectsim.flow.action;

import java.util.Set;

/**
 * The 57 action types of Amazon Connect's Flow Language reference, as its four lists give them (contact actions,
 * participant actions, flow-control actions, interactions): types Connect runs. A type of this set the simulator
 * does not model is {@link Unsupported} as any other, but validation warns rather than errs on it, since Connect
 * accepts the flow; a call that reaches it still fails its scenario. docs/fidelity.md's table "Every action type of
 * the Flow Language" lists the same types ({@code ActionTypeTableTest} holds them together).
 */
public final class ReferenceTypes {

    private static final Set<String> ALL = Set.of(
            "CompleteOutboundCall", "CreateCase", "CreateTask", "CreateWisdomSession",
            "DequeueContactAndTransferToQueue", "EndFlowModuleExecution", "GetCase", "InvokeFlowModule",
            "ResumeContact", "StartOutboundChatContact", "TagContact", "TransferContactToAgent",
            "TransferContactToQueue", "UnTagContact", "UpdateCase", "UpdateContactAttributes",
            "UpdateContactCallbackNumber", "UpdateContactData", "UpdateContactEventHooks",
            "UpdateContactMediaProcessing", "UpdateContactMediaStreamingBehavior",
            "UpdateContactRecordingAndAnalyticsBehavior", "UpdateContactRecordingBehavior",
            "UpdateContactRoutingBehavior", "UpdateContactTargetQueue", "UpdateContactTextToSpeechVoice",
            "UpdatePreviousContactParticipantState",
            "ConnectParticipantWithLexBot", "DisconnectParticipant", "GetParticipantInput", "MessageParticipant",
            "MessageParticipantIteratively", "ShowView", "TransferParticipantToThirdParty",
            "CheckHoursOfOperation", "CheckMetricData", "CheckOutboundCallStatus", "CheckVoiceId", "Compare",
            "DistributeByPercentage", "EndFlowExecution", "GetMetricData", "Loop", "StartVoiceIdStream",
            "TransferToFlow", "UpdateFlowAttributes", "UpdateFlowLoggingBehavior", "UpdateRoutingCriteria", "Wait",
            "AssociateContactToCustomerProfile", "CreateCallbackContact", "CreateCustomerProfile",
            "GetCalculatedAttributesForCustomerProfile", "GetCustomerProfile", "GetCustomerProfileObject",
            "InvokeLambdaFunction", "UpdateCustomerProfile");

    private ReferenceTypes() {
    }

    /** Every type of the reference. */
    public static Set<String> all() {
        return ALL;
    }

    /** Whether {@code type} is a type of the reference (names are case-sensitive, as in Connect). */
    public static boolean contains(String type) {
        return ALL.contains(type);
    }
}

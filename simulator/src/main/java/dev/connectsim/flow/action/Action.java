package dev.connectsim.flow.action;

import java.util.Map;

/**
 * One action (a "block") of a Connect flow: a closed set with one record per action type of the flow language,
 * and {@link Unsupported} for any other type, so that nothing unknown passes as a success.
 *
 * <p>Every action keeps its raw {@link #parameters()} and also offers typed components for the parameters the
 * engine reads. {@link ActionTypes#create} picks the record for a {@code Type}.
 */
public sealed interface Action permits CheckHoursOfOperation, CheckMetricData, CheckVoiceId, Compare,
        CompleteOutboundCall, CreateCallbackContact, DisconnectParticipant, DistributeByPercentage,
        EndFlowExecution, GetMetricData, GetParticipantInput, InvokeLambdaFunction, Loop, MessageParticipant,
        MessageParticipantIteratively, StartVoiceIdStream, TransferContactToAgent, TransferContactToQueue,
        TransferParticipantToThirdParty, TransferToFlow, UpdateContactAttributes, UpdateContactCallbackNumber,
        UpdateContactData, UpdateContactEventHooks, UpdateContactMediaStreamingBehavior,
        UpdateContactRecordingBehavior, UpdateContactRoutingCriteria, UpdateContactTargetQueue,
        UpdateContactTextToSpeechVoice, UpdateFlowLoggingBehavior, Unsupported,
        AssociateContactToCustomerProfile, ConnectParticipantWithLexBot, CreateCase, CreateCustomerProfile, CreateTask,
        CreateWisdomSession, GetCalculatedAttributesForCustomerProfile, GetCase, GetCustomerProfile,
        GetCustomerProfileObject, ShowView, StartOutboundChatContact, UpdateCase, UpdateCustomerProfile,
        ResumeContact, TagContact, UnTagContact, UpdateContactMediaProcessing,
        UpdateContactRecordingAndAnalyticsBehavior, UpdateContactRoutingBehavior, UpdateFlowAttributes,
        UpdatePreviousContactParticipantState, UpdateRoutingCriteria {

    /** Identifier, transitions, raw parameters and place in the file. */
    Envelope envelope();

    /** The Connect {@code Type} string, such as {@code "InvokeLambdaFunction"}. */
    String type();

    /** The {@code Identifier}. */
    default String identifier() {
        return envelope().identifier();
    }

    /** {@code Transitions}: NextAction, Errors and Conditions. */
    default Transitions transitions() {
        return envelope().transitions();
    }

    /** The raw {@code Parameters} tree (String, List and Map values), immutable. */
    default Map<String, Object> parameters() {
        return envelope().parameters();
    }

    /** The JSON pointer of the action in its file, such as {@code /Actions/3}. */
    default String pointer() {
        return envelope().pointer();
    }
}

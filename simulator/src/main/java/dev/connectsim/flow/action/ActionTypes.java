package dev.connectsim.flow.action;

import dev.connectsim.text.NearestName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The table from a Connect action {@code Type} to its record. A type outside the table becomes
 * {@link Unsupported}, which keeps the type and the raw parameters so validation can report it and a run fails
 * on it; it is never treated as a success. Its reason tells a type of the Flow Language reference the simulator
 * does not model ({@link ReferenceTypes}) from a type Connect does not have. Type names are matched exactly (Connect's names are case-sensitive).
 */
public final class ActionTypes {

    private static final Map<String, Function<Envelope, Action>> FACTORIES = table();
    /** How the reason of a type of the reference that the simulator does not model begins. */
    static final String NOT_MODELLED_PREFIX = "the Flow Language action type '";

    private ActionTypes() {
    }

    private static Map<String, Function<Envelope, Action>> table() {
        Map<String, Function<Envelope, Action>> t = new LinkedHashMap<>();
        t.put(CheckHoursOfOperation.TYPE, CheckHoursOfOperation::from);
        t.put(CheckMetricData.TYPE, CheckMetricData::from);
        t.put(CheckVoiceId.TYPE, CheckVoiceId::from);
        t.put(Compare.TYPE, Compare::from);
        t.put(CompleteOutboundCall.TYPE, CompleteOutboundCall::from);
        t.put(CreateCallbackContact.TYPE, CreateCallbackContact::from);
        t.put(DisconnectParticipant.TYPE, DisconnectParticipant::new);
        t.put(DistributeByPercentage.TYPE, DistributeByPercentage::new);
        t.put(EndFlowExecution.TYPE, EndFlowExecution::new);
        t.put(GetMetricData.TYPE, GetMetricData::from);
        t.put(GetParticipantInput.TYPE, GetParticipantInput::from);
        t.put(InvokeLambdaFunction.TYPE, InvokeLambdaFunction::from);
        t.put(Loop.TYPE, Loop::from);
        t.put(MessageParticipant.TYPE, MessageParticipant::from);
        t.put(MessageParticipantIteratively.TYPE, MessageParticipantIteratively::from);
        t.put(StartVoiceIdStream.TYPE, StartVoiceIdStream::new);
        t.put(TransferContactToAgent.TYPE, TransferContactToAgent::new);
        t.put(TransferContactToQueue.TYPE, TransferContactToQueue::new);
        t.put(TransferParticipantToThirdParty.TYPE, TransferParticipantToThirdParty::from);
        t.put(TransferToFlow.TYPE, TransferToFlow::from);
        t.put(UpdateContactAttributes.TYPE, UpdateContactAttributes::from);
        t.put(UpdateContactCallbackNumber.TYPE, UpdateContactCallbackNumber::from);
        t.put(UpdateContactData.TYPE, UpdateContactData::from);
        t.put(UpdateContactEventHooks.TYPE, UpdateContactEventHooks::from);
        t.put(UpdateContactMediaStreamingBehavior.TYPE, UpdateContactMediaStreamingBehavior::from);
        t.put(UpdateContactRecordingBehavior.TYPE, UpdateContactRecordingBehavior::from);
        t.put(UpdateContactRoutingCriteria.TYPE, UpdateContactRoutingCriteria::from);
        t.put(UpdateContactTargetQueue.TYPE, UpdateContactTargetQueue::from);
        t.put(UpdateContactTextToSpeechVoice.TYPE, UpdateContactTextToSpeechVoice::from);
        t.put(UpdateFlowLoggingBehavior.TYPE, UpdateFlowLoggingBehavior::from);
        t.put(AssociateContactToCustomerProfile.TYPE, AssociateContactToCustomerProfile::from);
        t.put(ConnectParticipantWithLexBot.TYPE, ConnectParticipantWithLexBot::from);
        t.put(CreateCase.TYPE, CreateCase::from);
        t.put(CreateCustomerProfile.TYPE, CreateCustomerProfile::from);
        t.put(CreateTask.TYPE, CreateTask::from);
        t.put(CreateWisdomSession.TYPE, CreateWisdomSession::from);
        t.put(GetCalculatedAttributesForCustomerProfile.TYPE, GetCalculatedAttributesForCustomerProfile::from);
        t.put(GetCase.TYPE, GetCase::from);
        t.put(GetCustomerProfile.TYPE, GetCustomerProfile::from);
        t.put(GetCustomerProfileObject.TYPE, GetCustomerProfileObject::from);
        t.put(ShowView.TYPE, ShowView::from);
        t.put(StartOutboundChatContact.TYPE, StartOutboundChatContact::from);
        t.put(UpdateCase.TYPE, UpdateCase::from);
        t.put(UpdateCustomerProfile.TYPE, UpdateCustomerProfile::from);
        t.put(ResumeContact.TYPE, ResumeContact::new);
        t.put(TagContact.TYPE, TagContact::from);
        t.put(UnTagContact.TYPE, UnTagContact::from);
        t.put(UpdateContactMediaProcessing.TYPE, UpdateContactMediaProcessing::from);
        t.put(UpdateContactRecordingAndAnalyticsBehavior.TYPE, UpdateContactRecordingAndAnalyticsBehavior::from);
        t.put(UpdateContactRoutingBehavior.TYPE, UpdateContactRoutingBehavior::from);
        t.put(UpdateFlowAttributes.TYPE, UpdateFlowAttributes::from);
        t.put(UpdatePreviousContactParticipantState.TYPE, UpdatePreviousContactParticipantState::from);
        t.put(UpdateRoutingCriteria.TYPE, UpdateRoutingCriteria::from);
        return Map.copyOf(t);
    }

    /** The action types the simulator knows, in alphabetical order. */
    public static List<String> names() {
        return FACTORIES.keySet().stream().sorted().toList();
    }

    /** Whether {@code type} has its own record. */
    public static boolean isKnown(String type) {
        return FACTORIES.containsKey(type);
    }

    /** The record for {@code type}, read from the envelope's parameters; {@link Unsupported} for other types. */
    public static Action create(String type, Envelope envelope) {
        Function<Envelope, Action> factory = FACTORIES.get(type);
        if (factory == null) {
            return new Unsupported(envelope, type, ReferenceTypes.contains(type) ? NOT_MODELLED_PREFIX + type
                    + "' is one Amazon Connect runs, but the simulator does not model it"
                    : "unknown action type '" + type + "'" + NearestName.hint(FACTORIES.keySet(), type));
        }
        return factory.apply(envelope);
    }
}

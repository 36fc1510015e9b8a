package dev.connectsim.flow.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed components each record reads from its raw parameters, as the engine will use them. */
class TypedParametersTest {

    private static <A extends Action> A action(String type, Map<String, ?> parameters, Class<A> record) {
        return record.cast(ActionTypes.create(type, Envelope.of("a1", parameters)));
    }

    @Test
    void loopCountIsKeptAsWrittenWhetherStaticOrAReference() {
        assertEquals("2", action("Loop", Map.of("LoopCount", "2"), Loop.class).loopCount());
        assertEquals("$.Attributes.tries",
                action("Loop", Map.of("LoopCount", "$.Attributes.tries"), Loop.class).loopCount());
        assertNull(action("Loop", Map.of(), Loop.class).loopCount());
    }

    @Test
    void invokeLambdaFunctionReadsArnTimeLimitAttributesInvocationTypeAndResponseType() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("LambdaFunctionARN", "arn:aws:lambda:us-west-2:1:function:Invoke:active");
        parameters.put("InvocationTimeLimitSeconds", "8");
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("methodName", "executeOmniFlow");
        attributes.put("flowDevName", "$.Attributes.omniFlowFqn");
        parameters.put("LambdaInvocationAttributes", attributes);
        parameters.put("InvocationType", "ASYNCHRONOUS");
        parameters.put("ResponseValidation", Map.of("ResponseType", "JSON"));

        InvokeLambdaFunction invoke = action("InvokeLambdaFunction", parameters, InvokeLambdaFunction.class);

        assertEquals("arn:aws:lambda:us-west-2:1:function:Invoke:active", invoke.lambdaFunctionArn());
        assertEquals("8", invoke.invocationTimeLimitSeconds());
        assertEquals(List.of("methodName", "flowDevName"), List.copyOf(invoke.invocationAttributes().keySet()),
                "file order is kept");
        assertEquals("$.Attributes.omniFlowFqn", invoke.invocationAttributes().get("flowDevName"));
        assertEquals("ASYNCHRONOUS", invoke.invocationType());
        assertEquals("JSON", invoke.responseType());
    }

    @Test
    void invokeLambdaFunctionWithoutResponseValidationOrAttributesHasNeither() {
        InvokeLambdaFunction invoke = action("InvokeLambdaFunction",
                Map.of("LambdaFunctionARN", "arn:x", "InvocationTimeLimitSeconds", "3"), InvokeLambdaFunction.class);

        assertNull(invoke.responseType());
        assertNull(invoke.invocationType());
        assertEquals(Map.of(), invoke.invocationAttributes());
    }

    @Test
    void updateContactAttributesKeepsTheAttributesInFileOrderAndTheTargetContact() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("voiceCallId", "$.External.voiceCallId");
        attributes.put("error", "VoiceCall record creation failed.");

        UpdateContactAttributes update = action("UpdateContactAttributes",
                Map.of("Attributes", attributes, "TargetContact", "Current"), UpdateContactAttributes.class);

        assertEquals(List.of("voiceCallId", "error"), List.copyOf(update.attributes().keySet()));
        assertEquals("$.External.voiceCallId", update.attributes().get("voiceCallId"));
        assertEquals("Current", update.targetContact());
    }

    @Test
    void updateContactTargetQueueReadsAQueueOrAnAgent() {
        UpdateContactTargetQueue queue = action("UpdateContactTargetQueue",
                Map.of("QueueId", "$.Attributes.BasicQueueId"), UpdateContactTargetQueue.class);
        UpdateContactTargetQueue agent = action("UpdateContactTargetQueue",
                Map.of("AgentId", "$.Attributes.agentARN"), UpdateContactTargetQueue.class);

        assertEquals("$.Attributes.BasicQueueId", queue.queueId());
        assertNull(queue.agentId());
        assertEquals("$.Attributes.agentARN", agent.agentId());
        assertNull(agent.queueId());
    }

    @Test
    void messageParticipantReadsTextSsmlPromptOrMediaAndCountsThem() {
        Prompt text = action("MessageParticipant", Map.of("Text", "Hello $.Name"), MessageParticipant.class).prompt();
        Prompt ssml = action("MessageParticipant", Map.of("SSML", "<speak>Hi</speak>"), MessageParticipant.class)
                .prompt();
        Prompt media = action("MessageParticipant",
                Map.of("Media", Map.of("Uri", "s3://b/k.wav", "SourceType", "S3", "MediaType", "Audio")),
                MessageParticipant.class).prompt();
        Prompt two = action("MessageParticipant", Map.of("Text", "a", "PromptId", "arn:p"),
                MessageParticipant.class).prompt();

        assertEquals(new Prompt("Hello $.Name", null, null, null), text);
        assertEquals("<speak>Hi</speak>", ssml.ssml());
        assertEquals("s3://b/k.wav", media.mediaUri());
        assertEquals(1, text.count());
        assertEquals(2, two.count(), "Connect takes exactly one; validation reports two");
    }

    @Test
    void getParticipantInputReadsItsPromptTimeLimitAndWhetherItStoresTheInput() {
        GetParticipantInput menu = action("GetParticipantInput",
                Map.of("Text", "Press 1", "InputTimeLimitSeconds", "5", "StoreInput", "False"),
                GetParticipantInput.class);
        GetParticipantInput store = action("GetParticipantInput",
                Map.of("SSML", "<speak/>", "InputTimeLimitSeconds", "10", "StoreInput", "True"),
                GetParticipantInput.class);
        GetParticipantInput unsaid = action("GetParticipantInput", Map.of("Text", "x"), GetParticipantInput.class);

        assertEquals("Press 1", menu.prompt().text());
        assertEquals("5", menu.inputTimeLimitSeconds());
        assertFalse(menu.storeInput());
        assertTrue(store.storeInput());
        assertEquals("<speak/>", store.prompt().ssml());
        assertFalse(unsaid.storeInput(), "StoreInput defaults to False");
    }

    @Test
    void compareCheckMetricDataAndCheckHoursOfOperationReadWhatTheyTest() {
        assertEquals("$.Attributes.status",
                action("Compare", Map.of("ComparisonValue", "$.Attributes.status"), Compare.class).comparisonValue());

        CheckMetricData staffed = action("CheckMetricData",
                Map.of("MetricType", "NumberOfAgentsStaffed", "QueueId", "q-1"), CheckMetricData.class);
        assertEquals("NumberOfAgentsStaffed", staffed.metricType());
        assertEquals("q-1", staffed.queueId());
        assertNull(staffed.agentId());

        assertEquals("hours-1", action("CheckHoursOfOperation", Map.of("HoursOfOperationId", "hours-1"),
                CheckHoursOfOperation.class).hoursOfOperationId());
        assertNull(action("CheckHoursOfOperation", Map.of(), CheckHoursOfOperation.class).hoursOfOperationId(),
                "no id: the TargetQueue's hours");
    }

    @Test
    void transferToFlowAndEventHooksNameTheFlowsTheyRun() {
        assertEquals("arn:flow/1",
                action("TransferToFlow", Map.of("ContactFlowId", "arn:flow/1"), TransferToFlow.class).contactFlowId());
        assertEquals(Map.of("CustomerRemaining", "arn:flow/2"), action("UpdateContactEventHooks",
                Map.of("EventHooks", Map.of("CustomerRemaining", "arn:flow/2")), UpdateContactEventHooks.class)
                .eventHooks());
    }

    @Test
    void recordingBehaviorReadsTheRecordedParticipantsAndWhetherAnalyticsIsOn() {
        UpdateContactRecordingBehavior withAnalytics = action("UpdateContactRecordingBehavior", Map.of(
                "RecordingBehavior", Map.of("RecordedParticipants", List.of("Agent", "Customer")),
                "AnalyticsBehavior", Map.of("Enabled", "True", "AnalyticsMode", "RealTime")),
                UpdateContactRecordingBehavior.class);
        UpdateContactRecordingBehavior off = action("UpdateContactRecordingBehavior",
                Map.of("RecordingBehavior", Map.of("RecordedParticipants", List.of())),
                UpdateContactRecordingBehavior.class);

        assertEquals(List.of("Agent", "Customer"), withAnalytics.recordedParticipants());
        assertTrue(withAnalytics.analyticsEnabled());
        assertEquals(List.of(), off.recordedParticipants());
        assertFalse(off.analyticsEnabled());
    }

    @Test
    void flowLoggingIsOnOnlyForEnabled() {
        assertTrue(action("UpdateFlowLoggingBehavior", Map.of("FlowLoggingBehavior", "Enabled"),
                UpdateFlowLoggingBehavior.class).enabled());
        assertFalse(action("UpdateFlowLoggingBehavior", Map.of("FlowLoggingBehavior", "Disabled"),
                UpdateFlowLoggingBehavior.class).enabled());
        UpdateFlowLoggingBehavior odd = action("UpdateFlowLoggingBehavior", Map.of("FlowLoggingBehavior", "Enable"),
                UpdateFlowLoggingBehavior.class);
        assertFalse(odd.enabled());
        assertEquals("Enable", odd.parameters().get("FlowLoggingBehavior"), "kept for validation to report");
    }

    @Test
    void transferToAThirdPartyReadsTheNumberTheTimeoutAndWhetherTheFlowContinues() {
        TransferParticipantToThirdParty transfer = action("TransferParticipantToThirdParty", Map.of(
                "ThirdPartyPhoneNumber", "$.Attributes.engPhone", "ThirdPartyConnectionTimeLimitSeconds", "30",
                "ContinueFlowExecution", "False"), TransferParticipantToThirdParty.class);

        assertEquals("$.Attributes.engPhone", transfer.thirdPartyPhoneNumber());
        assertEquals("30", transfer.thirdPartyConnectionTimeLimitSeconds());
        assertEquals("False", transfer.continueFlowExecution());
    }

    @Test
    void theOtherRecordsReadTheirParameters() {
        MessageParticipantIteratively iteratively = action("MessageParticipantIteratively", Map.of(
                "InterruptFrequencySeconds", "120",
                "Messages", List.of(Map.of("Text", "Please wait."), Map.of("PromptId", "arn:prompt/1"))),
                MessageParticipantIteratively.class);
        assertEquals(List.of(new Prompt("Please wait.", null, null, null), new Prompt(null, null, "arn:prompt/1",
                null)), iteratively.messages());
        assertEquals("120", iteratively.interruptFrequencySeconds());

        assertEquals("$.Attributes.outboundCallerId", action("CompleteOutboundCall",
                Map.of("CallerId", Map.of("Number", "$.Attributes.outboundCallerId")), CompleteOutboundCall.class)
                .callerIdNumber());
        CreateCallbackContact callback = action("CreateCallbackContact", Map.of("InitialCallDelaySeconds", "60",
                "MaximumConnectionAttempts", "2", "RetryDelaySeconds", "600"), CreateCallbackContact.class);
        assertEquals(List.of("60", "2", "600"), List.of(callback.initialCallDelaySeconds(),
                callback.maximumConnectionAttempts(), callback.retryDelaySeconds()));
        assertEquals("$.StoredCustomerInput", action("UpdateContactCallbackNumber",
                Map.of("CallbackNumber", "$.StoredCustomerInput"), UpdateContactCallbackNumber.class).callbackNumber());
        UpdateContactData data = action("UpdateContactData",
                Map.of("LanguageCode", "en-US", "CustomerId", "$.Attributes.a$.Attributes.b"), UpdateContactData.class);
        assertEquals("en-US", data.languageCode());
        assertEquals("$.Attributes.a$.Attributes.b", data.customerId());
        UpdateContactMediaStreamingBehavior streaming = action("UpdateContactMediaStreamingBehavior",
                Map.of("MediaStreamingState", "Enabled", "MediaStreamType", "Audio"),
                UpdateContactMediaStreamingBehavior.class);
        assertEquals("Enabled", streaming.mediaStreamingState());
        assertEquals("Audio", streaming.mediaStreamType());
        assertEquals("Joanna", action("UpdateContactTextToSpeechVoice", Map.of("TextToSpeechVoice", "Joanna"),
                UpdateContactTextToSpeechVoice.class).textToSpeechVoice());
        assertEquals("enrollmentStatus", action("CheckVoiceId", Map.of("CheckVoiceIdOption", "enrollmentStatus"),
                CheckVoiceId.class).checkVoiceIdOption());
        assertEquals(Map.of("Steps", List.of()), action("UpdateContactRoutingCriteria",
                Map.of("RoutingCriteria", Map.of("Steps", List.of())), UpdateContactRoutingCriteria.class)
                .routingCriteria());
    }

    @Test
    void aValueOfTheWrongShapeReadsAsAbsentAndStaysInTheRawParameters() {
        Loop loop = action("Loop", Map.of("LoopCount", Map.of("Value", "2")), Loop.class);
        UpdateContactAttributes update = action("UpdateContactAttributes",
                Map.of("Attributes", Map.of("ok", "yes", "nested", Map.of("no", "x"))), UpdateContactAttributes.class);

        assertNull(loop.loopCount());
        assertEquals(Map.of("Value", "2"), loop.parameters().get("LoopCount"));
        assertEquals(Map.of("ok", "yes"), update.attributes());
        assertEquals(Map.of("ok", "yes", "nested", Map.of("no", "x")), update.parameters().get("Attributes"));
    }

    @Test
    void theRawParametersAreADeepImmutableCopy() {
        List<Object> participants = new ArrayList<>(List.of("Agent"));
        Map<String, Object> behavior = new LinkedHashMap<>(Map.of("RecordedParticipants", participants));
        Map<String, Object> parameters = new LinkedHashMap<>(Map.of("RecordingBehavior", behavior));
        Action action = ActionTypes.create("UpdateContactRecordingBehavior", Envelope.of("a1", parameters));

        participants.add("Customer");
        parameters.put("Later", "x");

        assertEquals(Map.of("RecordingBehavior", Map.of("RecordedParticipants", List.of("Agent"))),
                action.parameters());
        assertThrows(UnsupportedOperationException.class, () -> action.parameters().put("x", "y"));
        @SuppressWarnings("unchecked")
        Map<String, Object> inner = (Map<String, Object>) action.parameters().get("RecordingBehavior");
        assertThrows(UnsupportedOperationException.class, () -> inner.put("x", "y"));
    }

    @Test
    void theRawParametersHoldOnlyTextListsAndObjects() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Envelope.of("a1", Map.of("Outer", Map.of("Count", 3))));

        assertEquals("parameter Outer/Count must be text, a list or an object, not Integer", e.getMessage());
    }
}

package dev.connectsim.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.Condition;
import dev.connectsim.flow.action.Operator;
import dev.connectsim.flow.action.Transitions;
import dev.connectsim.flow.action.Unsupported;
import dev.connectsim.flow.lint.Finding;
import dev.connectsim.flow.lint.FlowValidator;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each legacy module type of the test exports ({@code src/test/resources/flows/legacy/}) becomes the current
 * action that does the same, with its parameters and branches; the table is in {@link LegacyFlowMapper}.
 */
class LegacyModulesTest {

    private static Action action(String file, String identifier) {
        try {
            Path path = Path.of(LegacyModulesTest.class.getResource("/flows/legacy/" + file).toURI());
            return FlowParser.parseFile(path).action(identifier).orElseThrow();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one module of a legacy flow, written with single quotes for readability. */
    private static Action module(String singleQuoted) {
        String json = ("{'modules': [" + singleQuoted + "]}").replace('\'', '"');
        return FlowParser.parseText("flows/old.json", json).actions().get(0);
    }

    private static Transitions.OnCondition when(Operator operator, String operand, String next) {
        return new Transitions.OnCondition(Condition.of(operator, operand), next);
    }

    @Test
    void setVoiceBecomesUpdateContactTextToSpeechVoiceWithItsEngineAndSpeakingStyle() {
        Action voice = action("set-voice.json", "voice");

        assertEquals("UpdateContactTextToSpeechVoice", voice.type());
        assertEquals(Map.of("TextToSpeechVoice", "Matthew", "TextToSpeechEngine", "Neural", "TextToSpeechStyle",
                "None"), voice.parameters());
    }

    @Test
    void setEventHookAndSetContactFlowBecomeUpdateContactEventHooksWithTheFlowByArnOrByName() {
        Action remaining = action("set-event-hook.json", "remaining");
        Action whisper = action("set-event-hook.json", "whisper");
        Action queue = action("set-contact-flow.json", "queue-flow");

        assertEquals("UpdateContactEventHooks", remaining.type());
        assertEquals("CustomerRemaining", ((Map<?, ?>) remaining.parameters().get("EventHooks")).keySet().iterator()
                .next());
        assertEquals(true, ((Map<?, ?>) remaining.parameters().get("EventHooks")).values().iterator().next()
                .toString().contains("/contact-flow/"));
        assertEquals(Map.of("EventHooks", Map.of("AgentWhisper", "Legacy Resume")), whisper.parameters());
        assertEquals(Map.of("EventHooks", Map.of("CustomerQueue", "Legacy LoopPrompts")), queue.parameters());
    }

    @Test
    void loopMapsLoopingAndCompleteToContinueLoopingAndDoneLooping() {
        Action loop = action("loop.json", "dynamic");

        assertEquals("Loop", loop.type());
        assertEquals(Map.of("LoopCount", "$.Attributes.loop_count"), loop.parameters());
        assertEquals(List.of(when(Operator.EQUALS, "ContinueLooping", "again-dynamic"),
                when(Operator.EQUALS, "DoneLooping", "hang-up")), loop.transitions().conditions());
    }

    @Test
    void checkStaffingBecomesCheckMetricDataTrueWhenAboveZeroAndFalseOnNoMatchingCondition() {
        Action staffing = action("check-staffing.json", "online-empty");

        assertEquals("CheckMetricData", staffing.type());
        assertEquals(Map.of("MetricType", "NumberOfAgentsOnline", "QueueId", "EmptyQueue"), staffing.parameters());
        assertEquals(List.of(when(Operator.NUMBER_GREATER_THAN, "0", "hang-up")),
                staffing.transitions().conditions());
        assertEquals(Optional.of("nobody"), staffing.transitions().onError("NoMatchingCondition"));
    }

    @Test
    void checkQueueStatusBecomesCheckMetricDataWithItsTimeInSeconds() {
        Action time = action("check-queue-status.json", "time");
        Action capacity = action("check-queue-status.json", "capacity");

        assertEquals(Map.of("MetricType", "OldestContactInQueueAgeSeconds"), time.parameters());
        assertEquals(List.of(when(Operator.NUMBER_LESS_THAN, "300", "capacity")), time.transitions().conditions());
        assertEquals(Map.of("MetricType", "NumberOfContactsInQueue", "QueueId", "SupportQueue"),
                capacity.parameters());
        assertEquals(List.of(when(Operator.NUMBER_GREATER_THAN, "10", "full")), capacity.transitions().conditions());
    }

    @Test
    void percentileBranchingBecomesDistributeByPercentageWithAChainOfNumberLessThan() {
        Action split = action("percentile-branching.json", "split");

        assertEquals("DistributeByPercentage", split.type());
        assertEquals(List.of(when(Operator.NUMBER_LESS_THAN, "51", "half"),
                when(Operator.NUMBER_LESS_THAN, "81", "third")), split.transitions().conditions());
        assertEquals(Optional.of("rest"), split.transitions().onError("NoMatchingCondition"));
    }

    @Test
    void getMetricDataKeepsItsQueue() {
        Action metrics = action("get-metric-data.json", "metrics");

        assertEquals("GetMetricData", metrics.type());
        assertEquals(Map.of("QueueId", "SupportQueue"), metrics.parameters());
    }

    @Test
    void resumeBecomesEndFlowExecution() {
        assertEquals("EndFlowExecution", action("resume.json", "resume").type());
    }

    @Test
    void loopPromptsBecomesMessageParticipantIterativelyInterruptedOnItsTimeoutBranch() {
        Action hold = action("loop-prompts.json", "hold");

        assertEquals("MessageParticipantIteratively", hold.type());
        assertEquals(List.of(Map.of("Text", "Thanks for holding."), Map.of("SSML", "<speak>Your call matters.</speak>"),
                Map.of("PromptId", "Hold music.wav")), hold.parameters().get("Messages"));
        assertEquals("30", hold.parameters().get("InterruptFrequencySeconds"));
        assertEquals(List.of(when(Operator.EQUALS, "MessagesInterrupted", "interrupted")),
                hold.transitions().conditions());
    }

    @Test
    void startAndStopMediaStreamingSetTheStreamingState() {
        Action participants = action("start-media-streaming.json", "participants");
        Action stop = action("stop-media-streaming.json", "stop");

        assertEquals(List.of(Map.of("ParticipantType", "Customer", "MediaDirections", List.of("From", "To"))),
                participants.parameters().get("Participants"));
        assertEquals("UpdateContactMediaStreamingBehavior", stop.type());
        assertEquals(Map.of("MediaStreamingState", "Disabled"), stop.parameters());
    }

    @Test
    void storeUserInputWithAPhoneNumberValidatesItAndMapsInvalidNumber() {
        Action phone = action("store-user-input.json", "phone");
        Action account = action("store-user-input.json", "account");

        assertEquals(Map.of("PhoneNumberValidation", Map.of("NumberFormat", "Local", "CountryCode", "US")),
                phone.parameters().get("InputValidation"));
        assertEquals(Optional.of("invalid"), phone.transitions().onError("InvalidPhoneNumber"));
        assertEquals(Map.of("DisableCancelKey", "True", "InputTerminationSequence", "*"),
                account.parameters().get("DTMFConfiguration"));
    }

    @Test
    void setQueueToAnAgentBecomesAgentId() {
        assertEquals(Map.of("AgentId", "$.Attributes.agent"), action("set-queue.json", "by-agent").parameters());
    }

    @Test
    void aTransferToAPhoneNumberBecomesTransferParticipantToThirdParty() {
        Action dial = action("transfer-to-phone-number.json", "dial");

        assertEquals("TransferParticipantToThirdParty", dial.type());
        assertEquals(Map.of("ThirdPartyPhoneNumber", "+15550199", "ThirdPartyConnectionTimeLimitSeconds", "20",
                "ContinueFlowExecution", "True"), dial.parameters());
        assertEquals(List.of(new Transitions.OnError("CallFailed", "failed"),
                new Transitions.OnError("ConnectionTimeLimitExceeded", "no-answer"),
                new Transitions.OnError("NoMatchingError", "failed")), dial.transitions().errors());
    }

    @Test
    void aTransferToAPhoneNumberTakesTheTimeLimitAndCallFailureBranchTheConsoleExported() {
        Action blind = action("transfer-to-phone-number.json", "blind");

        assertEquals(Map.of("ThirdPartyPhoneNumber", "$.Attributes.frontDesk", "ThirdPartyConnectionTimeLimitSeconds",
                "30", "ContinueFlowExecution", "False"), blind.parameters());
        assertEquals(List.of(new Transitions.OnError("CallFailed", "failed"),
                new Transitions.OnError("ConnectionTimeLimitExceeded", "failed"),
                new Transitions.OnError("NoMatchingError", "failed")), blind.transitions().errors());
    }

    @Test
    void createCallbackAndSetCallBackNumberBecomeTheirCurrentActions() {
        Action callback = action("create-callback.json", "callback");
        Action number = action("create-callback.json", "number");

        assertEquals("CreateCallbackContact", callback.type());
        assertEquals(Map.of("InitialCallDelaySeconds", "5", "RetryDelaySeconds", "600",
                "MaximumConnectionAttempts", "1"), callback.parameters());
        assertEquals("UpdateContactCallbackNumber", number.type());
        assertEquals(Map.of("CallbackNumber", "$.CustomerEndpoint.Address"), number.parameters());
        assertEquals(List.of(new Transitions.OnError("InvalidCallbackNumber", "invalid"),
                new Transitions.OnError("CallbackNumberNotDialable", "invalid")), number.transitions().errors());
    }

    @Test
    void queueNameQueueArnAndQueueMetricsBecomeTheirReferences() {
        Action set = action("set-attributes.json", "set");
        Action size = action("check-attribute.json", "check-size");
        Action online = action("check-attribute.json", "short-queue");
        Action keep = action("get-metric-data.json", "keep");

        assertEquals("$.Queue.Name", ((Map<?, ?>) set.parameters().get("Attributes")).get("queueName"));
        assertEquals("$.Queue.ARN", ((Map<?, ?>) set.parameters().get("Attributes")).get("queueArn"));
        assertEquals("$.Metrics.Queue.Size", size.parameters().get("ComparisonValue"));
        assertEquals("$.Metrics.Agents.Online.Count", online.parameters().get("ComparisonValue"));
        assertEquals(Map.of("staffed", "$.Metrics.Agents.Staffed.Count", "oldest", "$.Metrics.Queue.OldestContactAge"),
                keep.parameters().get("Attributes"));
    }

    @Test
    void anUnknownQueueMetricIsUnsupportedNamingIt() {
        Unsupported metric = assertInstanceOf(Unsupported.class, module("{'id': 'm', 'type': 'CheckAttribute',"
                + " 'parameters': [{'name': 'Attribute', 'value': 'Queue.Mood'}, {'name': 'Namespace', 'value':"
                + " 'Metrics'}]}"));

        assertEquals("legacy module CheckAttribute: queue metric 'Queue.Mood' has no mapping", metric.reason());
    }

    @Test
    void aMisspelledLegacyModuleTypeGetsTheNearestMappedType() {
        Unsupported typo = assertInstanceOf(Unsupported.class, module("{'id': 'm', 'type': 'SetEventHok',"
                + " 'parameters': []}"));

        assertEquals("legacy module SetEventHok: module type SetEventHok has no mapping (did you mean"
                + " 'SetEventHook'?)", typo.reason());
        List<Finding> findings = FlowValidator.validate(FlowParser.parseText("flows/old.json",
                "{\"modules\": [{\"id\": \"m\", \"type\": \"CheckStafing\"}], \"start\": \"m\"}"));
        assertEquals(true, findings.stream().anyMatch(f -> f.rule().equals("unknown-action-type")
                && f.message().contains("did you mean 'CheckStaffing'?")), findings.toString());
    }

    @Test
    void anEmptyValueFallsBackToTheResourceNameTheExportWrote() {
        Action queue = action("transfer-to-queue.json", "queue");

        assertEquals(Map.of("QueueId", "BasicQueue"), queue.parameters());
    }

    @Test
    void updateRoutingPriorityBecomesUpdateContactRoutingBehaviorWithAPriorityOrATimeAdjustment() {
        Action front = action("update-routing-priority.json", "first-in-line");
        Action older = action("update-routing-priority.json", "older");

        assertEquals("UpdateContactRoutingBehavior", front.type());
        assertEquals(Map.of("QueuePriority", "1"), front.parameters());
        assertEquals(Map.of("QueueTimeAdjustmentSeconds", "600"), older.parameters());
        assertEquals("older", front.transitions().nextAction());
    }
}

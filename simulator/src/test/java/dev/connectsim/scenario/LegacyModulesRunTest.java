package dev.connectsim.scenario;

import static dev.connectsim.scenario.LegacyFlows.CALLER;
import static dev.connectsim.scenario.LegacyFlows.call;
import static dev.connectsim.scenario.LegacyFlows.heard;
import static dev.connectsim.scenario.LegacyFlows.path;
import static dev.connectsim.scenario.LegacyFlows.runs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.contact.ContactRecord;
import dev.connectsim.flow.Flow;
import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.FlowParser;
import dev.connectsim.flow.FlowType;
import dev.connectsim.flow.run.EndReason;
import dev.connectsim.flow.run.FlowLogEntry;
import dev.connectsim.flow.run.FlowRunRecord;
import dev.connectsim.lambda.ContactFlowEvent;
import dev.connectsim.lambda.LambdaRegistry;
import dev.connectsim.lambda.LambdaReply;
import dev.connectsim.routing.Instance;
import dev.connectsim.sim.Simulation;
import dev.connectsim.telephony.ThirdPartyBehavior;
import dev.connectsim.testing.Calls;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A call through each legacy test export, as a user would see it: the prompts heard, the branch taken, the
 * attributes, queue and settings the contact ends up with.
 */
class LegacyModulesRunTest {

    private static ContactRecord record(Simulation sim, String contactId) {
        return sim.contactRecords().stream().filter(r -> r.contactId().equals(contactId)).findFirst()
                .orElseThrow(() -> new AssertionError("no contact record for " + contactId));
    }

    /** When the block {@code identifier} was left (its first visit). */
    private static Instant leftAt(Simulation sim, String identifier) {
        return sim.flows().visits().stream().filter(v -> v.identifier().equals(identifier)).findFirst()
                .orElseThrow(() -> new AssertionError(identifier + " never ran")).at();
    }

    private static FlowRunRecord end(Simulation sim, String contactId) {
        return runs(sim, contactId).get(0);
    }

    @Test
    void playPromptSpeaksTextSsmlAnAttributeAndAnAudioPrompt() {
        Simulation sim = LegacyFlows.answeredBy("play-prompt.json");

        String contactId = call(sim);

        assertEquals(List.of("Welcome to the legacy line.", "<speak>You are calling from " + CALLER + "</speak>",
                "Thanks for waiting.", "prompt Beep.wav"), heard(sim, contactId));
        assertEquals(EndReason.DISCONNECTED, end(sim, contactId).reason());
    }

    @Test
    void theDeprecatedPlayAudioSpeaksAsPlayPromptDoes() {
        Simulation sim = LegacyFlows.answeredBy("play-audio.json");

        String contactId = call(sim);

        assertEquals(List.of("This block predates Play prompt."), heard(sim, contactId));
    }

    @Test
    void disconnectHangsUpAfterTheGoodbye() {
        Simulation sim = LegacyFlows.answeredBy("disconnect.json");

        String contactId = call(sim);

        assertEquals(List.of("goodbye", "hang-up"), path(sim, contactId));
        assertEquals(EndReason.DISCONNECTED, end(sim, contactId).reason());
    }

    @Test
    void getUserInputTakesTheBranchOfTheDigitPressed() {
        Simulation sim = LegacyFlows.answeredBy("get-user-input.json");
        sim.callerWillPress(CALLER, "2", Duration.ofSeconds(1));

        String contactId = call(sim);

        assertEquals(List.of("menu", "support", "hang-up"), path(sim, contactId));
    }

    @Test
    void getUserInputTakesTheTimeoutBranchWhenTheCallerPressesNothing() {
        Simulation sim = LegacyFlows.answeredBy("get-user-input.json");

        String contactId = call(sim);

        assertEquals(List.of("menu", "timed-out", "hang-up"), path(sim, contactId));
    }

    @Test
    void storeUserInputEndsDigitsAtItsTerminatorAndStoresALocalPhoneNumberInE164() {
        Simulation sim = LegacyFlows.answeredBy("store-user-input.json");
        sim.callerWillPress(CALLER, "1234*", Duration.ofSeconds(1));
        sim.callerWillPress(CALLER, "2065550123#", Duration.ofSeconds(1));

        String contactId = call(sim);

        Map<String, String> attributes = record(sim, contactId).attributes();
        assertEquals("1234", attributes.get("account"));
        assertEquals("+12065550123", attributes.get("phone"));
    }

    @Test
    void storeUserInputTakesInvalidNumberForDigitsThatAreNoPhoneNumber() {
        Simulation sim = LegacyFlows.answeredBy("store-user-input.json");
        sim.callerWillPress(CALLER, "1234*", Duration.ofSeconds(1));
        sim.callerWillPress(CALLER, "123#", Duration.ofSeconds(1));

        String contactId = call(sim);

        assertEquals(List.of("account", "keep-account", "phone", "invalid", "hang-up"), path(sim, contactId));
    }

    @Test
    void theDeprecatedStoreCustomerInputStoresTheDigits() {
        Simulation sim = LegacyFlows.answeredBy("store-customer-input.json");
        sim.callerWillPress(CALLER, "4321#", Duration.ofSeconds(1));

        String contactId = call(sim);

        assertEquals("4321", record(sim, contactId).attributes().get("pin"));
    }

    @Test
    void setAttributesCopiesTextUserDefinedAndSystemAttributesQueueNameAndArnAmongThem() {
        Simulation sim = LegacyFlows.answeredBy("set-attributes.json");

        String contactId = call(sim);

        Map<String, String> attributes = record(sim, contactId).attributes();
        assertEquals("Gold", attributes.get("tier"));
        assertEquals("Gold", attributes.get("tierCopy"));
        assertEquals(CALLER, attributes.get("caller"));
        assertEquals(LegacyFlows.NUMBER, attributes.get("dialled"));
        assertEquals("BasicQueue", attributes.get("queueName"));
        assertEquals(sim.instance().queue("BasicQueue").arn(), attributes.get("queueArn"));
        assertEquals("VOICE", attributes.get("channel"));
        assertEquals("INBOUND", attributes.get("how"));
    }

    @Test
    void theDeprecatedSetScreenPopSetsItsOneAttribute() {
        Simulation sim = LegacyFlows.answeredBy("set-screen-pop.json");

        String contactId = call(sim);

        assertEquals(CALLER, record(sim, contactId).attributes().get("note"));
    }

    @Test
    void setLoggingBehaviorLogsOnlyTheBlocksBetweenEnableAndDisable() {
        Simulation sim = LegacyFlows.answeredBy("set-logging-behavior.json");

        String contactId = call(sim);

        List<String> logged = sim.flows().flowLogs().stream().filter(e -> e.contactId().equals(contactId))
                .map(FlowLogEntry::identifier).toList();
        assertTrue(logged.contains("logged"), logged.toString());
        assertFalse(logged.contains("hang-up"), logged.toString());
    }

    @Test
    void setRecordingBehaviorLeavesTheLastChoiceOnTheContact() {
        Simulation sim = LegacyFlows.answeredBy("set-recording-behavior.json");

        String contactId = call(sim);

        assertEquals(List.of("Agent", "Customer"), record(sim, contactId).settings().recordedParticipants());
    }

    @Test
    void startMediaStreamingWithTracksOrParticipantTypesStreamsTheCall() {
        Simulation sim = LegacyFlows.answeredBy("start-media-streaming.json");

        String contactId = call(sim);

        assertEquals(List.of("tracks", "participants", "hang-up"), path(sim, contactId));
        assertTrue(record(sim, contactId).settings().mediaStreaming());
    }

    @Test
    void stopMediaStreamingStopsWhatStartMediaStreamingStarted() {
        Simulation sim = LegacyFlows.answeredBy("stop-media-streaming.json");

        String contactId = call(sim);

        assertEquals(List.of("start", "stop", "hang-up"), path(sim, contactId));
        assertFalse(record(sim, contactId).settings().mediaStreaming());
    }

    @Test
    void invokeExternalResourceSendsItsParametersAndItsAnswerIsCheckedAsExternal() {
        List<Map<String, String>> sent = new ArrayList<>();
        LambdaRegistry lambdas = new LambdaRegistry().bind(
                "arn:aws:lambda:us-west-2:111122223333:function:legacy-lookup", (event, context) -> {
                    sent.add(((ContactFlowEvent) event).parameters());
                    return LambdaReply.after(Duration.ofMillis(300)).returns(Map.of("tier", "Gold"));
                });
        Simulation sim = LegacyFlows.answeredBy("invoke-external-resource.json", lambdas);

        String contactId = call(sim);

        assertEquals(List.of(Map.of("method", "lookup", "caller", CALLER)), sent);
        assertEquals(List.of("Hello, gold customer."), heard(sim, contactId));
    }

    @Test
    void transferToAFlowByItsArnContinuesInThatFlow() {
        Simulation sim = LegacyFlows.answeredBy("transfer-to-flow.json");

        String contactId = call(sim);

        assertEquals(List.of("Goodbye from the legacy line."), heard(sim, contactId));
        assertEquals("Legacy Disconnect", end(sim, contactId).lastFlow());
    }

    @Test
    void theDeprecatedTransferToFlowFindsTheFlowByItsName() {
        Simulation sim = LegacyFlows.answeredBy("transfer-to-flow-deprecated.json");

        String contactId = call(sim);

        assertEquals(List.of("Goodbye from the legacy line."), heard(sim, contactId));
    }

    @Test
    void transferToQueueQueuesTheCallInTheQueueSetByName() {
        Simulation sim = LegacyFlows.answeredBy("transfer-to-queue.json");

        String contactId = call(sim);

        assertEquals(EndReason.QUEUED, end(sim, contactId).reason());
        assertEquals("BasicQueue", record(sim, contactId).queueName());
    }

    @Test
    void theDeprecatedCustomerInQueueQueuesTheCall() {
        Simulation sim = LegacyFlows.answeredBy("customer-in-queue.json");

        String contactId = call(sim);

        assertEquals(EndReason.QUEUED, end(sim, contactId).reason());
        assertEquals("SupportQueue", record(sim, contactId).queueName());
    }

    @Test
    void aTransferToAPhoneNumberThatNeverAnswersTakesTheTimeoutBranchAfterItsTimeout() {
        Simulation sim = LegacyFlows.answeredBy("transfer-to-phone-number.json");
        sim.phoneBook().set("+15550199", ThirdPartyBehavior.neverAnswers());
        sim.phoneBook().set("+15550177", ThirdPartyBehavior.answersAfter(Duration.ofSeconds(2)));

        String contactId = call(sim);

        assertEquals(List.of("front-desk", "dial", "no-answer", "blind"), path(sim, contactId));
        FlowRunRecord end = end(sim, contactId);
        assertEquals(Duration.ofSeconds(20), Duration.between(leftAt(sim, "front-desk"), leftAt(sim, "dial")),
                "the dial gives up after its Timeout of 20 seconds");
        assertEquals(EndReason.TRANSFERRED_TO_THIRD_PARTY, end.reason(), "the blind transfer ends the flow bridged");
    }

    @Test
    void aTransferToAPhoneNumberThatAnswersResumesTheFlowWhenItIsNotBlind() {
        Simulation sim = LegacyFlows.answeredBy("transfer-to-phone-number.json");
        sim.phoneBook().set("+15550199", ThirdPartyBehavior.answersAfter(Duration.ofSeconds(3)));

        String contactId = call(sim);

        assertEquals(List.of("front-desk", "dial", "back", "hang-up"), path(sim, contactId));
    }

    @Test
    void setQueueToAnAgentNamedByAnAttributeQueuesTheCallForThatAgent() {
        Simulation sim = LegacyFlows.answeredBy("set-queue.json");

        String contactId = call(sim);
        sim.runUntil(() -> "carol".equals(record(sim, contactId).agentUsername()), Duration.ofSeconds(30));

        assertEquals(List.of("carol"), heard(sim, contactId));
        assertEquals("carol", record(sim, contactId).agentUsername());
    }

    @Test
    void checkAttributeComparesASystemAttributeAndTheQueueMetricsLoadedBefore() {
        Simulation sim = LegacyFlows.answeredBy("check-attribute.json");

        String contactId = call(sim);

        assertEquals(List.of("queue", "check-queue", "metrics", "check-size", "short-queue", "agents", "hang-up"),
                path(sim, contactId));
    }

    @Test
    void checkHoursOfOperationOfTheQueueAndOfNamedHoursFindsThemOpen() {
        Simulation sim = LegacyFlows.answeredBy("check-hours-of-operation.json");

        String contactId = call(sim);

        assertEquals(List.of("queue", "hours", "named-hours", "open", "hang-up"), path(sim, contactId));
    }

    @Test
    void checkStaffingIsTrueWhereAgentsAreAndFalseForAQueueNobodyStaffs() {
        Simulation sim = LegacyFlows.answeredBy("check-staffing.json");

        String contactId = call(sim);

        assertEquals(List.of("queue", "available", "staffed", "online-empty", "nobody", "hang-up"),
                path(sim, contactId));
    }

    @Test
    void checkQueueStatusComparesTheTimeInQueueAndTheQueuesSize() {
        Simulation sim = LegacyFlows.answeredBy("check-queue-status.json");

        String contactId = call(sim);

        assertEquals(List.of("queue", "time", "capacity", "room", "hang-up"), path(sim, contactId));
    }

    @Test
    void percentileBranchingSendsCallersDownEachBranchRoughlyInItsShare() {
        Simulation sim = LegacyFlows.answeredBy("percentile-branching.json");
        List<String> heard = new ArrayList<>();

        for (int i = 0; i < 200; i++) {
            String contactId = sim.inboundCall(String.format("+1555%07d", i));
            sim.runUntil(() -> !runs(sim, contactId).isEmpty(), Duration.ofMinutes(1));
            heard.addAll(heard(sim, contactId));
        }

        long a = heard.stream().filter("Branch A."::equals).count();
        long b = heard.stream().filter("Branch B."::equals).count();
        long rest = heard.stream().filter("The rest."::equals).count();
        assertEquals(200, a + b + rest);
        assertTrue(a > 70 && a < 130 && b > 35 && b < 85 && rest > 15 && rest < 65,
                "50/30/20 of 200 calls, got " + a + "/" + b + "/" + rest);
    }

    @Test
    void getMetricDataLoadsTheNamedQueuesMetricsForPromptsAndAttributes() {
        Simulation sim = LegacyFlows.answeredBy("get-metric-data.json");

        String contactId = call(sim);

        assertEquals(List.of("SupportQueue has 0 callers waiting."), heard(sim, contactId));
        assertEquals("1", record(sim, contactId).attributes().get("staffed"), "carol staffs SupportQueue");
        assertEquals("0", record(sim, contactId).attributes().get("oldest"));
    }

    @Test
    void setVoiceChangesTheTextToSpeechVoice() {
        Simulation sim = LegacyFlows.answeredBy("set-voice.json");

        String contactId = call(sim);

        assertEquals("Matthew", record(sim, contactId).settings().textToSpeechVoice());
    }

    @Test
    void setEventHookAndSetContactFlowSetTheHooksThatThenRun() {
        Simulation sim = LegacyFlows.answeredBy("set-event-hook.json");
        String contactId = sim.inboundCall(CALLER);

        sim.runUntil(() -> sim.flows().runs().stream().anyMatch(r -> "Legacy Resume".equals(r.flowName())),
                Duration.ofMinutes(5));

        assertEquals(List.of("AgentWhisper", "CustomerQueue", "CustomerRemaining"),
                record(sim, contactId).settings().eventHooks().keySet().stream().sorted().toList());
        List<String> heard = heard(sim, contactId);
        assertTrue(heard.contains("Thanks for holding."), heard.toString());
        assertTrue(heard.contains("Legacy caller on the line."), heard.toString());
    }

    @Test
    void theDeprecatedSetContactFlowPlaysTheQueueMessagesAndTheirInterruptEveryThirtySeconds() {
        Simulation sim = LegacyFlows.answeredBy("set-contact-flow.json");
        String contactId = sim.inboundCall(CALLER);

        sim.runUntil(() -> heard(sim, contactId).contains("You are still in the queue."), Duration.ofMinutes(2));

        assertEquals(List.of("Thanks for holding.", "<speak>Your call matters.</speak>", "prompt Hold music.wav",
                "You are still in the queue."), heard(sim, contactId).subList(0, 4));
    }

    @Test
    void loopRepeatsTwiceThenAsOftenAsItsAttributeSays() {
        Simulation sim = LegacyFlows.answeredBy("loop.json");

        String contactId = call(sim);

        assertEquals(List.of("Once more.", "Once more.", "From the attribute."), heard(sim, contactId));
    }

    @Test
    void createCallbackQueuesACallbackToTheCallbackNumberInTheWorkingQueue() {
        Simulation sim = LegacyFlows.answeredBy("create-callback.json");

        String contactId = call(sim);

        assertEquals(List.of("We will call you back."), heard(sim, contactId));
        assertEquals(CALLER, record(sim, contactId).settings().callbackNumber());
        assertEquals("SupportQueue", record(sim, contactId).settings().callbackQueue());
    }

    /** Regression (issue 17): the run said Amazon Connect "would not have saved" a block that Connect exported. */
    @Test
    void aLegacyModuleWithNoMappingEndsTheRunNamingItWithoutSayingConnectWouldRefuseIt() {
        Flow flow = FlowParser.parseText("flows/old.json", """
                {"modules": [{"id": "wait", "type": "Wait", "parameters": [{"name": "Seconds", "value": "5"}],
                  "branches": [{"condition": "Success", "transition": "bye"}]},
                 {"id": "bye", "type": "Disconnect", "parameters": [], "branches": []}],
                 "start": "wait", "version": "1", "metadata": {"name": "Old"}}""");
        Instance instance = Calls.instance().toBuilder().phoneNumber(LegacyFlows.NUMBER, "Old").build();
        Simulation sim = Simulation.builder(instance).flows(FlowLibrary.builder().add(new FlowLibrary.Entry("Old",
                FlowType.CONTACT_FLOW, "f-old", instance.arn() + "/contact-flow/f-old", flow)).build()).build();

        String contactId = call(sim);

        FlowRunRecord end = end(sim, contactId);
        assertEquals(EndReason.FLOW_ERROR, end.reason());
        assertEquals("flows/old.json: action wait (/modules/0): legacy module Wait: module type Wait has no mapping;"
                + " Amazon Connect exported it and ran it, but the simulator has no mapping for it yet", end.detail());
    }

    @Test
    void setCallBackNumberTakesTheNumberTheCallerEntered() {
        Simulation sim = LegacyFlows.answeredBy("set-call-back-number.json");
        sim.callerWillPress(CALLER, "2065550123#", Duration.ofSeconds(1));

        String contactId = call(sim);

        assertEquals("+12065550123", record(sim, contactId).settings().callbackNumber());
        assertEquals(List.of("ask", "number", "thanks", "hang-up"), path(sim, contactId));
    }

    @Test
    void updateRoutingPrioritySetsTheContactsQueuePriorityAndTimeAdjustmentBeforeItIsQueued() {
        Simulation sim = LegacyFlows.answeredBy("update-routing-priority.json");

        String contactId = call(sim);

        assertEquals(EndReason.QUEUED, end(sim, contactId).reason());
        assertEquals(1, sim.contact(contactId).queuePriority());
        assertEquals(Duration.ofMinutes(10), sim.contact(contactId).queueTimeAdjustment());
    }
}

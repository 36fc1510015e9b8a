package dev.connectsim.flow.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.flow.FlowParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The typed parameters of the Flow Language types issue 17 models, read from a flow as written: what the engine
 * reads from a good block, and what a block of the wrong shape leaves out (validation reports it).
 */
class ReferenceActionParametersTest {

    /** The one action of a flow whose only block is {@code type} with {@code parameters} (JSON). */
    private static <A extends Action> A action(String type, String parameters, Class<A> record) {
        return record.cast(FlowParser.parseText("flows/one.json", """
                {"Version": "2019-10-30", "StartAction": "a1", "Actions": [
                  {"Identifier": "a1", "Type": "%s", "Parameters": %s, "Transitions": {}}]}
                """.formatted(type, parameters)).actions().get(0));
    }

    @Test
    void tagContactReadsItsTagsInFileOrderAndLeavesOutAValueThatIsNotText() {
        TagContact tag = action("TagContact", "{\"Tags\": {\"line\": \"priority\", \"caller\":"
                + " \"$.CustomerEndpoint.Address\", \"bad\": {\"x\": \"y\"}}}", TagContact.class);

        assertEquals(List.of("line", "caller"), List.copyOf(tag.tags().keySet()));
        assertEquals("$.CustomerEndpoint.Address", tag.tags().get("caller"));
        assertEquals(Map.of(), action("TagContact", "{\"Tags\": \"line\"}", TagContact.class).tags());
    }

    @Test
    void unTagContactReadsItsKeysAndLeavesOutItemsThatAreNotText() {
        assertEquals(List.of("line", "caller"), action("UnTagContact",
                "{\"TagKeys\": [\"line\", {\"key\": \"x\"}, \"caller\"]}", UnTagContact.class).tagKeys());
        assertEquals(List.of(), action("UnTagContact", "{\"TagKeys\": \"line\"}", UnTagContact.class).tagKeys());
    }

    @Test
    void updateFlowAttributesReadsEachValueOfAFlowAttributeOrPlainTextAndLeavesOutOtherShapes() {
        UpdateFlowAttributes set = action("UpdateFlowAttributes", "{\"FlowAttributes\": {\"card\": {\"Value\":"
                + " \"$.StoredCustomerInput\"}, \"plan\": \"gold\", \"bad\": {\"Val\": \"x\"}, \"worse\": [\"x\"]}}",
                UpdateFlowAttributes.class);

        assertEquals(Map.of("card", "$.StoredCustomerInput", "plan", "gold"), set.flowAttributes());
    }

    @Test
    void updateContactRoutingBehaviorReadsThePriorityOrTheTimeAdjustmentAsWritten() {
        UpdateContactRoutingBehavior priority = action("UpdateContactRoutingBehavior", "{\"QueuePriority\": 1}",
                UpdateContactRoutingBehavior.class);
        UpdateContactRoutingBehavior age = action("UpdateContactRoutingBehavior",
                "{\"QueueTimeAdjustmentSeconds\": \"-60\"}", UpdateContactRoutingBehavior.class);

        assertEquals("1", priority.queuePriority(), "a JSON number is kept as its text");
        assertNull(priority.queueTimeAdjustmentSeconds());
        assertEquals("-60", age.queueTimeAdjustmentSeconds());
    }

    @Test
    void updateRoutingCriteriaKeepsItsCriteriaAsWritten() {
        UpdateRoutingCriteria criteria = action("UpdateRoutingCriteria", "{\"RoutingCriteria\": {\"Steps\": []}}",
                UpdateRoutingCriteria.class);

        assertEquals(Map.of("Steps", List.of()), criteria.routingCriteria());
        assertEquals(Map.of(), action("UpdateRoutingCriteria", "{}", UpdateRoutingCriteria.class).routingCriteria());
    }

    @Test
    void updateContactRecordingAndAnalyticsBehaviorReadsTheVoiceBehaviorAndNotesAChatOne() {
        UpdateContactRecordingAndAnalyticsBehavior voice = action("UpdateContactRecordingAndAnalyticsBehavior", """
                {"VoiceBehavior": {"VoiceRecordingBehavior": {"RecordedParticipants": ["Agent", "Customer"]},
                 "VoiceAnalyticsBehavior": {"Enabled": "True", "AnalyticsModes": ["PostContact"]}}}""",
                UpdateContactRecordingAndAnalyticsBehavior.class);
        UpdateContactRecordingAndAnalyticsBehavior chat = action("UpdateContactRecordingAndAnalyticsBehavior",
                "{\"ChatBehavior\": {}}", UpdateContactRecordingAndAnalyticsBehavior.class);

        assertTrue(voice.voiceBehavior());
        assertFalse(voice.chatBehavior());
        assertEquals(List.of("Agent", "Customer"), voice.recordedParticipants());
        assertTrue(voice.analyticsEnabled());
        assertEquals(List.of("PostContact"), voice.analyticsModes());
        assertTrue(chat.chatBehavior());
        assertFalse(chat.voiceBehavior());
        assertEquals(List.of(), chat.recordedParticipants());
    }

    @Test
    void updateContactMediaProcessingReadsItsChatProcessor() {
        UpdateContactMediaProcessing processing = action("UpdateContactMediaProcessing", "{\"ChatProcessor\":"
                + " {\"ProcessingEnabled\": \"True\", \"LambdaProcessorARN\": \"arn:aws:lambda:x\"}}",
                UpdateContactMediaProcessing.class);

        assertEquals("True", processing.processingEnabled());
        assertEquals("arn:aws:lambda:x", processing.lambdaProcessorArn());
        assertNull(action("UpdateContactMediaProcessing", "{\"ChatProcessor\": \"True\"}",
                UpdateContactMediaProcessing.class).processingEnabled());
    }

    @Test
    void updatePreviousContactParticipantStateAndResumeContactReadWhatTheyTake() {
        assertEquals("AgentOnHold", action("UpdatePreviousContactParticipantState",
                "{\"PreviousContactParticipantState\": \"AgentOnHold\"}", UpdatePreviousContactParticipantState.class)
                .previousContactParticipantState());
        assertNull(action("UpdatePreviousContactParticipantState", "{}", UpdatePreviousContactParticipantState.class)
                .previousContactParticipantState());
        assertEquals(Map.of(), action("ResumeContact", "{}", ResumeContact.class).parameters());
    }
}

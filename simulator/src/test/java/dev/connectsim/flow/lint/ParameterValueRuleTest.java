package dev.connectsim.flow.lint;

import static dev.connectsim.flow.lint.Lint.actions;
import static dev.connectsim.flow.lint.Lint.none;
import static dev.connectsim.flow.lint.Lint.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.connectsim.flow.Flow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * parameter-value: the parameters of the Flow Language types issue 17 models have the values their pages allow,
 * with one finding naming the file, the block and the place, and what was expected.
 */
class ParameterValueRuleTest {

    private static final String RULE = "parameter-value";
    private static final String BYE = "{'Identifier': 'bye', 'Type': 'DisconnectParticipant', 'Transitions': {}}";

    /** A flow whose start block is {@code type} with {@code parameters}, its error branches going to bye. */
    private static Flow block(String type, String parameters) {
        return actions("{'Identifier': 'start', 'Type': '" + type + "', 'Parameters': " + parameters
                + ", 'Transitions': {'NextAction': 'bye', 'Errors': [{'ErrorType': 'NoMatchingError', 'NextAction':"
                + " 'bye'}, {'ErrorType': 'ChannelMismatch', 'NextAction': 'bye'}]}}, " + BYE);
    }

    private static void finds(String type, String parameters, String pointer, String message) {
        Finding finding = only(RULE, block(type, parameters));
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("start", finding.action());
        assertEquals(pointer, finding.pointer());
        assertEquals(message, finding.message());
    }

    @Test
    void tagContactNeedsOneToSixTagsWithKeysAndValuesWithinTheirLimits() {
        none(RULE, block("TagContact", "{'Tags': {'line': 'priority', 'caller': '$.CustomerEndpoint.Address',"
                + " '$.Attributes.key': 'x'}}"));
        finds("TagContact", "{}", "/Actions/0/Parameters", "missing Tags (expected an object of the tags to set)");
        finds("TagContact", "{'Tags': {}}", "/Actions/0/Parameters/Tags", "Tags must be an object of 1 to 6 tags,"
                + " found none");
        finds("TagContact", "{'Tags': {'a': '1', 'b': '2', 'c': '3', 'd': '4', 'e': '5', 'f': '6', 'g': '7'}}",
                "/Actions/0/Parameters/Tags", "Tags has 7 tags, more than the 6 a contact holds");
        finds("TagContact", "{'Tags': {'aws:team': 'x'}}", "/Actions/0/Parameters/Tags/aws:team",
                "tag key 'aws:team' starts with aws:, which marks tags only AWS sets");
        finds("TagContact", "{'Tags': {'my tag': 'x'}}", "/Actions/0/Parameters/Tags/my tag",
                "tag key 'my tag' may hold only letters, digits and + - = . _ : /");
        finds("TagContact", "{'Tags': {'k': '" + "v".repeat(257) + "'}}", "/Actions/0/Parameters/Tags/k",
                "the value of tag 'k' must be at most 256 characters long, has 257");
        finds("TagContact", "{'Tags': {'" + "k".repeat(129) + "': 'v'}}", "/Actions/0/Parameters/Tags/"
                + "k".repeat(129), "tag key '" + "k".repeat(129) + "' must be 1 to 128 characters long, has 129");
    }

    @Test
    void unTagContactNeedsOneToSixStaticKeys() {
        none(RULE, block("UnTagContact", "{'TagKeys': ['line', 'caller']}"));
        finds("UnTagContact", "{}", "/Actions/0/Parameters", "missing TagKeys (expected a list of the tag keys to"
                + " remove)");
        finds("UnTagContact", "{'TagKeys': []}", "/Actions/0/Parameters/TagKeys", "TagKeys must be a list of 1 to 6"
                + " keys, found 0 keys");
        finds("UnTagContact", "{'TagKeys': ['$.Attributes.key']}", "/Actions/0/Parameters/TagKeys/0",
                "tag keys to remove must be static, was '$.Attributes.key'");
    }

    @Test
    void updateFlowAttributesNeedsAttributesWithATextValue() {
        none(RULE, block("UpdateFlowAttributes", "{'FlowAttributes': {'card': {'Value': '$.StoredCustomerInput'}}}"));
        finds("UpdateFlowAttributes", "{}", "/Actions/0/Parameters", "missing FlowAttributes (expected an object of"
                + " the attributes to set)");
        finds("UpdateFlowAttributes", "{'FlowAttributes': {'card': {'Val': 'x'}}}",
                "/Actions/0/Parameters/FlowAttributes/card", "flow attribute 'card' must be an object with a text"
                        + " Value, found an object without one");
    }

    @Test
    void updateContactRoutingBehaviorTakesExactlyOneStaticWholeNumberAPriorityAbove0() {
        none(RULE, block("UpdateContactRoutingBehavior", "{'QueuePriority': '1'}"));
        none(RULE, block("UpdateContactRoutingBehavior", "{'QueueTimeAdjustmentSeconds': '-600'}"));
        finds("UpdateContactRoutingBehavior", "{}", "/Actions/0/Parameters", "UpdateContactRoutingBehavior takes"
                + " exactly one of QueuePriority and QueueTimeAdjustmentSeconds, found neither");
        finds("UpdateContactRoutingBehavior", "{'QueuePriority': '1', 'QueueTimeAdjustmentSeconds': '60'}",
                "/Actions/0/Parameters", "UpdateContactRoutingBehavior takes exactly one of QueuePriority and"
                        + " QueueTimeAdjustmentSeconds, found both");
        finds("UpdateContactRoutingBehavior", "{'QueuePriority': '0'}", "/Actions/0/Parameters/QueuePriority",
                "QueuePriority must be a static whole number above 0, was '0'");
        finds("UpdateContactRoutingBehavior", "{'QueueTimeAdjustmentSeconds': '$.Attributes.age'}",
                "/Actions/0/Parameters/QueueTimeAdjustmentSeconds", "QueueTimeAdjustmentSeconds must be a static"
                        + " whole number of seconds, was '$.Attributes.age'");
    }

    @Test
    void updateRoutingCriteriaNeedsStepsWithExpressionsOfLevelsOneToFive() {
        String step = "{'Expression': {'AttributeCondition': {'Name': 'Language', 'Value': 'French',"
                + " 'ProficiencyLevel': '%s', 'ComparisonOperator': 'NumberGreaterOrEqualTo'}}}";
        none(RULE, block("UpdateRoutingCriteria", "{'RoutingCriteria': {'Steps': [" + step.formatted("5.0") + "]}}"));
        none(RULE, block("UpdateRoutingCriteria", "{'RoutingCriteria': {'Steps': '$.Attributes.steps'}}"));
        finds("UpdateRoutingCriteria", "{}", "/Actions/0/Parameters", "missing RoutingCriteria (expected an object"
                + " with Steps)");
        finds("UpdateRoutingCriteria", "{'RoutingCriteria': {'Steps': [" + step.formatted("6.0") + "]}}",
                "/Actions/0/Parameters/RoutingCriteria/Steps/0/Expression/AttributeCondition/ProficiencyLevel",
                "ProficiencyLevel must be one of 1.0, 2.0, 3.0, 4.0 or 5.0, was '6.0'");
        finds("UpdateRoutingCriteria", "{'RoutingCriteria': {'Steps': [{'Expiry': {}}]}}",
                "/Actions/0/Parameters/RoutingCriteria/Steps/0", "a step must be an object with an Expression, found"
                        + " an object without one");
    }

    @Test
    void recordingAndAnalyticsTakesOneChannelBehaviorAndVoiceAnalyticsOnlyWithBothParticipantsRecorded() {
        none(RULE, block("UpdateContactRecordingAndAnalyticsBehavior", "{'VoiceBehavior': {'VoiceRecordingBehavior':"
                + " {'RecordedParticipants': ['Agent', 'Customer']}, 'VoiceAnalyticsBehavior': {'Enabled': 'True',"
                + " 'AnalyticsModes': ['RealTime', 'AutomatedInteraction']}}}"));
        finds("UpdateContactRecordingAndAnalyticsBehavior", "{'VoiceBehavior': {'VoiceRecordingBehavior':"
                + " {'RecordedParticipants': ['Agent']}, 'VoiceAnalyticsBehavior': {'Enabled': 'True'}}}",
                "/Actions/0/Parameters/VoiceBehavior/VoiceAnalyticsBehavior", "voice analytics can only be set when"
                        + " RecordedParticipants holds both Agent and Customer, it holds [Agent]");
        finds("UpdateContactRecordingAndAnalyticsBehavior", "{'VoiceBehavior': {'VoiceRecordingBehavior':"
                + " {'RecordedParticipants': ['Supervisor']}}}",
                "/Actions/0/Parameters/VoiceBehavior/VoiceRecordingBehavior/RecordedParticipants/0", "a recorded"
                        + " participant must be Agent or Customer, was 'Supervisor'");
        List<Finding> both = Lint.findings(RULE, block("UpdateContactRecordingAndAnalyticsBehavior",
                "{'VoiceBehavior': {}, 'ChatBehavior': {}}"));
        assertEquals(List.of("only one of ChatBehavior and VoiceBehavior may be defined, found both",
                "with ChatBehavior, an Errors branch for InFlightRedactionConfigurationFailed must be defined"),
                both.stream().map(Finding::message).toList());
    }

    @Test
    void mediaProcessingNeedsAChatProcessorWhoseFlagsAreTrueOrFalse() {
        none(RULE, block("UpdateContactMediaProcessing", "{'ChatProcessor': {'ProcessingEnabled': 'True',"
                + " 'LambdaProcessorARN': 'arn:aws:lambda:us-east-1:1:function:f'}}"));
        finds("UpdateContactMediaProcessing", "{}", "/Actions/0/Parameters", "missing ChatProcessor (expected the"
                + " chat processor's settings)");
        finds("UpdateContactMediaProcessing", "{'ChatProcessor': {'ProcessingEnabled': 'Yes'}}",
                "/Actions/0/Parameters/ChatProcessor/ProcessingEnabled", "ProcessingEnabled must be True or False,"
                        + " set statically, was 'Yes'");
    }

    @Test
    void updatePreviousContactParticipantStateIsOneOfItsThreeStates() {
        none(RULE, block("UpdatePreviousContactParticipantState", "{'PreviousContactParticipantState': 'OffHold'}"));
        finds("UpdatePreviousContactParticipantState", "{'PreviousContactParticipantState': 'AgentOnHod'}",
                "/Actions/0/Parameters/PreviousContactParticipantState", "PreviousContactParticipantState must be"
                        + " one of AgentOnHold, CustomerOnHold or OffHold, was 'AgentOnHod' (did you mean"
                        + " 'AgentOnHold'?)");
    }

    @Test
    void theBranchesTheReferenceRequiresAndTheErrorsEachTypeHasAreChecked() {
        Finding missing = only("missing-error-branch", actions("{'Identifier': 'start', 'Type':"
                + " 'UpdateContactMediaProcessing', 'Parameters': {'ChatProcessor': {'ProcessingEnabled': 'False'}},"
                + " 'Transitions': {'NextAction': 'bye', 'Errors': [{'ErrorType': 'ChannelMismatch', 'NextAction':"
                + " 'bye'}]}}, " + BYE));
        assertEquals("UpdateContactMediaProcessing needs an Errors branch for NoMatchingError, found branches for"
                + " 'ChannelMismatch'", missing.message());
        Finding unknown = only("unknown-error-type", actions("{'Identifier': 'start', 'Type': 'TagContact',"
                + " 'Parameters': {'Tags': {'a': 'b'}}, 'Transitions': {'NextAction': 'bye', 'Errors': [{'ErrorType':"
                + " 'ChannelMismatch', 'NextAction': 'bye'}]}}, " + BYE));
        assertEquals("/Actions/0/Transitions/Errors/0/ErrorType", unknown.pointer());
        none("unknown-error-type", block("UpdateContactRecordingAndAnalyticsBehavior", "{'VoiceBehavior': {}}"));
    }
}

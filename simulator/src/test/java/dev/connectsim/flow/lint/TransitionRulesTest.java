package dev.connectsim.flow.lint;

import static dev.connectsim.flow.lint.Lint.CLEAN_ACTIONS;
import static dev.connectsim.flow.lint.Lint.actions;
import static dev.connectsim.flow.lint.Lint.findings;
import static dev.connectsim.flow.lint.Lint.none;
import static dev.connectsim.flow.lint.Lint.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.flow.Flow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** dangling-next-action, unreachable-action, endless-loop, unknown-operator. */
class TransitionRulesTest {

    private static final String BYE = "{'Identifier': 'bye', 'Type': 'DisconnectParticipant', 'Transitions': {}}";

    /** A Compare on $.Attributes.x with these transitions. */
    private static String compare(String identifier, String transitions) {
        return "{'Identifier': '" + identifier + "', 'Type': 'Compare', 'Parameters': {'ComparisonValue':"
                + " '$.Attributes.x'}, 'Transitions': " + transitions + "}";
    }

    @Test
    void aNextActionToAMissingIdentifierIsAnErrorNamingTheNearestIdentifier() {
        Flow flow = actions("{'Identifier': 'start', 'Type': 'UpdateFlowLoggingBehavior', 'Parameters':"
                + " {'FlowLoggingBehavior': 'Enabled'}, 'Transitions': {'NextAction': 'by'}}, " + BYE);

        Finding finding = only("dangling-next-action", flow);

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("start", finding.action());
        assertEquals("/Actions/0/Transitions/NextAction", finding.pointer());
        assertEquals("NextAction is 'by' but no action has that Identifier (did you mean 'bye'?)", finding.message());
        assertEquals("change it to 'bye', or add the missing action", finding.hint());
        none("dangling-next-action", actions(CLEAN_ACTIONS));
    }

    @Test
    void errorAndConditionTargetsAreCheckedToo() {
        Flow flow = actions(compare("start", "{'NextAction': 'bye', 'Errors': [{'ErrorType': 'NoMatchingCondition',"
                + " 'NextAction': 'gone'}], 'Conditions': [{'NextAction': 'nowhere', 'Condition': {'Operator':"
                + " 'Equals', 'Operands': ['1']}}]}") + ", " + BYE);

        List<Finding> found = findings("dangling-next-action", flow);

        assertEquals(List.of("/Actions/0/Transitions/Errors/0/NextAction",
                "/Actions/0/Transitions/Conditions/0/NextAction"), found.stream().map(Finding::pointer).toList());
        assertTrue(found.get(0).message().startsWith("the NoMatchingCondition branch goes to 'gone'"),
                found.get(0).message());
        assertTrue(found.get(1).message().startsWith("the condition Equals [1] goes to 'nowhere'"),
                found.get(1).message());
    }

    @Test
    void anActionNothingLeadsToIsAWarningNotAnError() {
        Flow flow = actions(CLEAN_ACTIONS + ", {'Identifier': 'island', 'Type': 'DisconnectParticipant',"
                + " 'Transitions': {}}");

        Finding finding = only("unreachable-action", flow);

        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("island", finding.action());
        assertEquals("/Actions/2", finding.pointer());
        assertEquals("no path from StartAction 'start' leads to this DisconnectParticipant action",
                finding.message());
        none("unreachable-action", actions(CLEAN_ACTIONS));
    }

    @Test
    void aCycleWithNoWayOutIsOneErrorAtItsFirstActionListingItsMembers() {
        Flow flow = actions(compare("start", "{'NextAction': 'again', 'Errors': [{'ErrorType': 'NoMatchingCondition',"
                + " 'NextAction': 'again'}]}") + ", " + compare("again", "{'NextAction': 'start', 'Errors':"
                + " [{'ErrorType': 'NoMatchingCondition', 'NextAction': 'start'}]}"));

        Finding finding = only("endless-loop", flow);

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("start", finding.action());
        assertEquals("/Actions/0/Transitions", finding.pointer());
        assertTrue(finding.message().startsWith("the actions 'start' and 'again' lead only to each other: no end of"
                + " the flow can be reached from them"), finding.message());
    }

    @Test
    void anActionLeadingOnlyToItselfIsAnEndlessLoopAndWhatLeadsIntoItIsNotReportedAgain() {
        Flow flow = actions("{'Identifier': 'start', 'Type': 'UpdateFlowLoggingBehavior', 'Parameters':"
                + " {'FlowLoggingBehavior': 'Enabled'}, 'Transitions': {'NextAction': 'spin'}}, "
                + compare("spin", "{'NextAction': 'spin', 'Errors': [{'ErrorType': 'NoMatchingCondition',"
                + " 'NextAction': 'spin'}]}"));

        Finding finding = only("endless-loop", flow);

        assertEquals("spin", finding.action());
        assertTrue(finding.message().startsWith("this Compare action leads only back to itself"), finding.message());
    }

    @Test
    void aMenuThatLoopsOnTimeoutButCanTransferIsFine() {
        Flow flow = actions("{'Identifier': 'start', 'Type': 'GetParticipantInput', 'Parameters': {'Text': 'Press 1',"
                + " 'StoreInput': 'False', 'InputTimeLimitSeconds': '5'}, 'Transitions': {'NextAction': 'start',"
                + " 'Errors': [{'ErrorType': 'InputTimeLimitExceeded', 'NextAction': 'start'}, {'ErrorType':"
                + " 'NoMatchingCondition', 'NextAction': 'start'}, {'ErrorType': 'NoMatchingError', 'NextAction':"
                + " 'start'}], 'Conditions': [{'NextAction': 'queue', 'Condition': {'Operator': 'Equals',"
                + " 'Operands': ['1']}}]}}, {'Identifier': 'queue', 'Type': 'TransferContactToQueue', 'Transitions':"
                + " {'NextAction': 'start', 'Errors': [{'ErrorType': 'QueueAtCapacity', 'NextAction': 'start'},"
                + " {'ErrorType': 'NoMatchingError', 'NextAction': 'start'}]}}");

        none("endless-loop", flow);
    }

    @Test
    void aLoopBlockWithItsDoneBranchIsAWayOut() {
        Flow flow = actions("{'Identifier': 'start', 'Type': 'Loop', 'Parameters': {'LoopCount': '2'}, 'Transitions':"
                + " {'NextAction': 'bye', 'Conditions': [{'NextAction': 'start', 'Condition': {'Operator': 'Equals',"
                + " 'Operands': ['ContinueLooping']}}, {'NextAction': 'bye', 'Condition': {'Operator': 'Equals',"
                + " 'Operands': ['DoneLooping']}}]}}, " + BYE);

        none("endless-loop", flow);
    }

    /** Regression: a legacy customer-queue export looping its queue messages got a false endless-loop error. */
    @Test
    void queueMessagesThatLoopBackAfterEachInterruptAreLeftWhenAnAgentTakesTheContact() {
        Flow flow = actions("{'Identifier': 'hold', 'Type': 'MessageParticipantIteratively', 'Parameters':"
                + " {'Messages': [{'Text': 'Thanks for holding.'}], 'InterruptFrequencySeconds': '30'}, 'Transitions':"
                + " {'Conditions': [{'NextAction': 'still', 'Condition': {'Operator': 'Equals', 'Operands':"
                + " ['MessagesInterrupted']}}]}}, {'Identifier': 'still', 'Type': 'MessageParticipant', 'Parameters':"
                + " {'Text': 'You are still in the queue.'}, 'Transitions': {'NextAction': 'hold'}}");

        none("endless-loop", flow);
    }

    @Test
    void anOperatorOutsideTheLanguageIsAnErrorNamingTheNearestOne() {
        Flow flow = actions(compare("start", "{'NextAction': 'bye', 'Errors': [{'ErrorType': 'NoMatchingCondition',"
                + " 'NextAction': 'bye'}], 'Conditions': [{'NextAction': 'bye', 'Condition': {'Operator': 'Equal',"
                + " 'Operands': ['1']}}]}") + ", " + BYE);

        Finding finding = only("unknown-operator", flow);

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("start", finding.action());
        assertEquals("/Actions/0/Transitions/Conditions/0/Condition/Operator", finding.pointer());
        assertTrue(finding.message().startsWith("unknown operator 'Equal' (expected one of Equals, TextStartsWith,"),
                finding.message());
        assertTrue(finding.message().endsWith("(did you mean 'Equals'?)"), finding.message());
        none("unknown-operator", actions(compare("start", "{'NextAction': 'bye', 'Errors': [{'ErrorType':"
                + " 'NoMatchingCondition', 'NextAction': 'bye'}], 'Conditions': [{'NextAction': 'bye', 'Condition':"
                + " {'Operator': 'NumberGreaterOrEqualTo', 'Operands': ['1']}}]}") + ", " + BYE));
    }
}

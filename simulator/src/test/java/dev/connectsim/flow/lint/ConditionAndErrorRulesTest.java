package dev.connectsim.flow.lint;

import static dev.connectsim.flow.lint.Lint.CLEAN_ACTIONS;
import static dev.connectsim.flow.lint.Lint.actions;
import static dev.connectsim.flow.lint.Lint.findings;
import static dev.connectsim.flow.lint.Lint.none;
import static dev.connectsim.flow.lint.Lint.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.flow.Flow;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** loop-conditions, required-conditions, missing-error-branch, unhandled-error, unknown-error-type. */
class ConditionAndErrorRulesTest {

    private static final String BYE = "{'Identifier': 'bye', 'Type': 'DisconnectParticipant', 'Transitions': {}}";

    private static String equals(String operand) {
        return "{'NextAction': 'bye', 'Condition': {'Operator': 'Equals', 'Operands': ['" + operand + "']}}";
    }

    private static Flow loop(String... operands) {
        List<String> conditions = Arrays.stream(operands).map(ConditionAndErrorRulesTest::equals).toList();
        return actions("{'Identifier': 'start', 'Type': 'Loop', 'Parameters': {'LoopCount': '2'}, 'Transitions':"
                + " {'NextAction': 'bye', 'Conditions': [" + String.join(", ", conditions) + "]}}, " + BYE);
    }

    private static Flow hours(String... operands) {
        List<String> conditions = Arrays.stream(operands).map(ConditionAndErrorRulesTest::equals).toList();
        return actions("{'Identifier': 'start', 'Type': 'CheckHoursOfOperation', 'Parameters': {}, 'Transitions':"
                + " {'NextAction': 'bye', 'Errors': [{'ErrorType': 'NoMatchingError', 'NextAction': 'bye'}],"
                + " 'Conditions': [" + String.join(", ", conditions) + "]}}, " + BYE);
    }

    /** An action of {@code type} with these Errors entries, then the disconnect. */
    private static Flow withErrors(String type, String parameters, String... errorTypes) {
        List<String> errors = Arrays.stream(errorTypes)
                .map(e -> "{'ErrorType': '" + e + "', 'NextAction': 'bye'}").toList();
        return actions("{'Identifier': 'start', 'Type': '" + type + "', 'Parameters': " + parameters
                + ", 'Transitions': {'NextAction': 'bye', 'Errors': [" + String.join(", ", errors) + "]}}, " + BYE);
    }

    private static final String LAMBDA = "{'LambdaFunctionARN': 'arn:aws:lambda:us-west-2:1:function:f',"
            + " 'InvocationTimeLimitSeconds': '8'}";

    @Test
    void aLoopWithoutDoneLoopingIsAnErrorSayingWhichConditionIsMissing() {
        Finding finding = only("loop-conditions", loop("ContinueLooping"));

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("start", finding.action());
        assertEquals("/Actions/0/Transitions/Conditions", finding.pointer());
        assertEquals("a Loop needs the condition Equals DoneLooping (it takes exactly Equals ContinueLooping and"
                + " Equals DoneLooping), found none for DoneLooping", finding.message());
        none("loop-conditions", loop("ContinueLooping", "DoneLooping"));
    }

    @Test
    void aLoopConditionOtherThanTheTwoIsAnErrorWithTheNearestResult() {
        List<Finding> found = findings("loop-conditions", loop("ContinueLoop", "DoneLooping"));

        assertEquals(2, found.size(), found.toString());
        assertEquals("/Actions/0/Transitions/Conditions/0/Condition", found.get(0).pointer());
        assertEquals("a Loop takes exactly the conditions Equals ContinueLooping and Equals DoneLooping, found the"
                + " condition Equals 'ContinueLoop' (did you mean 'ContinueLooping'?)", found.get(0).message());
        assertTrue(found.get(1).message().startsWith("a Loop needs the condition Equals ContinueLooping"));
    }

    @Test
    void checkHoursOfOperationNeedsBothTrueAndFalse() {
        Finding finding = only("required-conditions", hours("True"));

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("start", finding.action());
        assertTrue(finding.message().startsWith("a CheckHoursOfOperation needs the condition Equals False"),
                finding.message());
        none("required-conditions", hours("True", "False"));
    }

    @Test
    void anInvokeLambdaFunctionWithoutNoMatchingErrorIsAnErrorThatSpotsAMisspeltBranch() {
        Finding finding = only("missing-error-branch", withErrors("InvokeLambdaFunction", LAMBDA, "NoMatchingEror"));

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("start", finding.action());
        assertEquals("/Actions/0/Transitions/Errors", finding.pointer());
        assertEquals("InvokeLambdaFunction needs an Errors branch for NoMatchingError, found branches for"
                + " 'NoMatchingEror'; is 'NoMatchingEror' meant to be NoMatchingError?", finding.message());
        none("missing-error-branch", withErrors("InvokeLambdaFunction", LAMBDA, "NoMatchingError"));
    }

    @Test
    void transferContactToQueueNeedsQueueAtCapacityAndNoMatchingError() {
        Finding finding = only("missing-error-branch", withErrors("TransferContactToQueue", "{}", "NoMatchingError"));

        assertEquals("TransferContactToQueue needs an Errors branch for QueueAtCapacity, found branches for"
                + " 'NoMatchingError'", finding.message());
        none("missing-error-branch", withErrors("TransferContactToQueue", "{}", "QueueAtCapacity",
                "NoMatchingError"));
    }

    @Test
    void getParticipantInputWithoutNoMatchingErrorIsAnError() {
        Finding finding = only("missing-error-branch", withErrors("GetParticipantInput",
                "{'Text': 'Enter', 'StoreInput': 'False', 'InputTimeLimitSeconds': '5'}"));

        assertEquals("GetParticipantInput needs an Errors branch for NoMatchingError, found no Errors",
                finding.message());
    }

    @Test
    void aMessageWithoutAnErrorBranchIsOnlyAWarningAsTheSalesforceSamplesHaveThem() {
        Finding finding = only("unhandled-error", withErrors("MessageParticipant", "{'Text': 'Hi'}"));

        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("start", finding.action());
        assertEquals("/Actions/0/Transitions/Errors", finding.pointer());
        assertTrue(finding.message().startsWith("MessageParticipant can fail with NoMatchingError, and no"
                + " NoMatchingError branch catches it"), finding.message());
        assertEquals(List.of(), findings("missing-error-branch", withErrors("MessageParticipant", "{'Text': 'Hi'}")));
        none("unhandled-error", actions(CLEAN_ACTIONS));
    }

    @Test
    void aCompareIsCoveredByNoMatchingConditionOrNoMatchingError() {
        String parameters = "{'ComparisonValue': '$.Attributes.x'}";

        assertEquals("Compare can fail with NoMatchingCondition, and neither a NoMatchingCondition nor a"
                + " NoMatchingError branch catches it (when it fails the contact has nowhere to go)",
                only("unhandled-error", withErrors("Compare", parameters)).message());
        none("unhandled-error", withErrors("Compare", parameters, "NoMatchingCondition"));
        none("unhandled-error", withErrors("Compare", parameters, "NoMatchingError"));
    }

    @Test
    void anErrorTypeTheActionDoesNotRaiseIsAWarningNamingTheNearestOne() {
        Finding finding = only("unknown-error-type", withErrors("UpdateContactAttributes",
                "{'Attributes': {'a': 'b'}}", "NoMatchingErrors"));

        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("/Actions/0/Transitions/Errors/0/ErrorType", finding.pointer());
        assertEquals("ErrorType 'NoMatchingErrors' is not an error UpdateContactAttributes raises (expected"
                + " NoMatchingError or NoMatchingCondition) (did you mean 'NoMatchingError'?)", finding.message());
        none("unknown-error-type", withErrors("GetParticipantInput", "{'Text': 'Enter', 'StoreInput': 'False'}",
                "InputTimeLimitExceeded", "NoMatchingCondition", "NoMatchingError"));
    }
}

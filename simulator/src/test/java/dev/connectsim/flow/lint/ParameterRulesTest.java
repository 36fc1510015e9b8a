package dev.connectsim.flow.lint;

import static dev.connectsim.flow.lint.Lint.actions;
import static dev.connectsim.flow.lint.Lint.findings;
import static dev.connectsim.flow.lint.Lint.none;
import static dev.connectsim.flow.lint.Lint.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.flow.Flow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** unknown-parameter, unknown-action-type, loop-count, lambda-function-arn, lambda-time-limit. */
class ParameterRulesTest {

    private static final String BYE = "{'Identifier': 'bye', 'Type': 'DisconnectParticipant', 'Transitions': {}}";
    private static final String ERRORS = "[{'ErrorType': 'NoMatchingError', 'NextAction': 'bye'}]";

    private static Flow lambda(String parameters) {
        return actions("{'Identifier': 'start', 'Type': 'InvokeLambdaFunction', 'Parameters': " + parameters
                + ", 'Transitions': {'NextAction': 'bye', 'Errors': " + ERRORS + "}}, " + BYE);
    }

    private static Flow loop(String parameters) {
        return actions("{'Identifier': 'start', 'Type': 'Loop', 'Parameters': " + parameters + ", 'Transitions':"
                + " {'NextAction': 'bye', 'Conditions': [{'NextAction': 'start', 'Condition': {'Operator': 'Equals',"
                + " 'Operands': ['ContinueLooping']}}, {'NextAction': 'bye', 'Condition': {'Operator': 'Equals',"
                + " 'Operands': ['DoneLooping']}}]}}, " + BYE);
    }

    private static final String ARN = "'LambdaFunctionARN': 'arn:aws:lambda:us-west-2:1:function:f'";

    @Test
    void requestAttributesOnInvokeLambdaFunctionIsAnErrorNamingLambdaInvocationAttributes() {
        Finding finding = only("unknown-parameter", lambda("{" + ARN + ", 'InvocationTimeLimitSeconds': '8',"
                + " 'RequestAttributes': {'a': 'b'}}"));

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("start", finding.action());
        assertEquals("/Actions/0/Parameters/RequestAttributes", finding.pointer());
        assertEquals("InvokeLambdaFunction has no parameter 'RequestAttributes' (did you mean"
                + " 'LambdaInvocationAttributes'?); it takes LambdaFunctionARN, InvocationTimeLimitSeconds,"
                + " InvocationType, LambdaInvocationAttributes and ResponseValidation", finding.message());
        assertEquals("rename it to LambdaInvocationAttributes, or remove it", finding.hint());
        none("unknown-parameter", lambda("{" + ARN + ", 'InvocationTimeLimitSeconds': '8',"
                + " 'LambdaInvocationAttributes': {'a': 'b'}}"));
    }

    @Test
    void aMisspeltParameterGetsTheCloseSpellingAndAParameterOnABlockWithoutAnyIsNamed() {
        Finding typo = only("unknown-parameter", loop("{'LopCount': '2'}"));
        assertTrue(typo.message().startsWith("Loop has no parameter 'LopCount' (did you mean 'LoopCount'?)"),
                typo.message());

        Finding extra = only("unknown-parameter", actions("{'Identifier': 'start', 'Type': 'DisconnectParticipant',"
                + " 'Parameters': {'Reason': 'done'}, 'Transitions': {}}"));
        assertEquals("DisconnectParticipant takes no parameters, found 'Reason'", extra.message());
        assertEquals("/Actions/0/Parameters/Reason", extra.pointer());
    }

    @Test
    void templatedValuesWhereTheDocsExpectOneJsonPathAreAccepted() {
        Flow flow = actions("{'Identifier': 'start', 'Type': 'UpdateContactData', 'Parameters': {'CustomerId':"
                + " '$.Attributes.VoiceIdOne$.Attributes.VoiceIdTwo'}, 'Transitions': {'NextAction': 'bye',"
                + " 'Errors': " + ERRORS + "}}, " + BYE);

        assertEquals(List.of(), findings(flow));
    }

    @Test
    void anUnknownActionTypeIsAnErrorWithTheReasonThatNamesTheNearestType() {
        Flow flow = actions("{'Identifier': 'start', 'Type': 'Lop', 'Parameters': {}, 'Transitions': {'NextAction':"
                + " 'bye'}}, " + BYE);

        Finding finding = only("unknown-action-type", flow);

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("start", finding.action());
        assertEquals("/Actions/0/Type", finding.pointer());
        assertEquals("unknown action type 'Lop' (did you mean 'Loop'?)", finding.message());
        none("unknown-action-type", loop("{'LoopCount': '2'}"));
    }

    @Test
    void aStaticLoopCountOver100IsAnErrorAndADynamicOneIsLeftToRunTime() {
        Finding finding = only("loop-count", loop("{'LoopCount': '101'}"));

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("/Actions/0/Parameters/LoopCount", finding.pointer());
        assertEquals("LoopCount must be a whole number from 0 to 100, or a $. reference, was '101'",
                finding.message());
        assertEquals("LoopCount must be a whole number from 0 to 100, or a $. reference, was '-1'",
                only("loop-count", loop("{'LoopCount': '-1'}")).message());
        assertTrue(only("loop-count", loop("{}")).message().startsWith("missing LoopCount"));
        none("loop-count", loop("{'LoopCount': '0'}"));
        none("loop-count", loop("{'LoopCount': '100'}"));
        none("loop-count", loop("{'LoopCount': '$.Attributes.tries'}"));
    }

    @Test
    void anInvokeLambdaFunctionWithoutAnArnIsAnError() {
        Finding finding = only("lambda-function-arn", lambda("{'InvocationTimeLimitSeconds': '8'}"));

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("/Actions/0/Parameters", finding.pointer());
        assertEquals("missing LambdaFunctionARN (expected the ARN of the function to invoke)", finding.message());
        none("lambda-function-arn", lambda("{" + ARN + ", 'InvocationTimeLimitSeconds': '8'}"));
        none("lambda-function-arn", lambda("{'LambdaFunctionARN': '$.Attributes.fn', 'InvocationTimeLimitSeconds':"
                + " '8'}"));
    }

    @Test
    void aSynchronousTimeLimitOver8IsAnErrorWithTheRuntimesRuleText() {
        Finding finding = only("lambda-time-limit", lambda("{" + ARN + ", 'InvocationTimeLimitSeconds': '9'}"));

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("start", finding.action());
        assertEquals("/Actions/0/Parameters/InvocationTimeLimitSeconds", finding.pointer());
        assertEquals("InvocationTimeLimitSeconds must be an integer from 1 to 8 when InvocationType is SYNCHRONOUS,"
                + " was 9", finding.message());
        none("lambda-time-limit", lambda("{" + ARN + ", 'InvocationTimeLimitSeconds': '8'}"));
    }

    @Test
    void anAsynchronousInvocationMayWaitUpTo60Seconds() {
        none("lambda-time-limit", lambda("{" + ARN + ", 'InvocationType': 'ASYNCHRONOUS',"
                + " 'InvocationTimeLimitSeconds': '60'}"));
        assertEquals("InvocationTimeLimitSeconds must be an integer from 1 to 60 when InvocationType is ASYNCHRONOUS,"
                + " was 61", only("lambda-time-limit", lambda("{" + ARN + ", 'InvocationType': 'ASYNCHRONOUS',"
                + " 'InvocationTimeLimitSeconds': '61'}")).message());
    }

    @Test
    void aMissingNonIntegerDynamicOrHugeTimeLimitIsAnErrorSayingWhatIsExpected() {
        assertEquals("missing InvocationTimeLimitSeconds (expected a whole number of seconds from 1 to 8 for"
                + " SYNCHRONOUS)", only("lambda-time-limit", lambda("{" + ARN + "}")).message());
        assertEquals("InvocationTimeLimitSeconds must be a whole number of seconds from 1 to 8 for SYNCHRONOUS, was"
                + " '7.5'", only("lambda-time-limit", lambda("{" + ARN + ", 'InvocationTimeLimitSeconds':"
                + " '7.5'}")).message());
        assertTrue(only("lambda-time-limit", lambda("{" + ARN + ", 'InvocationTimeLimitSeconds':"
                + " '$.Attributes.t'}")).message().startsWith("InvocationTimeLimitSeconds must be set statically"));
        assertTrue(only("lambda-time-limit", lambda("{" + ARN + ", 'InvocationTimeLimitSeconds':"
                + " '99999999999'}")).message().endsWith("was 99999999999"));
    }

    @Test
    void anUnknownInvocationTypeIsAnErrorNamingTheNearestType() {
        Finding finding = only("lambda-time-limit", lambda("{" + ARN + ", 'InvocationType': 'SYNCHRONUS',"
                + " 'InvocationTimeLimitSeconds': '8'}"));

        assertEquals("/Actions/0/Parameters/InvocationType", finding.pointer());
        assertEquals("InvocationType must be SYNCHRONOUS or ASYNCHRONOUS, was 'SYNCHRONUS' (did you mean"
                + " 'SYNCHRONOUS'?)", finding.message());
    }

    @Test
    void aTypeOfTheReferenceTheSimulatorDoesNotModelIsAWarningNotAnUnknownType() {
        Flow flow = actions("{'Identifier': 'start', 'Type': 'InvokeFlowModule', 'Parameters': {'FlowModuleId':"
                + " 'arn:aws:connect:us-east-1:1:instance/i/flow-module/m'}, 'Transitions': {'NextAction': 'bye',"
                + " 'Errors': " + ERRORS + "}}, " + BYE);

        Finding finding = only("not-modelled", flow);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("/Actions/0/Type", finding.pointer());
        assertEquals("the Flow Language action type 'InvokeFlowModule' is one Amazon Connect runs, but the simulator"
                + " does not model it; a scenario whose call reaches it fails, naming it", finding.message());
        none("unknown-action-type", flow);
        none("not-modelled", loopWithType("Lop"));
    }

    private static Flow loopWithType(String type) {
        return actions("{'Identifier': 'start', 'Type': '" + type + "', 'Parameters': {}, 'Transitions': {}}");
    }
}

package dev.connectsim.harness;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.testing.SmallProject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, "never a silent pass": a call whose flow stopped showed only {@code -> End FLOW_ERROR} or
 * {@code -> Error NoMatchingError}, and the engine's reason was nowhere a user looks. Each way a flow run ends now
 * has its reason in the failure message of a step that fails after it, and in the timeline.
 */
class FlowEndReasonsTest {

    private static final String NUMBER = "+18005550100";

    @TempDir
    Path project;

    /** The flow file, as messages name it. */
    private String odd;

    @Test
    void aCycleWithNoExitNamesTheBlockLimitAndTheBlocksOfTheCycle() throws IOException {
        String message = failureAfterCalling("""
                {"Identifier": "ping", "Type": "UpdateContactAttributes", "Parameters": {"Attributes": {"a": "1"}},
                 "Transitions": {"NextAction": "pong"}},
                {"Identifier": "pong", "Type": "UpdateContactAttributes", "Parameters": {"Attributes": {"b": "2"}},
                 "Transitions": {"NextAction": "ping"}}
                """);

        assertTrue(message.contains("the flow 'Odd' ended FLOW_ERROR: " + odd + ": action ping (/Actions/0):"),
                message);
        assertTrue(message.contains("ran 1000 blocks without the flow ending: a cycle with no exit: Odd/ping"
                + " (UpdateContactAttributes) -> Odd/pong (UpdateContactAttributes) -> Odd/ping"), message);
    }

    @Test
    void aLoopCountOutOfRangeIsTheReason() throws IOException {
        String message = failureAfterCalling("""
                {"Identifier": "tries", "Type": "Loop", "Parameters": {"LoopCount": "500"},
                 "Transitions": {"NextAction": "bye", "Conditions": [
                   {"NextAction": "bye", "Condition": {"Operator": "Equals", "Operands": ["DoneLooping"]}},
                   {"NextAction": "bye", "Condition": {"Operator": "Equals", "Operands": ["ContinueLooping"]}}]}},
                """ + BYE);

        assertTrue(message.contains("the flow 'Odd' ended FLOW_ERROR: " + odd + ": action tries (/Actions/0):"
                + " LoopCount must be a whole number from 0 to 100, was '500'"), message);
    }

    @Test
    void aLambdaTimeLimitOutOfRangeIsTheReason() throws IOException {
        String message = failureAfterCalling("""
                {"Identifier": "lookup", "Type": "InvokeLambdaFunction",
                 "Parameters": {"LambdaFunctionARN": "arn:aws:lambda:us-east-1:123456789012:function:Lookup",
                                "InvocationTimeLimitSeconds": "20"},
                 "Transitions": {"NextAction": "bye"}},
                """ + BYE);

        assertTrue(message.contains("action lookup (/Actions/0): NoMatchingError (InvocationTimeLimitSeconds must be"
                + " an integer from 1 to 8 when InvocationType is SYNCHRONOUS, was 20) and the block has no branch for"
                + " it, nor for NoMatchingError"), message);
    }

    @Test
    void anUnknownQueueTakesTheErrorBranchAndSaysWhy() throws IOException {
        String message = failureAfterCalling("""
                {"Identifier": "queue", "Type": "UpdateContactTargetQueue", "Parameters": {"QueueId": "Nowhere"},
                 "Transitions": {"NextAction": "bye", "Errors": [{"NextAction": "bye", "ErrorType": "NoMatchingError"}]}},
                """ + BYE);

        assertTrue(message.contains("Odd: queue (UpdateContactTargetQueue) -> Error NoMatchingError (the instance has"
                + " no queue 'Nowhere')"), message);
        assertTrue(message.contains("the flow 'Odd' ended DISCONNECTED: " + odd + ": action bye (/Actions/1):"
                + " DisconnectParticipant"), message);
    }

    @Test
    void anUnknownFlowIsTheReason() throws IOException {
        String message = failureAfterCalling("""
                {"Identifier": "onward", "Type": "TransferToFlow", "Parameters": {"ContactFlowId": "Elsewhere"},
                 "Transitions": {"NextAction": "bye"}},
                """ + BYE);

        assertTrue(message.contains("action onward (/Actions/0): NoMatchingError (the instance has no flow 'Elsewhere'; it has: Odd)"), message);
    }

    @Test
    void theTimelineShowsHowTheRunEnded() throws IOException {
        ScenarioWorld world = worldWith("{\"Identifier\": \"tries\", \"Type\": \"Loop\", \"Parameters\":"
                + " {\"LoopCount\": \"-1\"}, \"Transitions\": {}}");
        world.customerCalls(NUMBER, "+15550100");
        world.runFor(Duration.ofSeconds(5));

        String timeline = world.timeline().describe();

        assertTrue(timeline.contains("Flow       the flow 'Odd' ended FLOW_ERROR: " + odd + ": action tries"
                + " (/Actions/0): LoopCount must be a whole number from 0 to 100, was '-1'"), timeline);
        assertTrue(world.flowPaths().contains("how the flow runs ended\n  the flow 'Odd' ended FLOW_ERROR"),
                world.flowPaths());
    }

    private static final String BYE = """
            {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}
            """;

    /** Calls the flow of {@code actions}; alice waits for an offer that never comes; the failure message. */
    private String failureAfterCalling(String actions) throws IOException {
        ScenarioWorld world = worldWith(actions);
        world.customerCalls(NUMBER, "+15550100");
        return assertThrows(ExpectationFailed.class, () -> world.agentAccepts("alice", Duration.ofSeconds(30)))
                .getMessage();
    }

    private ScenarioWorld worldWith(String actions) throws IOException {
        odd = SmallProject.withFlow(project, NUMBER, actions).toString();
        return ScenarioWorld.in(project);
    }
}

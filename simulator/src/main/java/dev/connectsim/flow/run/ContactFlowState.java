package dev.connectsim.flow.run;

import dev.connectsim.lambda.LambdaOutcome;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the flows of one contact segment remember between blocks: {@code $.External} (overwritten by every
 * Lambda invocation), Loop counters by flow and Identifier, whether flow logging is on, the target agent of a
 * transfer-to-agent flow, the last stored customer input, and how many blocks have run.
 */
final class ContactFlowState {

    private Map<String, Object> external = Map.of();
    private final Map<LoopBlock, Integer> loopRuns = new HashMap<>();
    private boolean loggingEnabled;
    private String targetAgent;
    private String storedCustomerInput;
    private String lastInvocationId;
    private int blocksRun;

    ContactFlowState(boolean loggingEnabled, String targetAgent) {
        this.loggingEnabled = loggingEnabled;
        this.targetAgent = targetAgent;
    }

    Map<String, Object> external() {
        return external;
    }

    void replaceExternal(Map<String, Object> values) {
        external = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Replaces {@code $.External} with what a Lambda invocation returned. The outcome's map is already a deep,
     * unmodifiable copy, so it is kept as it is rather than copied again.
     */
    void replaceExternal(LambdaOutcome.Success outcome) {
        external = outcome.external();
    }

    /**
     * Counts one run of the Loop {@code identifier} of {@code flowName} with {@code loopCount} and says how it
     * goes: {@code ContinueLooping} for the first {@code loopCount} runs, then {@code DoneLooping} once, after
     * which the counter starts again.
     */
    String loop(String flowName, String identifier, int loopCount) {
        LoopBlock key = new LoopBlock(flowName, identifier);
        int done = loopRuns.getOrDefault(key, 0);
        if (done < loopCount) {
            loopRuns.put(key, done + 1);
            return "ContinueLooping";
        }
        loopRuns.remove(key);
        return "DoneLooping";
    }

    boolean loggingEnabled() {
        return loggingEnabled;
    }

    void setLoggingEnabled(boolean on) {
        loggingEnabled = on;
    }

    /** The username of the agent a transfer-to-agent flow transfers to, or null. */
    String targetAgent() {
        return targetAgent;
    }

    void setTargetAgent(String username) {
        targetAgent = username;
    }

    String storedCustomerInput() {
        return storedCustomerInput;
    }

    void setStoredCustomerInput(String digits) {
        storedCustomerInput = digits;
    }

    String lastInvocationId() {
        return lastInvocationId;
    }

    void setLastInvocationId(String id) {
        lastInvocationId = id;
    }

    /** Which Loop block a counter is for: its flow and Identifier. */
    private record LoopBlock(String flowName, String identifier) {
    }

    /** Counts one more block and returns the count. */
    int countBlock() {
        return ++blocksRun;
    }
}

package dev.connectsim.flow.run;

import dev.connectsim.lambda.LambdaOutcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the flows of one contact segment remember between blocks: {@code $.External} (overwritten by every
 * Lambda invocation), Loop counters by flow and Identifier, whether flow logging is on, the target agent of a
 * transfer-to-agent flow, the last stored customer input, the queue metrics of the last GetMetricData
 * ({@code $.Metrics}), what the Customer profiles and Cases blocks found ({@code $.Customer}, {@code $.Case}),
 * what a Lex bot understood ({@code $.Lex}), and how many blocks have run.
 */
final class ContactFlowState {

    private Map<String, Object> external = Map.of();
    private Map<String, Object> metrics = Map.of();
    private Map<String, Object> customer = Map.of();
    private Map<String, Object> caseData = Map.of();
    private Map<String, Object> lex = Map.of();
    /** The Loop counters, made on a contact's first Loop: a contact meets few Loop blocks, so a list does. */
    private List<LoopCounter> loopCounters;
    private boolean loggingEnabled;
    private String targetAgent;
    private String storedCustomerInput;
    private String lastInvocationId;
    private int blocksRun;
    /** The {@code $.} references the simulator did not know, since the run last took them; usually null. */
    private List<String> unmodelledReferences;

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

    /** {@code $.Metrics}: what the last GetMetricData loaded, nested as its names ({@code Queue.Size}); or empty. */
    Map<String, Object> metrics() {
        return metrics;
    }

    void replaceMetrics(Map<String, Object> values) {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * {@code $.Customer}: what the Customer profiles blocks kept ({@code ProfileId}, the response fields, nested as
     * their names: {@code Asset.Status}); or empty.
     */
    Map<String, Object> customer() {
        return customer;
    }

    /** Lays {@code values} (names may hold dots: {@code Asset.AssetId}) over {@code $.Customer}. */
    void putCustomer(Map<String, String> values) {
        customer = nested(customer, values);
    }

    /** {@code $.Case}: the case fields the last Cases block kept ({@code CaseId} and its response fields); or empty. */
    Map<String, Object> caseData() {
        return caseData;
    }

    void replaceCaseData(Map<String, String> values) {
        caseData = nested(Map.of(), values);
    }

    /** {@code $.Lex}: what the last Lex bot understood ({@code IntentName}, {@code Slots.x}); or empty. */
    Map<String, Object> lex() {
        return lex;
    }

    void replaceLex(Map<String, String> values) {
        lex = nested(Map.of(), values);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nested(Map<String, Object> base, Map<String, String> values) {
        Map<String, Object> root = deepCopy(base);
        values.forEach((name, value) -> {
            Map<String, Object> at = root;
            String[] parts = name.split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                Object child = at.get(parts[i]);
                if (!(child instanceof Map<?, ?>)) {
                    child = new LinkedHashMap<String, Object>();
                    at.put(parts[i], child);
                }
                at = (Map<String, Object>) child;
            }
            at.put(parts[parts.length - 1], value);
        });
        return Collections.unmodifiableMap(root);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m) : v));
        return copy;
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
        LoopCounter counter = loopCounter(flowName, identifier);
        if (counter.runs < loopCount) {
            counter.runs++;
            return "ContinueLooping";
        }
        counter.runs = 0;
        return "DoneLooping";
    }

    private LoopCounter loopCounter(String flowName, String identifier) {
        if (loopCounters == null) {
            loopCounters = new ArrayList<>(2);
        }
        for (LoopCounter counter : loopCounters) {
            if (counter.identifier.equals(identifier) && counter.flowName.equals(flowName)) {
                return counter;
            }
        }
        LoopCounter counter = new LoopCounter(flowName, identifier);
        loopCounters.add(counter);
        return counter;
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

    /** How many blocks have run. */
    int blocksRun() {
        return blocksRun;
    }

    /** Notes that a block read {@code reference}, a name the simulator does not know. */
    void noteUnmodelledReference(String reference) {
        if (unmodelledReferences == null) {
            unmodelledReferences = new ArrayList<>(1);
        }
        if (!unmodelledReferences.contains(reference)) {
            unmodelledReferences.add(reference);
        }
    }

    /** The references noted since the last call, and forgets them; empty when there are none. */
    List<String> takeUnmodelledReferences() {
        List<String> taken = unmodelledReferences == null ? List.of() : unmodelledReferences;
        unmodelledReferences = null;
        return taken;
    }

    /** Counts one more block and returns the count. */
    int countBlock() {
        return ++blocksRun;
    }

    /** How many times one Loop block of one flow has said ContinueLooping since it last said DoneLooping. */
    private static final class LoopCounter {

        private final String flowName;
        private final String identifier;
        private int runs;

        LoopCounter(String flowName, String identifier) {
            this.flowName = flowName;
            this.identifier = identifier;
        }
    }
}

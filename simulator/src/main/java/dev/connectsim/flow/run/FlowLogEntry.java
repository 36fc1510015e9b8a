package dev.connectsim.flow.run;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One flow log entry, as Connect writes them to CloudWatch while flow logging is enabled: one per block run.
 *
 * @param timestamp     when the block ran
 * @param contactId     the contact segment
 * @param flowId        the flow's id
 * @param flowName      the flow's name
 * @param moduleType    the block's type ({@code ContactFlowModuleType})
 * @param identifier    the block's Identifier
 * @param parameters    the block's parameters with references resolved as the block began
 * @param results       what the block came to: a branch value, an error type, or "Success"
 * @param externalResults {@code $.External} after an InvokeLambdaFunction; empty otherwise
 */
public record FlowLogEntry(Instant timestamp, String contactId, String flowId, String flowName, String moduleType,
        String identifier, Map<String, Object> parameters, String results, Map<String, Object> externalResults) {

    public FlowLogEntry {
        Objects.requireNonNull(timestamp, "timestamp");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        externalResults = Collections.unmodifiableMap(new LinkedHashMap<>(externalResults));
    }
}

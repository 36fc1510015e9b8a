package dev.connectsim.flow.action;

/**
 * "Get queue metrics": loads the real-time metrics of a queue into {@code $.Metrics} for later blocks; it has no
 * conditions.
 *
 * @param queueId      {@code QueueId}, or null (then {@code agentId}, else the TargetQueue)
 * @param agentId      {@code AgentId} (that agent's queue), or null
 * @param queueChannel {@code QueueChannel} ({@code Voice} or {@code Chat}), or null for every channel
 */
public record GetMetricData(Envelope envelope, String queueId, String agentId, String queueChannel)
        implements Action {

    public static final String TYPE = "GetMetricData";

    @Override
    public String type() {
        return TYPE;
    }

    static GetMetricData from(Envelope envelope) {
        var p = envelope.parameters();
        return new GetMetricData(envelope, Params.text(p, "QueueId"), Params.text(p, "AgentId"),
                Params.text(p, "QueueChannel"));
    }
}

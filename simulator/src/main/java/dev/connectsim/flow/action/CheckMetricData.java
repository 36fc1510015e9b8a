package dev.connectsim.flow.action;

/**
 * "Check staffing" and queue metrics: the result is a number, compared by the conditions.
 *
 * @param metricType {@code MetricType}, such as {@code NumberOfAgentsStaffed} or
 *                   {@code OldestContactInQueueAgeSeconds}
 * @param queueId    {@code QueueId}, or null (then {@code agentId}, else the TargetQueue)
 * @param agentId    {@code AgentId}, or null
 */
public record CheckMetricData(Envelope envelope, String metricType, String queueId, String agentId)
        implements Action {

    public static final String TYPE = "CheckMetricData";

    @Override
    public String type() {
        return TYPE;
    }

    static CheckMetricData from(Envelope envelope) {
        var p = envelope.parameters();
        return new CheckMetricData(envelope, Params.text(p, "MetricType"), Params.text(p, "QueueId"),
                Params.text(p, "AgentId"));
    }
}

package dev.connectsim.flow.run;

import java.util.Arrays;
import java.util.Optional;

/** The real-time metrics CheckMetricData reads ({@code MetricType}). */
public enum QueueMetric {
    NumberOfAgentsAvailable(true),
    NumberOfAgentsStaffed(true),
    NumberOfAgentsOnline(true),
    OldestContactInQueueAgeSeconds(false),
    NumberOfContactsInQueue(false);

    private final boolean agentCount;

    QueueMetric(boolean agentCount) {
        this.agentCount = agentCount;
    }

    /** Whether the metric counts agents (its only allowed condition is NumberGreaterThan 0). */
    public boolean agentCount() {
        return agentCount;
    }

    /** The metric with this exact MetricType name. */
    public static Optional<QueueMetric> named(String name) {
        return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst();
    }
}

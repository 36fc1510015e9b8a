package dev.connectsim.flow.action;

/**
 * Creates a task contact that runs a flow of its own, now or later.
 *
 * @param contactFlowId  {@code ContactFlowId}: the task's flow by id or ARN, static or one reference; or null
 * @param name           {@code Name}, the task's name; or null
 * @param delaySeconds   {@code DelaySeconds} as written (1 to 518400), or null
 * @param scheduledTime  {@code ScheduledTime} as written, or null
 */
public record CreateTask(Envelope envelope, String contactFlowId, String name, String delaySeconds,
        String scheduledTime) implements Action {

    public static final String TYPE = "CreateTask";

    @Override
    public String type() {
        return TYPE;
    }

    static CreateTask from(Envelope envelope) {
        var p = envelope.parameters();
        return new CreateTask(envelope, Params.text(p, "ContactFlowId"), Params.text(p, "Name"),
                Params.text(p, "DelaySeconds"), Params.text(p, "ScheduledTime"));
    }
}

package dev.connectsim.flow.action;

/**
 * Changes where the contact stands in its queue: a priority, or an adjustment of its time in queue (Flow Language
 * reference, UpdateContactRoutingBehavior). The page allows one of the two, static.
 *
 * @param queuePriority              {@code QueuePriority} as written (a whole number above 0; lower is routed
 *                                   first), or null
 * @param queueTimeAdjustmentSeconds {@code QueueTimeAdjustmentSeconds} as written (a whole number of seconds; more
 *                                   is routed sooner), or null
 */
public record UpdateContactRoutingBehavior(Envelope envelope, String queuePriority, String queueTimeAdjustmentSeconds)
        implements Action {

    public static final String TYPE = "UpdateContactRoutingBehavior";

    @Override
    public String type() {
        return TYPE;
    }

    static UpdateContactRoutingBehavior from(Envelope envelope) {
        var p = envelope.parameters();
        return new UpdateContactRoutingBehavior(envelope, Params.text(p, "QueuePriority"),
                Params.text(p, "QueueTimeAdjustmentSeconds"));
    }
}

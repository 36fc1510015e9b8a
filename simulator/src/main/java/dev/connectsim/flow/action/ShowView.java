package dev.connectsim.flow.action;

/**
 * Shows a view (a step-by-step guide) in the agent workspace. The reference supports it on the chat channel only.
 *
 * @param viewId                     {@code ViewResource.Id}, or null
 * @param invocationTimeLimitSeconds {@code InvocationTimeLimitSeconds} as written, or null
 */
public record ShowView(Envelope envelope, String viewId, String invocationTimeLimitSeconds) implements Action {

    public static final String TYPE = "ShowView";

    @Override
    public String type() {
        return TYPE;
    }

    static ShowView from(Envelope envelope) {
        var p = envelope.parameters();
        return new ShowView(envelope, Params.text(p, "ViewResource", "Id"),
                Params.text(p, "InvocationTimeLimitSeconds"));
    }
}

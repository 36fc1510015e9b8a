package dev.connectsim.flow.action;

import java.util.Map;

/**
 * Sets routing criteria (proficiency steps) on the contact (Flow Language reference, UpdateRoutingCriteria).
 *
 * @param routingCriteria {@code RoutingCriteria} as written (its {@code Steps}); empty when absent
 */
public record UpdateRoutingCriteria(Envelope envelope, Map<String, Object> routingCriteria) implements Action {

    public static final String TYPE = "UpdateRoutingCriteria";

    @Override
    public String type() {
        return TYPE;
    }

    static UpdateRoutingCriteria from(Envelope envelope) {
        return new UpdateRoutingCriteria(envelope, Params.object(envelope.parameters(), "RoutingCriteria"));
    }
}

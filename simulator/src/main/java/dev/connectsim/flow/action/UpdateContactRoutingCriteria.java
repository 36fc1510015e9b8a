package dev.connectsim.flow.action;

import java.util.Map;

/**
 * Sets routing criteria (proficiency steps) on the contact.
 *
 * @param routingCriteria {@code RoutingCriteria} as written (its {@code Steps}); empty when absent
 */
public record UpdateContactRoutingCriteria(Envelope envelope, Map<String, Object> routingCriteria)
        implements Action {

    public static final String TYPE = "UpdateContactRoutingCriteria";

    @Override
    public String type() {
        return TYPE;
    }

    static UpdateContactRoutingCriteria from(Envelope envelope) {
        return new UpdateContactRoutingCriteria(envelope, Params.object(envelope.parameters(), "RoutingCriteria"));
    }
}

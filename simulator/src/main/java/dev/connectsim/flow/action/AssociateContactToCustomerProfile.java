package dev.connectsim.flow.action;

/**
 * Associates a contact with a customer profile.
 *
 * @param profileId {@code ProfileRequestData.ProfileId}, usually {@code $.Customer.ProfileId}; or null
 * @param contactId {@code ProfileRequestData.ContactId}, usually {@code $.ContactId}; or null
 */
public record AssociateContactToCustomerProfile(Envelope envelope, String profileId, String contactId)
        implements Action {

    public static final String TYPE = "AssociateContactToCustomerProfile";

    @Override
    public String type() {
        return TYPE;
    }

    static AssociateContactToCustomerProfile from(Envelope envelope) {
        var p = envelope.parameters();
        return new AssociateContactToCustomerProfile(envelope, Params.text(p, "ProfileRequestData", "ProfileId"),
                Params.text(p, "ProfileRequestData", "ContactId"));
    }
}

package dev.connectsim.flow.action;

import java.util.List;

/**
 * Reads calculated attributes of a customer profile into {@code $.Customer.CalculatedAttributes}.
 *
 * @param profileId      {@code ProfileRequestData.ProfileId}, or null
 * @param responseFields {@code ProfileResponseData}: {@code CalculatedAttributes.<name>} for each to keep; may be
 *                       empty
 */
public record GetCalculatedAttributesForCustomerProfile(Envelope envelope, String profileId,
        List<String> responseFields) implements Action {

    public static final String TYPE = "GetCalculatedAttributesForCustomerProfile";

    @Override
    public String type() {
        return TYPE;
    }

    static GetCalculatedAttributesForCustomerProfile from(Envelope envelope) {
        var p = envelope.parameters();
        return new GetCalculatedAttributesForCustomerProfile(envelope, Params.text(p, "ProfileRequestData",
                "ProfileId"), Params.names(p, "ProfileResponseData"));
    }
}

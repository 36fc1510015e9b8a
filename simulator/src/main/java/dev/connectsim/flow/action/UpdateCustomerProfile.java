package dev.connectsim.flow.action;

import java.util.List;
import java.util.Map;

/**
 * Updates the customer profile the flow created or found before ({@code $.Customer.ProfileId}).
 *
 * @param requestFields  {@code ProfileRequestData}: the fields to change by name; may be empty
 * @param responseFields {@code ProfileResponseData}: the fields to keep in {@code $.Customer}; may be empty
 */
public record UpdateCustomerProfile(Envelope envelope, Map<String, String> requestFields,
        List<String> responseFields) implements Action {

    public static final String TYPE = "UpdateCustomerProfile";

    @Override
    public String type() {
        return TYPE;
    }

    static UpdateCustomerProfile from(Envelope envelope) {
        var p = envelope.parameters();
        return new UpdateCustomerProfile(envelope, Params.textMap(p, "ProfileRequestData"),
                Params.names(p, "ProfileResponseData"));
    }
}

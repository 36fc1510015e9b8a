package dev.connectsim.flow.action;

import java.util.List;
import java.util.Map;

/**
 * Creates a customer profile and keeps it in {@code $.Customer} ({@code ProfileId} and the response fields).
 *
 * @param requestFields  {@code ProfileRequestData}: the profile's fields by name ({@code FirstName},
 *                       {@code Attributes.x}); values may be references; may be empty
 * @param responseFields {@code ProfileResponseData}: the fields to keep; may be empty
 */
public record CreateCustomerProfile(Envelope envelope, Map<String, String> requestFields,
        List<String> responseFields) implements Action {

    public static final String TYPE = "CreateCustomerProfile";

    @Override
    public String type() {
        return TYPE;
    }

    static CreateCustomerProfile from(Envelope envelope) {
        var p = envelope.parameters();
        return new CreateCustomerProfile(envelope, Params.textMap(p, "ProfileRequestData"),
                Params.names(p, "ProfileResponseData"));
    }
}

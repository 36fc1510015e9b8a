package dev.connectsim.flow.action;

import java.util.List;
import java.util.Map;

/**
 * Searches Customer Profiles by one identifier or by up to five criteria, and keeps the profile found in
 * {@code $.Customer} ({@code ProfileId} and the response fields).
 *
 * @param criteria        the search: {@code ProfileRequestData.IdentifierName} and {@code IdentifierValue} (the
 *                        reference page spells it {@code IdentiferValue}; both are read), else each item of
 *                        {@code SearchCriteria}; items lacking either are left out
 * @param logicalOperator {@code ProfileRequestData.LogicalOperator} (AND or OR), or null
 * @param responseFields  {@code ProfileResponseData}: the profile fields to keep; may be empty
 */
public record GetCustomerProfile(Envelope envelope, List<Map.Entry<String, String>> criteria, String logicalOperator,
        List<String> responseFields) implements Action {

    public static final String TYPE = "GetCustomerProfile";

    @Override
    public String type() {
        return TYPE;
    }

    static GetCustomerProfile from(Envelope envelope) {
        var p = envelope.parameters();
        var request = Params.object(p, "ProfileRequestData");
        String name = Params.text(request, "IdentifierName");
        String value = Params.text(request, "IdentifierValue");
        if (value == null) {
            value = Params.text(request, "IdentiferValue");
        }
        List<Map.Entry<String, String>> criteria;
        if (name != null && value != null) {
            criteria = List.of(Map.entry(name, value));
        } else {
            criteria = Params.objects(request, "SearchCriteria").stream()
                    .filter(c -> Params.text(c, "IdentifierName") != null && Params.text(c, "IdentifierValue") != null)
                    .map(c -> Map.entry(Params.text(c, "IdentifierName"), Params.text(c, "IdentifierValue")))
                    .toList();
        }
        return new GetCustomerProfile(envelope, criteria, Params.text(request, "LogicalOperator"),
                Params.names(p, "ProfileResponseData"));
    }
}

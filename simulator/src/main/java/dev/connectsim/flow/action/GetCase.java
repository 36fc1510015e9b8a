package dev.connectsim.flow.action;

import java.util.List;
import java.util.Map;

/**
 * Searches the cases of a customer, may link the contact to the one found, and keeps the response fields in
 * {@code $.Case}.
 *
 * @param linkContactToCase  {@code LinkContactToCase} ("true" or "false"), or null
 * @param getLastUpdatedCase {@code GetLastUpdatedCase} ("true" or "false"), or null
 * @param customerId         {@code CustomerId}, or null
 * @param caseRequestFields  {@code CaseRequestFields}: field values the case must have, by field id; may be empty
 * @param caseResponseFields {@code CaseResponseFields}: the field ids to keep; may be empty
 */
public record GetCase(Envelope envelope, String linkContactToCase, String getLastUpdatedCase, String customerId,
        Map<String, String> caseRequestFields, List<String> caseResponseFields) implements Action {

    public static final String TYPE = "GetCase";

    @Override
    public String type() {
        return TYPE;
    }

    static GetCase from(Envelope envelope) {
        var p = envelope.parameters();
        return new GetCase(envelope, Params.text(p, "LinkContactToCase"), Params.text(p, "GetLastUpdatedCase"),
                Params.text(p, "CustomerId"), Params.textMap(p, "CaseRequestFields"),
                Params.names(p, "CaseResponseFields"));
    }
}

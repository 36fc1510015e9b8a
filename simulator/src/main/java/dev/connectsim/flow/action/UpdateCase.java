package dev.connectsim.flow.action;

import java.util.Map;

/**
 * Updates fields of an existing case, and may link the contact to it.
 *
 * @param linkContactToCase {@code LinkContactToCase} ("true" or "false"), or null
 * @param caseId            {@code CaseId}, static or a reference; or null
 * @param caseRequestFields {@code CaseRequestFields}: the fields to change by field id; may be empty
 */
public record UpdateCase(Envelope envelope, String linkContactToCase, String caseId,
        Map<String, String> caseRequestFields) implements Action {

    public static final String TYPE = "UpdateCase";

    @Override
    public String type() {
        return TYPE;
    }

    static UpdateCase from(Envelope envelope) {
        var p = envelope.parameters();
        return new UpdateCase(envelope, Params.text(p, "LinkContactToCase"), Params.text(p, "CaseId"),
                Params.textMap(p, "CaseRequestFields"));
    }
}

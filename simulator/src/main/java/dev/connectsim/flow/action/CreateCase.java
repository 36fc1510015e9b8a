package dev.connectsim.flow.action;

import java.util.Map;

/**
 * Creates a case of Amazon Connect Cases from a template, and may link the contact to it.
 *
 * @param linkContactToCase {@code LinkContactToCase} ("true" or "false"), or null
 * @param caseTemplateId    {@code CaseTemplateId}, or null
 * @param caseRequestFields {@code CaseRequestFields}: the fields to set by field id, in file order (values may be
 *                          references); empty when absent
 */
public record CreateCase(Envelope envelope, String linkContactToCase, String caseTemplateId,
        Map<String, String> caseRequestFields) implements Action {

    public static final String TYPE = "CreateCase";

    @Override
    public String type() {
        return TYPE;
    }

    static CreateCase from(Envelope envelope) {
        var p = envelope.parameters();
        return new CreateCase(envelope, Params.text(p, "LinkContactToCase"), Params.text(p, "CaseTemplateId"),
                Params.textMap(p, "CaseRequestFields"));
    }
}

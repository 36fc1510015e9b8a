package dev.connectsim.customer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A case of Amazon Connect Cases: its id, template, customer and fields (named as the Cases domain names them:
 * {@code title}, {@code status}, {@code summary} ...), and the contacts linked to it.
 *
 * @param caseId         the case's id
 * @param templateId     the template it was created from, or empty text
 * @param customerId     the customer it is for: a profile id or a profile ARN, as the Cases field customer_id holds
 * @param fields         the case's fields by id, in file order
 * @param linkedContacts the ids of the contacts linked to it, in order
 */
public record CaseRecord(String caseId, String templateId, String customerId, Map<String, String> fields,
        List<String> linkedContacts) {

    public CaseRecord {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(customerId, "customerId");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        linkedContacts = List.copyOf(linkedContacts);
    }

    /** Whether the case is for the customer {@code id}: the profile id itself, or a profile ARN ending in it. */
    public boolean isFor(String id) {
        return customerId.equals(id) || customerId.endsWith("/profiles/" + id)
                || id.endsWith("/profiles/" + customerId);
    }
}

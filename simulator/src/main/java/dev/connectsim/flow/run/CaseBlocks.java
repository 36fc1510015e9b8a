package dev.connectsim.flow.run;

import dev.connectsim.customer.CaseRecord;
import dev.connectsim.flow.action.CreateCase;
import dev.connectsim.flow.action.GetCase;
import dev.connectsim.flow.action.UpdateCase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Cases block's actions, against the instance's Cases domain ({@link BlockContext#customers()}): create, find
 * and update a case, link the contact to it, and keep its id and response fields in {@code $.Case}.
 *
 * <p>Design note: CreateCase needs the two fields the Cases API requires of every case, {@code customer_id} and
 * {@code title}; a case is "for" a customer when its customer_id is the profile id or a profile ARN ending in it.
 * Linking the contact always succeeds here, so ContactNotLinked is never taken. Values are worked out as the
 * Customer profiles blocks do ({@link ProfileBlocks#value}).
 */
final class CaseBlocks {

    /** The fields the Cases API requires to create a case. */
    private static final List<String> REQUIRED_FIELDS = List.of("customer_id", "title");

    private CaseBlocks() {
    }

    static void register(Blocks blocks) {
        blocks.on(CreateCase.class, CaseBlocks::create);
        blocks.on(GetCase.class, CaseBlocks::get);
        blocks.on(UpdateCase.class, CaseBlocks::update);
    }

    private static BlockOutcome create(CreateCase action, BlockContext context) {
        Optional<String> template = ProfileBlocks.value(context, action.caseTemplateId());
        if (template.isEmpty()) {
            return BlockOutcome.noMatchingError(ProfileBlocks.problem(context, "CaseTemplateId",
                    action.caseTemplateId()));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Optional<String> problem = ProfileBlocks.resolveAll(action.caseRequestFields(), fields, context);
        if (problem.isPresent()) {
            return BlockOutcome.noMatchingError(problem.get() + ", so no case was created");
        }
        List<String> missing = REQUIRED_FIELDS.stream().filter(f -> !fields.containsKey(f)).toList();
        if (!missing.isEmpty()) {
            return BlockOutcome.noMatchingError("CaseRequestFields lacks " + String.join(" and ", missing)
                    + ", which Cases requires of every case");
        }
        CaseRecord created = context.customers().createCase(template.get(), fields);
        return linkAndKeep(created, action.linkContactToCase(), List.of(), context);
    }

    private static BlockOutcome get(GetCase action, BlockContext context) {
        Optional<String> customer = ProfileBlocks.value(context, action.customerId());
        if (customer.isEmpty()) {
            return BlockOutcome.noMatchingError(ProfileBlocks.problem(context, "CustomerId", action.customerId()));
        }
        Map<String, String> filters = new LinkedHashMap<>();
        Optional<String> problem = ProfileBlocks.resolveAll(action.caseRequestFields(), filters, context);
        if (problem.isPresent()) {
            return BlockOutcome.noMatchingError(problem.get());
        }
        List<CaseRecord> found = context.customers().findCases(customer.get(), filters);
        if (found.isEmpty()) {
            return BlockOutcome.error("NoneFound", "customer " + customer.get() + " has no case"
                    + (filters.isEmpty() ? "" : " with " + filters));
        }
        if (found.size() > 1 && !"true".equalsIgnoreCase(action.getLastUpdatedCase())) {
            return BlockOutcome.error("MultipleFound", "customer " + customer.get() + " has " + found.size()
                    + " cases" + (filters.isEmpty() ? "" : " with " + filters) + " and GetLastUpdatedCase is not"
                    + " true");
        }
        return linkAndKeep(found.get(found.size() - 1), action.linkContactToCase(), action.caseResponseFields(),
                context);
    }

    private static BlockOutcome update(UpdateCase action, BlockContext context) {
        Optional<String> caseId = ProfileBlocks.value(context, action.caseId());
        if (caseId.isEmpty()) {
            return BlockOutcome.noMatchingError(ProfileBlocks.problem(context, "CaseId", action.caseId()));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Optional<String> problem = ProfileBlocks.resolveAll(action.caseRequestFields(), fields, context);
        if (problem.isPresent()) {
            return BlockOutcome.noMatchingError(problem.get() + ", so the case was not updated");
        }
        Optional<CaseRecord> updated = context.customers().updateCase(caseId.get(), fields, null);
        if (updated.isEmpty()) {
            return BlockOutcome.noMatchingError("the Cases domain has no case " + caseId.get());
        }
        return linkAndKeep(updated.get(), action.linkContactToCase(), List.of(), context);
    }

    /** Links the contact when asked, and keeps the case's id and {@code responseFields} in {@code $.Case}. */
    private static BlockOutcome linkAndKeep(CaseRecord found, String linkContactToCase, List<String> responseFields,
            BlockContext context) {
        if ("true".equalsIgnoreCase(linkContactToCase)) {
            context.customers().updateCase(found.caseId(), Map.of(), context.contact().contactId());
        }
        Map<String, String> kept = new LinkedHashMap<>();
        kept.put("CaseId", found.caseId());
        for (String field : responseFields) {
            Optional.ofNullable(found.fields().get(field)).ifPresent(v -> kept.put(field, v));
        }
        context.state().replaceCaseData(kept);
        return BlockOutcome.next();
    }
}

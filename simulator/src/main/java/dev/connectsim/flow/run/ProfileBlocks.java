package dev.connectsim.flow.run;

import dev.connectsim.customer.CustomerProfile;
import dev.connectsim.customer.ProfileObject;
import dev.connectsim.flow.action.AssociateContactToCustomerProfile;
import dev.connectsim.flow.action.CreateCustomerProfile;
import dev.connectsim.flow.action.GetCalculatedAttributesForCustomerProfile;
import dev.connectsim.flow.action.GetCustomerProfile;
import dev.connectsim.flow.action.GetCustomerProfileObject;
import dev.connectsim.flow.action.UpdateCustomerProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Customer profiles block's actions, against the instance's Customer Profiles domain
 * ({@link BlockContext#customers()}): find, create and update a profile, read its objects and calculated
 * attributes into {@code $.Customer}, and associate the contact with it.
 *
 * <p>Design note: what a block finds goes to {@code $.Customer} as the reference pages say: {@code ProfileId}
 * always, then each response field the block lists that the profile has (a field it lacks is not set). Every value
 * a block sends is worked out first: one that refers to nothing, or is longer than the 255 characters Customer
 * Profiles takes, fails the block with NoMatchingError before the domain changes.
 */
final class ProfileBlocks {

    /** The longest value a Customer profiles block may send (the block's page: "cannot exceed 255 characters"). */
    static final int MAX_VALUE = 255;

    private ProfileBlocks() {
    }

    static void register(Blocks blocks) {
        blocks.on(GetCustomerProfile.class, ProfileBlocks::get);
        blocks.on(CreateCustomerProfile.class, ProfileBlocks::create);
        blocks.on(UpdateCustomerProfile.class, ProfileBlocks::update);
        blocks.on(AssociateContactToCustomerProfile.class, ProfileBlocks::associate);
        blocks.on(GetCustomerProfileObject.class, ProfileBlocks::getObject);
        blocks.on(GetCalculatedAttributesForCustomerProfile.class, ProfileBlocks::calculated);
    }

    private static BlockOutcome get(GetCustomerProfile action, BlockContext context) {
        if (action.criteria().isEmpty()) {
            return BlockOutcome.noMatchingError("ProfileRequestData has no search identifier: IdentifierName and"
                    + " IdentifierValue, or SearchCriteria");
        }
        String operator = action.logicalOperator() == null ? "" : action.logicalOperator().toUpperCase(Locale.ROOT);
        if (action.criteria().size() > 1 && !operator.equals("AND") && !operator.equals("OR")) {
            return BlockOutcome.noMatchingError("SearchCriteria with " + action.criteria().size() + " identifiers"
                    + " needs LogicalOperator AND or OR, was " + action.logicalOperator());
        }
        List<Map.Entry<String, String>> criteria = new ArrayList<>();
        for (Map.Entry<String, String> criterion : action.criteria()) {
            Optional<String> value = value(context, criterion.getValue());
            if (value.isEmpty()) {
                return BlockOutcome.noMatchingError(problem(context, "IdentifierValue", criterion.getValue()));
            }
            criteria.add(Map.entry(criterion.getKey(), value.get()));
        }
        List<CustomerProfile> found = context.customers().search(criteria, !operator.equals("OR"));
        if (found.isEmpty()) {
            return BlockOutcome.error("NoneFoundError", "no profile has " + describe(criteria));
        }
        if (found.size() > 1) {
            return BlockOutcome.error("MultipleFoundError", found.size() + " profiles have " + describe(criteria)
                    + ": " + String.join(", ", found.stream().map(CustomerProfile::profileId).toList()));
        }
        keep(found.get(0), action.responseFields(), context);
        return BlockOutcome.next();
    }

    private static BlockOutcome create(CreateCustomerProfile action, BlockContext context) {
        Map<String, String> fields = new LinkedHashMap<>();
        Optional<String> problem = resolveAll(action.requestFields(), fields, context);
        if (problem.isPresent()) {
            return BlockOutcome.noMatchingError(problem.get() + ", so no profile was created");
        }
        keep(context.customers().createProfile(fields), action.responseFields(), context);
        return BlockOutcome.next();
    }

    private static BlockOutcome update(UpdateCustomerProfile action, BlockContext context) {
        Object id = context.state().customer().get("ProfileId");
        if (!(id instanceof String profileId)) {
            return BlockOutcome.noMatchingError("no profile was created or retrieved earlier in the flow"
                    + " ($.Customer.ProfileId is not set), so there is none to update");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Optional<String> problem = resolveAll(action.requestFields(), fields, context);
        if (problem.isPresent()) {
            return BlockOutcome.noMatchingError(problem.get() + ", so the profile was not updated");
        }
        Optional<CustomerProfile> updated = context.customers().updateProfile(profileId, fields);
        if (updated.isEmpty()) {
            return BlockOutcome.noMatchingError("the Customer Profiles domain has no profile " + profileId);
        }
        keep(updated.get(), action.responseFields(), context);
        return BlockOutcome.next();
    }

    private static BlockOutcome associate(AssociateContactToCustomerProfile action, BlockContext context) {
        Optional<String> profileId = value(context, action.profileId());
        Optional<String> contactId = value(context, action.contactId());
        if (profileId.isEmpty()) {
            return BlockOutcome.noMatchingError(problem(context, "ProfileId", action.profileId()));
        }
        if (contactId.isEmpty()) {
            return BlockOutcome.noMatchingError(problem(context, "ContactId", action.contactId()));
        }
        if (!context.customers().associate(profileId.get(), contactId.get())) {
            return BlockOutcome.noMatchingError("the Customer Profiles domain has no profile " + profileId.get());
        }
        return BlockOutcome.next();
    }

    private static BlockOutcome getObject(GetCustomerProfileObject action, BlockContext context) {
        Optional<String> profileId = value(context, action.profileId());
        Optional<String> objectType = value(context, action.objectType());
        if (profileId.isEmpty() || objectType.isEmpty()) {
            return BlockOutcome.noMatchingError(profileId.isEmpty()
                    ? problem(context, "ProfileId", action.profileId())
                    : problem(context, "ObjectType", action.objectType()));
        }
        Optional<CustomerProfile> profile = context.customers().profile(profileId.get());
        if (profile.isEmpty()) {
            return BlockOutcome.error("NoneFoundError", "the Customer Profiles domain has no profile "
                    + profileId.get());
        }
        List<ProfileObject> objects = profile.get().objects().stream()
                .filter(o -> o.objectType().equalsIgnoreCase(objectType.get())).toList();
        if (!"true".equalsIgnoreCase(action.useLatest())) {
            if (action.identifierName() == null) {
                return BlockOutcome.noMatchingError("ProfileRequestData needs UseLatest true, or IdentifierName and"
                        + " IdentifierValue");
            }
            Optional<String> wanted = value(context, action.identifierValue());
            if (wanted.isEmpty()) {
                return BlockOutcome.noMatchingError(problem(context, "IdentifierValue", action.identifierValue()));
            }
            String key = action.identifierName();
            objects = objects.stream().filter(o -> wanted.get().equals(field(o, key))).toList();
        }
        if (objects.isEmpty()) {
            return BlockOutcome.error("NoneFoundError", "profile " + profileId.get() + " has no " + objectType.get()
                    + " object" + ("true".equalsIgnoreCase(action.useLatest()) ? "" : " whose " + action.identifierName()
                            + " is " + value(context, action.identifierValue()).orElse("")));
        }
        ProfileObject object = objects.get(objects.size() - 1);
        String type = object.objectType();
        Map<String, String> kept = new LinkedHashMap<>();
        Optional.ofNullable(object.fields().get(type + "Id"))
                .ifPresent(id -> kept.put(type + "." + type + "Id", id));
        for (String name : action.responseFields()) {
            if (name.startsWith(type) && object.fields().containsKey(name.substring(type.length()))) {
                String field = name.substring(type.length());
                kept.put(type + "." + field, object.fields().get(field));
            }
        }
        context.state().putCustomer(kept);
        return BlockOutcome.next();
    }

    private static BlockOutcome calculated(GetCalculatedAttributesForCustomerProfile action, BlockContext context) {
        Optional<String> profileId = value(context, action.profileId());
        if (profileId.isEmpty()) {
            return BlockOutcome.noMatchingError(problem(context, "ProfileId", action.profileId()));
        }
        Optional<CustomerProfile> profile = context.customers().profile(profileId.get());
        if (profile.isEmpty()) {
            return BlockOutcome.error("NoneFoundError", "the Customer Profiles domain has no profile "
                    + profileId.get());
        }
        Map<String, String> kept = new LinkedHashMap<>();
        String prefix = "CalculatedAttributes.";
        for (String name : action.responseFields()) {
            String attribute = name.startsWith(prefix) ? name.substring(prefix.length()) : name;
            Optional.ofNullable(profile.get().calculatedAttributes().get(attribute))
                    .ifPresent(v -> kept.put(prefix + attribute, v));
        }
        context.state().putCustomer(kept);
        return BlockOutcome.next();
    }

    /** Keeps {@code ProfileId} and the response fields the profile has in {@code $.Customer}. */
    private static void keep(CustomerProfile profile, List<String> responseFields, BlockContext context) {
        Map<String, String> kept = new LinkedHashMap<>();
        kept.put("ProfileId", profile.profileId());
        for (String name : responseFields) {
            Optional.ofNullable(profile.fields().get(name)).ifPresent(v -> kept.put(name, v));
        }
        context.state().putCustomer(kept);
    }

    /** The object's field {@code key}, or the one {@code _assetId} names ({@code AssetId}), or null. */
    private static String field(ProfileObject object, String key) {
        String bare = key.startsWith("_") ? key.substring(1) : key;
        return object.fields().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(bare))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** Works out every value of {@code raw} into {@code into}; the first problem, if any. */
    static Optional<String> resolveAll(Map<String, String> raw, Map<String, String> into,
            BlockContext context) {
        for (Map.Entry<String, String> entry : raw.entrySet()) {
            Optional<String> value = value(context, entry.getValue());
            if (value.isEmpty()) {
                return Optional.of(problem(context, entry.getKey(), entry.getValue()));
            }
            into.put(entry.getKey(), value.get());
        }
        return Optional.empty();
    }

    /** The value of {@code raw}: empty when absent, referring to nothing, empty or over {@link #MAX_VALUE}. */
    static Optional<String> value(BlockContext context, String raw) {
        return raw == null ? Optional.empty()
                : context.value(raw).filter(v -> !v.isEmpty() && v.length() <= MAX_VALUE);
    }

    /** Why {@link #value} gave nothing for parameter {@code name}. */
    static String problem(BlockContext context, String name, String raw) {
        if (raw == null) {
            return name + " is missing";
        }
        Optional<String> value = context.value(raw);
        if (value.isPresent() && value.get().length() > MAX_VALUE) {
            return name + " is " + value.get().length() + " characters long, over the " + MAX_VALUE + " Customer"
                    + " Profiles and Cases take";
        }
        return name + " " + raw + " is not set on the contact";
    }

    private static String describe(List<Map.Entry<String, String>> criteria) {
        return String.join(" and ", criteria.stream().map(c -> c.getKey() + " " + c.getValue()).toList());
    }
}

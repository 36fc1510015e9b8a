package dev.connectsim.customer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The Customer Profiles and Cases domains of one simulation: seeded from the instance's {@link CustomerData},
 * changed by the flows' Customer profiles and Cases blocks as the run goes.
 *
 * <p>Design note: profiles are searched the way SearchProfiles searches its standard keys ({@code _phone} looks at
 * every phone field, {@code _email} every email field, {@code _account} the account number, {@code _profileId} the
 * id); any other identifier name is read as the name of one field ({@code FirstName}, {@code Attributes.tier}).
 * Values match exactly. Cases are kept in the order they were last changed, so the most recently updated is the
 * last. New ids are name-based UUIDs counted from 1, without dashes (32 hex digits, as Connect's profile ids), the
 * same on every run.
 */
public final class CustomerStore {

    /** The profile fields each standard search key of SearchProfiles looks at. */
    private static final Map<String, List<String>> SEARCH_KEYS = Map.of(
            "_phone", List.of("PhoneNumber", "MobilePhoneNumber", "HomePhoneNumber", "BusinessPhoneNumber"),
            "_email", List.of("EmailAddress", "PersonalEmailAddress", "BusinessEmailAddress"),
            "_account", List.of("AccountNumber"));

    private final List<CustomerProfile> profiles;
    private final List<CaseRecord> cases;
    private final Map<String, List<String>> associations = new LinkedHashMap<>();
    private int created;

    /** A store holding what {@code seed} holds. */
    public CustomerStore(CustomerData seed) {
        this.profiles = new ArrayList<>(seed.profiles());
        this.cases = new ArrayList<>(seed.cases());
    }

    /** The profiles now, in the order they were created. */
    public List<CustomerProfile> profiles() {
        return List.copyOf(profiles);
    }

    /** The cases now, least recently changed first. */
    public List<CaseRecord> cases() {
        return List.copyOf(cases);
    }

    /** The profile {@code profileId}, if there is one. */
    public Optional<CustomerProfile> profile(String profileId) {
        return profiles.stream().filter(p -> p.profileId().equals(profileId)).findFirst();
    }

    /**
     * The profiles whose {@code identifierName} holds {@code value}, for every criterion when {@code all}, else
     * for any of them.
     */
    public List<CustomerProfile> search(List<Map.Entry<String, String>> criteria, boolean all) {
        return profiles.stream().filter(p -> all
                ? criteria.stream().allMatch(c -> matches(p, c.getKey(), c.getValue()))
                : criteria.stream().anyMatch(c -> matches(p, c.getKey(), c.getValue()))).toList();
    }

    private static boolean matches(CustomerProfile profile, String identifierName, String value) {
        if (identifierName.equals("_profileId")) {
            return profile.profileId().equals(value);
        }
        return SEARCH_KEYS.getOrDefault(identifierName, List.of(identifierName)).stream()
                .anyMatch(field -> value.equals(profile.fields().get(field)));
    }

    /** A new profile with {@code fields}, which the store keeps. */
    public CustomerProfile createProfile(Map<String, String> fields) {
        CustomerProfile profile = new CustomerProfile(newId("profile"), fields, Map.of(), List.of());
        profiles.add(profile);
        return profile;
    }

    /** The profile {@code profileId} with {@code changes} laid over its fields; empty when there is none. */
    public Optional<CustomerProfile> updateProfile(String profileId, Map<String, String> changes) {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).profileId().equals(profileId)) {
                CustomerProfile updated = profiles.get(i).withFields(changes);
                profiles.set(i, updated);
                return Optional.of(updated);
            }
        }
        return Optional.empty();
    }

    /** Associates contact {@code contactId} with the profile; false when there is no such profile. */
    public boolean associate(String profileId, String contactId) {
        if (profile(profileId).isEmpty()) {
            return false;
        }
        associations.computeIfAbsent(profileId, id -> new ArrayList<>()).add(contactId);
        return true;
    }

    /** The contacts associated with {@code profileId}, in order. */
    public List<String> associatedContacts(String profileId) {
        return List.copyOf(associations.getOrDefault(profileId, List.of()));
    }

    /** The cases for the customer {@code customerId} whose fields hold every one of {@code filters}. */
    public List<CaseRecord> findCases(String customerId, Map<String, String> filters) {
        return cases.stream().filter(c -> c.isFor(customerId))
                .filter(c -> filters.entrySet().stream().allMatch(f -> f.getValue().equals(c.fields().get(f.getKey()))))
                .toList();
    }

    /** The case {@code caseId}, if there is one. */
    public Optional<CaseRecord> findCase(String caseId) {
        return cases.stream().filter(c -> c.caseId().equals(caseId)).findFirst();
    }

    /** A new case from {@code templateId} with {@code fields} (its customer is the field customer_id). */
    public CaseRecord createCase(String templateId, Map<String, String> fields) {
        CaseRecord created = new CaseRecord(newId("case"), templateId, fields.getOrDefault("customer_id", ""), fields,
                List.of());
        cases.add(created);
        return created;
    }

    /**
     * The case {@code caseId} with {@code changes} laid over its fields and {@code linkContact} (or null) linked;
     * it becomes the most recently updated. Empty when there is no such case.
     */
    public Optional<CaseRecord> updateCase(String caseId, Map<String, String> changes, String linkContact) {
        Optional<CaseRecord> found = findCase(caseId);
        if (found.isEmpty()) {
            return found;
        }
        CaseRecord old = found.get();
        Map<String, String> fields = new LinkedHashMap<>(old.fields());
        fields.putAll(changes);
        List<String> linked = new ArrayList<>(old.linkedContacts());
        if (linkContact != null) {
            linked.add(linkContact);
        }
        CaseRecord updated = new CaseRecord(old.caseId(), old.templateId(), fields.getOrDefault("customer_id",
                old.customerId()), fields, linked);
        cases.remove(old);
        cases.add(updated);
        return Optional.of(updated);
    }

    private String newId(String kind) {
        created++;
        return UUID.nameUUIDFromBytes((kind + "-" + created).getBytes(StandardCharsets.UTF_8)).toString()
                .replace("-", "");
    }
}

package dev.connectsim.customer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A profile of Customer Profiles, as the service's standard profile names its fields: {@code FirstName},
 * {@code PhoneNumber}, {@code EmailAddress}, {@code AccountNumber}, {@code Address1} ..., and custom attributes
 * as {@code Attributes.x}.
 *
 * @param profileId            the profile's id (32 hex digits in Connect; any text here)
 * @param fields               the profile's fields by name, in file order
 * @param calculatedAttributes the calculated attributes by name ({@code _frequent_caller}), as
 *                             GetCalculatedAttributesForCustomerProfile reads them
 * @param objects              the profile's objects (assets, orders, cases), as GetCustomerProfileObject reads them
 */
public record CustomerProfile(String profileId, Map<String, String> fields, Map<String, String> calculatedAttributes,
        List<ProfileObject> objects) {

    public CustomerProfile {
        Objects.requireNonNull(profileId, "profileId");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        calculatedAttributes = Collections.unmodifiableMap(new LinkedHashMap<>(calculatedAttributes));
        objects = List.copyOf(objects);
    }

    /** The same profile with {@code changes} laid over its fields. */
    public CustomerProfile withFields(Map<String, String> changes) {
        Map<String, String> merged = new LinkedHashMap<>(fields);
        merged.putAll(changes);
        return new CustomerProfile(profileId, merged, calculatedAttributes, objects);
    }
}

package dev.connectsim.customer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An object of a customer profile: an asset, an order or a case, named as GetCustomerProfileObject's response
 * fields name them without their prefix ({@code AssetId}, {@code Status} ...).
 *
 * @param objectType the object type as flows name it in {@code ObjectType}, such as {@code Asset}
 * @param fields     the object's fields by name, in file order
 */
public record ProfileObject(String objectType, Map<String, String> fields) {

    public ProfileObject {
        Objects.requireNonNull(objectType, "objectType");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}

package dev.connectsim.setup;

import dev.connectsim.customer.CaseRecord;
import dev.connectsim.customer.CustomerData;
import dev.connectsim.customer.CustomerProfile;
import dev.connectsim.customer.ProfileObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Reads the {@code customerProfiles} and {@code cases} sections into the {@link CustomerData} the instance's
 * Customer Profiles and Cases domains start with. Profiles are written with the standard profile's field names, as
 * the Customer profiles block names them ({@code FirstName}, {@code PhoneNumber}, {@code BillingCity} ...), plus
 * {@code Attributes}, {@code CalculatedAttributes} and {@code Objects}; cases with their {@code Fields} by the
 * Cases domain's field ids ({@code customer_id}, {@code title}, {@code status} ...). A profile or case given no id
 * gets a name-based one (32 hex digits), the same on every run.
 */
final class CustomerSection {

    private static final List<String> ADDRESS = List.of("Address1", "Address2", "Address3", "Address4", "City",
            "County", "Country", "PostalCode", "Province", "State");
    /** The standard profile's fields, as the Customer profiles block's request and response fields name them. */
    static final List<String> PROFILE_FIELDS = Stream.of(
            List.of("AccountNumber", "AdditionalInformation", "PartyType", "BusinessName", "FirstName", "MiddleName",
                    "LastName", "BirthDate", "Gender", "PhoneNumber", "MobilePhoneNumber", "HomePhoneNumber",
                    "BusinessPhoneNumber", "EmailAddress", "PersonalEmailAddress", "BusinessEmailAddress"),
            ADDRESS, prefixed("Shipping"), prefixed("Mailing"), prefixed("Billing")).flatMap(List::stream).toList();
    private static final List<String> PROFILE_KEYS = Stream.concat(Stream.of("ProfileId"), Stream.concat(
            PROFILE_FIELDS.stream(), Stream.of("Attributes", "CalculatedAttributes", "Objects"))).toList();
    private static final List<String> CASE_KEYS = List.of("CaseId", "TemplateId", "Fields");

    private CustomerSection() {
    }

    private static List<String> prefixed(String prefix) {
        return ADDRESS.stream().map(a -> prefix + a).toList();
    }

    static CustomerData read(Optional<Setting> profiles, Optional<Setting> cases) {
        return new CustomerData(profiles.map(CustomerSection::profiles).orElse(List.of()),
                cases.map(CustomerSection::cases).orElse(List.of()));
    }

    private static List<CustomerProfile> profiles(Setting section) {
        List<CustomerProfile> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Setting> items = section.items("a list of customer profiles, each a map of profile fields");
        for (int i = 0; i < items.size(); i++) {
            Setting.Fields fields = items.get(i).fields("a customer profile (" + String.join(", ",
                    List.of("ProfileId", "FirstName", "PhoneNumber", "...", "Attributes", "CalculatedAttributes",
                            "Objects")) + ")", PROFILE_KEYS);
            String id = Optional.ofNullable(fields.text("ProfileId", "a profile id")).orElse(seedId("profile", i));
            if (!ids.add(id)) {
                throw items.get(i).error("two profiles have the ProfileId " + id);
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (String name : PROFILE_FIELDS) {
                Optional.ofNullable(fields.text(name, "text")).ifPresent(v -> values.put(name, v));
            }
            fields.optional("Attributes").ifPresent(a -> textMap(a, "custom attributes by name")
                    .forEach((k, v) -> values.put("Attributes." + k, v)));
            Map<String, String> calculated = fields.optional("CalculatedAttributes")
                    .map(c -> textMap(c, "calculated attributes by name")).orElse(Map.of());
            List<ProfileObject> objects = fields.optional("Objects").map(CustomerSection::objects).orElse(List.of());
            read.add(new CustomerProfile(id, values, calculated, objects));
        }
        return read;
    }

    private static List<ProfileObject> objects(Setting section) {
        List<ProfileObject> read = new ArrayList<>();
        for (Setting item : section.items("a list of profile objects, each with its ObjectType")) {
            Map<String, String> fields = textMap(item, "a profile object: ObjectType and its fields");
            String type = fields.remove("ObjectType");
            if (type == null) {
                throw item.error("missing key 'ObjectType' (expected the object's type, such as Asset, Order or Case)");
            }
            read.add(new ProfileObject(type, fields));
        }
        return read;
    }

    private static List<CaseRecord> cases(Setting section) {
        List<CaseRecord> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Setting> items = section.items("a list of cases, each with its Fields");
        for (int i = 0; i < items.size(); i++) {
            Setting.Fields fields = items.get(i).fields("a case (" + String.join(", ", CASE_KEYS) + ")", CASE_KEYS);
            String id = Optional.ofNullable(fields.text("CaseId", "a case id")).orElse(seedId("case", i));
            if (!ids.add(id)) {
                throw items.get(i).error("two cases have the CaseId " + id);
            }
            Map<String, String> values = textMap(fields.required("Fields", "the case's fields by field id,"
                    + " customer_id among them"), "the case's fields by field id");
            String customer = values.get("customer_id");
            if (customer == null) {
                throw fields.optional("Fields").orElseThrow().error("missing field 'customer_id' (expected the"
                        + " profile id or profile ARN of the customer the case is for)");
            }
            read.add(new CaseRecord(id, Optional.ofNullable(fields.text("TemplateId", "a template id")).orElse(""),
                    customer, values, List.of()));
        }
        return read;
    }

    /** A map of names to text values. */
    private static Map<String, String> textMap(Setting setting, String expected) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Setting.Named entry : setting.entries(expected)) {
            values.put(entry.key(), entry.value().text("text for " + entry.key()));
        }
        return values;
    }

    private static String seedId(String kind, int index) {
        return UUID.nameUUIDFromBytes(("seed-" + kind + "-" + index).getBytes(StandardCharsets.UTF_8)).toString()
                .replace("-", "");
    }
}

package dev.connectsim.flow.run;

import static dev.connectsim.flow.run.FlowTestBed.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.customer.CustomerData;
import dev.connectsim.customer.CustomerProfile;
import dev.connectsim.customer.CustomerStore;
import dev.connectsim.customer.ProfileObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Customer profiles actions on a voice call, against the profiles the instance's domain holds. */
class ProfileBlocksTest {

    private static final CustomerProfile JANE = new CustomerProfile("p-jane", Map.of("FirstName", "Jane",
            "LastName", "Doe", "PhoneNumber", FlowTestBed.CALLER, "Attributes.tier", "gold"),
            Map.of("_frequent_caller", "true"), List.of(
                    new ProfileObject("Asset", Map.of("AssetId", "a-1", "Status", "retired")),
                    new ProfileObject("Asset", Map.of("AssetId", "a-2", "Status", "active"))));
    private static final CustomerProfile JOHN = new CustomerProfile("p-john", Map.of("FirstName", "John",
            "MobilePhoneNumber", "+15550199", "EmailAddress", "john@example.com"), Map.of(), List.of());

    /** A block of {@code type} going to "ok", or to the branch named after each error. */
    private static String block(String identifier, String type, String parameters, String next) {
        return """
                {"Identifier":"%s","Type":"%s","Parameters":%s,
                 "Transitions":{"NextAction":"%s","Errors":[{"ErrorType":"NoneFoundError","NextAction":"none"},
                   {"ErrorType":"MultipleFoundError","NextAction":"multiple"},
                   {"ErrorType":"NoMatchingError","NextAction":"error"}]}}""".formatted(identifier, type, parameters,
                next);
    }

    private static String getByPhone(String next) {
        return block("get", "GetCustomerProfile", """
                {"ProfileRequestData":{"IdentifierName":"_phone","IdentifierValue":"$.CustomerEndpoint.Address"},
                 "ProfileResponseData":["FirstName","Attributes.tier"]}""", next);
    }

    private static String ends() {
        return say("none") + "," + say("multiple") + "," + say("error");
    }

    private static FlowTestBed bed(String actions, CustomerProfile... profiles) {
        return FlowTestBed.inbound(actions + "," + ends())
                .instance(b -> b.customerData(new CustomerData(List.of(profiles), List.of())));
    }

    private static CustomerStore customers(FlowTestBed bed) {
        return bed.sim().flows().customers();
    }

    @Test
    void getCustomerProfileFindsTheCallerByPhoneAndKeepsTheProfileIdAndTheResponseFieldsInCustomer() {
        FlowTestBed bed = bed(getByPhone("ok") + "," + say("ok", "Hello $.Customer.FirstName"
                + " ($.Customer.ProfileId, $.Customer.Attributes.tier)[$.Customer.LastName]"), JANE, JOHN);

        String contactId = bed.call();

        assertEquals(List.of("Hello Jane (p-jane, gold)[]"), bed.heard(contactId),
                "LastName was not asked for, so it is not set");
    }

    @Test
    void aCallerNoProfileHasTakesNoneFoundError() {
        FlowTestBed bed = bed(getByPhone("ok") + "," + say("ok"), JOHN);

        String contactId = bed.call();

        assertEquals(List.of("none"), bed.heard(contactId));
        assertTrue(bed.branches(contactId).contains("get Error NoneFoundError"), bed.branches(contactId).toString());
    }

    @Test
    void twoProfilesWithTheCallersNumberTakeMultipleFoundError() {
        CustomerProfile twin = new CustomerProfile("p-twin", Map.of("HomePhoneNumber", FlowTestBed.CALLER), Map.of(),
                List.of());
        FlowTestBed bed = bed(getByPhone("ok") + "," + say("ok"), JANE, twin);

        assertEquals(List.of("multiple"), bed.heard(bed.call()));
    }

    @Test
    void searchCriteriaMatchEveryIdentifierWithAndAndAnyWithOr() {
        String search = """
                {"ProfileRequestData":{"SearchCriteria":[{"IdentifierName":"_email","IdentifierValue":"john@example.com"},
                  {"IdentifierName":"FirstName","IdentifierValue":"%s"}],"LogicalOperator":"%s"},
                 "ProfileResponseData":["FirstName"]}""";
        FlowTestBed and = bed(block("get", "GetCustomerProfile", search.formatted("Jane", "AND"), "ok") + ","
                + say("ok", "$.Customer.FirstName"), JANE, JOHN);
        FlowTestBed or = bed(block("get", "GetCustomerProfile", search.formatted("Jane", "OR"), "ok") + ","
                + say("ok", "$.Customer.FirstName"), JANE, JOHN);
        FlowTestBed both = bed(block("get", "GetCustomerProfile", search.formatted("John", "AND"), "ok") + ","
                + say("ok", "$.Customer.FirstName"), JANE, JOHN);

        assertEquals(List.of("none"), and.heard(and.call()));
        assertEquals(List.of("multiple"), or.heard(or.call()));
        assertEquals(List.of("John"), both.heard(both.call()));
    }

    @Test
    void anIdentifierValueReferringToNothingOrOver255CharactersTakesNoMatchingError() {
        FlowTestBed unset = bed(block("get", "GetCustomerProfile", """
                {"ProfileRequestData":{"IdentifierName":"_phone","IdentifierValue":"$.Attributes.phone"}}""", "ok")
                + "," + say("ok"), JANE);
        FlowTestBed tooLong = bed(block("get", "GetCustomerProfile", """
                {"ProfileRequestData":{"IdentifierName":"_account","IdentifierValue":"%s"}}""".formatted("9".repeat(256)),
                "ok") + "," + say("ok"), JANE);

        assertEquals(List.of("error"), unset.heard(unset.call()));
        assertEquals(List.of("error"), tooLong.heard(tooLong.call()));
    }

    @Test
    void createCustomerProfileAddsAProfileThatALaterSearchInTheSameRunFinds() {
        FlowTestBed bed = bed(block("create", "CreateCustomerProfile", """
                {"ProfileRequestData":{"PhoneNumber":"$.CustomerEndpoint.Address","FirstName":"Unknown caller"},
                 "ProfileResponseData":["PhoneNumber"]}""", "get") + "," + getByPhone("ok") + ","
                + say("ok", "$.Customer.FirstName"), JOHN);

        String contactId = bed.call();

        assertEquals(List.of("Unknown caller"), bed.heard(contactId));
        CustomerProfile created = customers(bed).profiles().get(1);
        assertEquals(Map.of("PhoneNumber", FlowTestBed.CALLER, "FirstName", "Unknown caller"), created.fields());
        assertTrue(created.profileId().matches("[0-9a-f]{32}"), created.profileId());
    }

    @Test
    void updateCustomerProfileChangesTheProfileTheFlowFoundAndNeedsOneFoundFirst() {
        String update = block("update", "UpdateCustomerProfile", """
                {"ProfileRequestData":{"LastName":"Smith"},"ProfileResponseData":["LastName"]}""", "ok");
        FlowTestBed found = bed(getByPhone("update") + "," + update + "," + say("ok", "$.Customer.LastName"), JANE);
        FlowTestBed notFound = bed(update + "," + say("ok"), JANE);

        assertEquals(List.of("Smith"), found.heard(found.call()));
        assertEquals("Smith", customers(found).profile("p-jane").orElseThrow().fields().get("LastName"));
        assertEquals(List.of("error"), notFound.heard(notFound.call()));
        assertEquals("Doe", customers(notFound).profile("p-jane").orElseThrow().fields().get("LastName"));
    }

    @Test
    void associateContactToCustomerProfileAssociatesTheCallWithTheProfileFound() {
        String associate = block("associate", "AssociateContactToCustomerProfile", """
                {"ProfileRequestData":{"ProfileId":"$.Customer.ProfileId","ContactId":"$.ContactId"}}""", "ok");
        FlowTestBed bed = bed(getByPhone("associate") + "," + associate + "," + say("ok"), JANE);
        FlowTestBed unknown = bed(associate.replace("$.Customer.ProfileId", "p-nobody") + "," + say("ok"), JANE);

        String contactId = bed.call();

        assertEquals(List.of("ok"), bed.heard(contactId));
        assertEquals(List.of(contactId), customers(bed).associatedContacts("p-jane"));
        assertEquals(List.of("error"), unknown.heard(unknown.call()));
    }

    @Test
    void getCustomerProfileObjectKeepsTheLatestOrTheNamedObjectUnderItsType() {
        String latest = """
                {"ProfileRequestData":{"ProfileId":"p-jane","ObjectType":"Asset","UseLatest":"true"},
                 "ProfileResponseData":["AssetStatus"]}""";
        String named = """
                {"ProfileRequestData":{"ProfileId":"p-jane","ObjectType":"Asset","IdentifierName":"_assetId",
                   "IdentifierValue":"%s"},"ProfileResponseData":["AssetStatus"]}""";
        String heard = say("ok", "$.Customer.Asset.AssetId $.Customer.Asset.Status");
        FlowTestBed last = bed(block("object", "GetCustomerProfileObject", latest, "ok") + "," + heard, JANE);
        FlowTestBed first = bed(block("object", "GetCustomerProfileObject", named.formatted("a-1"), "ok") + ","
                + heard, JANE);
        FlowTestBed none = bed(block("object", "GetCustomerProfileObject", named.formatted("a-9"), "ok") + ","
                + heard, JANE);

        assertEquals(List.of("a-2 active"), last.heard(last.call()));
        assertEquals(List.of("a-1 retired"), first.heard(first.call()));
        assertEquals(List.of("none"), none.heard(none.call()));
    }

    @Test
    void getCalculatedAttributesKeepsTheOnesAskedForAndAnUnknownProfileTakesNoneFoundError() {
        String calculated = """
                {"ProfileRequestData":{"ProfileId":"%s"},
                 "ProfileResponseData":["CalculatedAttributes._frequent_caller"]}""";
        FlowTestBed bed = bed(block("calc", "GetCalculatedAttributesForCustomerProfile", calculated.formatted("p-jane"),
                "ok") + "," + say("ok", "frequent: $.Customer.CalculatedAttributes._frequent_caller"), JANE);
        FlowTestBed unknown = bed(block("calc", "GetCalculatedAttributesForCustomerProfile",
                calculated.formatted("p-nobody"), "ok") + "," + say("ok"), JANE);

        assertEquals(List.of("frequent: true"), bed.heard(bed.call()));
        assertEquals(List.of("none"), unknown.heard(unknown.call()));
    }

    @Test
    void eachSimulationStartsFromWhatTheInstanceSeedsNotFromWhatAnotherRunCreated() {
        String create = block("create", "CreateCustomerProfile", "{\"ProfileRequestData\":{\"FirstName\":\"New\"}}",
                "ok") + "," + say("ok");
        FlowTestBed first = bed(create, JANE);
        FlowTestBed second = bed(create, JANE);

        first.call();
        second.call();

        assertEquals(2, customers(second).profiles().size());
        assertEquals(customers(first).profiles().get(1).profileId(), customers(second).profiles().get(1).profileId(),
                "new ids are the same on every run");
    }
}

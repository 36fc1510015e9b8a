package dev.connectsim.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.customer.CaseRecord;
import dev.connectsim.customer.CustomerData;
import dev.connectsim.customer.CustomerProfile;
import dev.connectsim.customer.ProfileObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The customerProfiles and cases sections seed the instance's Customer Profiles and Cases domains. */
class CustomerSectionTest {

    @TempDir
    Path dir;

    private CustomerData load(String yaml) {
        return InstanceFile.parse(yaml, dir, "flows/instance.yaml").instance().customerData();
    }

    private String error(String yaml) {
        return assertThrows(InstanceFileException.class, () -> InstanceFile.parse(yaml, dir, "flows/instance.yaml"))
                .getMessage();
    }

    @Test
    void profilesAreReadWithTheStandardFieldsAttributesCalculatedAttributesAndObjects() {
        CustomerData data = load("""
                customerProfiles:
                  - ProfileId: p-jane
                    FirstName: Jane
                    PhoneNumber: +15550100
                    BillingCity: Leeds
                    Attributes: {tier: gold}
                    CalculatedAttributes: {_frequent_caller: "true"}
                    Objects:
                      - {ObjectType: Asset, AssetId: a-1, Status: active}
                  - FirstName: John
                """);

        CustomerProfile jane = data.profiles().get(0);
        assertEquals("p-jane", jane.profileId());
        assertEquals(Map.of("FirstName", "Jane", "PhoneNumber", "+15550100", "BillingCity", "Leeds",
                "Attributes.tier", "gold"), jane.fields());
        assertEquals(Map.of("_frequent_caller", "true"), jane.calculatedAttributes());
        assertEquals(List.of(new ProfileObject("Asset", Map.of("AssetId", "a-1", "Status", "active"))),
                jane.objects());
        String john = data.profiles().get(1).profileId();
        assertTrue(john.matches("[0-9a-f]{32}"), john);
        assertEquals(john, load("customerProfiles:\n  - FirstName: Jane\n  - FirstName: John\n").profiles().get(1)
                .profileId(), "an id the file does not give is the same on every load");
    }

    @Test
    void casesAreReadWithTheirFieldsAndTheCustomerTheyAreFor() {
        CustomerData data = load("""
                cases:
                  - CaseId: c-1
                    TemplateId: t-1
                    Fields: {customer_id: p-jane, title: Router broken, status: open}
                """);

        assertEquals(List.of(new CaseRecord("c-1", "t-1", "p-jane", Map.of("customer_id", "p-jane",
                "title", "Router broken", "status", "open"), List.of())), data.cases());
    }

    @Test
    void theExampleOfFlowsReadmeLoads() throws IOException {
        String readme = Files.readString(Path.of("..", "flows", "README.md"));
        int start = readme.indexOf("```yaml\ncustomerProfiles:");
        String example = readme.substring(start + "```yaml\n".length(), readme.indexOf("```", start + 3));

        CustomerData data = load(example);

        assertEquals("+15550100", data.profiles().get(0).fields().get("PhoneNumber"));
        assertEquals("gold", data.profiles().get(0).fields().get("Attributes.tier"));
        assertEquals(data.profiles().get(0).profileId(), data.cases().get(0).customerId());
    }

    @Test
    void noSectionsMeanEmptyDomains() {
        assertEquals(CustomerData.empty(), load("queues: {BasicQueue: {}}\n"));
    }

    @Test
    void aMisspeltProfileFieldNamesTheNearestOne() {
        String message = error("customerProfiles:\n  - FirstNmae: Jane\n");

        assertTrue(message.startsWith("flows/instance.yaml:2:5: customerProfiles[0].FirstNmae: unknown key"
                + " 'FirstNmae' (did you mean 'FirstName'?)"), message);
    }

    @Test
    void aCaseWithoutItsCustomerAnObjectWithoutItsTypeAndARepeatedIdAreRefused() {
        assertEquals("flows/instance.yaml:2:13: cases[0].Fields: missing field 'customer_id' (expected the profile id"
                + " or profile ARN of the customer the case is for)", error("cases:\n  - Fields: {title: x}\n"));
        assertTrue(error("customerProfiles:\n  - Objects: [{AssetId: a-1}]\n")
                .endsWith("missing key 'ObjectType' (expected the object's type, such as Asset, Order or Case)"));
        assertTrue(error("customerProfiles:\n  - ProfileId: p\n  - ProfileId: p\n")
                .endsWith("customerProfiles[1]: two profiles have the ProfileId p"));
    }
}

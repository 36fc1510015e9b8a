package dev.connectsim.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.handler.TeamCodeFixture;
import dev.connectsim.testing.SmallProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's own Java function in a scenario of a team's project: it reaches the scenario's simulated Salesforce
 * through the URL its environment names ({@code ${salesforce.url}}), and what it reads of the clock and of
 * {@code Random} is the same on every run with the same seed.
 */
class TeamFunctionScenarioTest {

    private static final String NUMBER = "+18005550300";
    private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:Customers";

    @TempDir
    Path root;

    @BeforeEach
    void writeTheTeamsProject() throws IOException {
        SmallProject.write(root, """
                phoneNumbers:
                  "%s": Lookup
                flows:
                  Lookup: {file: lookup.json, type: CONTACT_FLOW}
                lambdas:
                  functions:
                    "%s":
                      runtime: java17
                      code: ../lambdas/customers
                      handler: team.Customers::handleRequest
                      environment: {SALESFORCE_URL: "${salesforce.url}"}
                      after: 100ms
                """.formatted(NUMBER, ARN));
        Files.writeString(root.resolve("flows/lookup.json"), """
                {"Version": "2019-10-30", "StartAction": "look-up", "Actions": [
                  {"Identifier": "look-up", "Type": "InvokeLambdaFunction",
                   "Parameters": {"LambdaFunctionARN": "%s", "InvocationTimeLimitSeconds": "8",
                                  "ResponseValidation": {"ResponseType": "STRING_MAP"}},
                   "Transitions": {"NextAction": "keep", "Conditions": [],
                                   "Errors": [{"NextAction": "failed", "ErrorType": "NoMatchingError"}]}},
                  {"Identifier": "keep", "Type": "UpdateContactAttributes",
                   "Parameters": {"Attributes": {"customerName": "$.External.name"}},
                   "Transitions": {"NextAction": "end", "Conditions": [],
                                   "Errors": [{"NextAction": "end", "ErrorType": "NoMatchingError"}]}},
                  {"Identifier": "failed", "Type": "UpdateContactAttributes",
                   "Parameters": {"Attributes": {"lookup": "failed"}},
                   "Transitions": {"NextAction": "end", "Conditions": [],
                                   "Errors": [{"NextAction": "end", "ErrorType": "NoMatchingError"}]}},
                  {"Identifier": "end", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}
                ]}
                """.formatted(ARN));
        Files.writeString(Files.createDirectories(root.resolve("stubs/mappings")).resolve("customers.json"), """
                {"request": {"method": "GET", "urlPath": "/services/apexrest/customers/+15550100"},
                 "response": {"status": 200, "headers": {"Content-Type": "text/plain"}, "body": "Ada Lovelace"}}
                """);
        TeamCodeFixture.classes(root.resolve("lambdas/customers"), Map.of("team.Customers", """
                package team;
                import com.amazonaws.services.lambda.runtime.*;
                import java.io.InputStream;
                import java.net.*;
                import java.nio.charset.StandardCharsets;
                import java.time.Instant;
                import java.util.*;
                public class Customers implements RequestHandler<Map<String, Object>, Map<String, String>> {
                    public Map<String, String> handleRequest(Map<String, Object> event, Context context) {
                        System.out.println("at " + Instant.now() + ", random " + new Random().nextInt(1000)
                                + ", request " + UUID.randomUUID());
                        String url = System.getenv("SALESFORCE_URL") + "/services/apexrest/customers/+15550100";
                        try {
                            HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
                            try (InputStream in = connection.getInputStream()) {
                                String name = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                                System.out.println("Salesforce knows " + name);
                                return Map.of("name", name);
                            }
                        } catch (java.io.IOException e) {
                            throw new IllegalStateException("cannot reach Salesforce at " + url + ": " + e, e);
                        }
                    }
                }
                """));
    }

    private String timelineOfACall() {
        try (ScenarioWorld world = ScenarioWorld.in(root)) {
            world.customerCalls(NUMBER, "+15550100");
            world.runFor(Duration.ofSeconds(10));
            assertEquals("Ada Lovelace", world.theCall().attributes().get("customerName"), world.timeline().describe());
            return world.timeline().describe();
        }
    }

    @Test
    void aFunctionReachesTheScenariosSimulatedSalesforceThroughTheUrlItsEnvironmentNames() {
        String timeline = timelineOfACall();

        assertTrue(timeline.contains("Customers logged: Salesforce knows Ada Lovelace"), timeline);
    }

    @Test
    void twoRunsWithTheSameSeedGiveTheSameTimelineAlsoWhenTheFunctionReadsTheClockAndRandom() {
        String first = timelineOfACall();

        assertTrue(first.contains("Customers logged: at 2026-01-05T09:00:"), first);
        assertEquals(first, timelineOfACall());
    }

    @Test
    void aFunctionNamingTheSalesforceUrlInAProjectWithoutStubsFailsTheScenarioWithOneLineSayingWhy()
            throws IOException {
        Files.delete(root.resolve("stubs/mappings/customers.json"));
        Files.delete(root.resolve("stubs/mappings"));
        Files.delete(root.resolve("stubs"));

        try (ScenarioWorld world = ScenarioWorld.in(root)) {
            NoSalesforceStubs missing = assertThrows(NoSalesforceStubs.class, () -> {
                world.customerCalls(NUMBER, "+15550100");
                world.runFor(Duration.ofSeconds(10));
            });

            assertTrue(missing.getMessage().startsWith("a function's environment names ${salesforce.url}, but the "
                    + "project " + root + " has no stubs/ folder"), missing.getMessage());
            assertFalse(missing.getMessage().contains("\n"), missing.getMessage());
        }
    }
}

package dev.connectsim.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.FlowParser;
import dev.connectsim.flow.FlowType;
import dev.connectsim.harness.CallRef;
import dev.connectsim.harness.ExpectationFailed;
import dev.connectsim.project.ProjectInstance;
import dev.connectsim.routing.Instance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox driver against a WireMock that answers the Connect REST API as the real service does. */
class SandboxDriverTest {

    private final ConnectApiStub stub = new ConnectApiStub();
    private final Instance project = ProjectInstance.of(ConnectApiStub.root()).instance();

    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void publishesANewFlowAsPublishedWithItsPrefixTagsAndTheSandboxsLambdaArn() {
        try (SandboxDriver driver = stub.driver(stub.config())) {
            FlowLibrary.Entry flow = ProjectInstance.of(ConnectApiStub.root()).flows().named("Queue Transfer");

            PublishOutcome outcome = new FlowPublisher(driver).publish(flow);

            PublishOutcome.Published published = assertInstanceOf(PublishOutcome.Published.class, outcome);
            assertEquals("connect-sim Queue Transfer", published.name());
            assertEquals("f-created", published.id());
            assertTrue(published.created());
            stub.server.verify(putRequestedFor(urlPathEqualTo("/contact-flows/" + ConnectApiStub.INSTANCE_ID))
                    .withHeader("Authorization", containing("Credential=" + ConnectApiStub.ACCESS_KEY + "/"))
                    .withRequestBody(matchingJsonPath("$.Name", equalTo("connect-sim Queue Transfer")))
                    .withRequestBody(matchingJsonPath("$.Type", equalTo("QUEUE_TRANSFER")))
                    .withRequestBody(matchingJsonPath("$.Status", equalTo("PUBLISHED")))
                    .withRequestBody(matchingJsonPath("$.Tags.managed-by", equalTo("connect-sim")))
                    .withRequestBody(matchingJsonPath("$.Content", containing("arn:aws:lambda:us-east-1:210987654321"
                            + ":function:scv-InvokeTelephonyIntegrationApiFunction-A1B2C3:active"))));
        }
    }

    @Test
    void aFlowTheSandboxAlreadyHasGetsItsContentUpdated() {
        try (SandboxDriver driver = stub.driver(stub.config())) {
            FlowLibrary.Entry flow = ProjectInstance.of(ConnectApiStub.root()).flows().named("Inbound");

            PublishOutcome outcome = new FlowPublisher(driver).publish(flow);

            PublishOutcome.Published published = assertInstanceOf(PublishOutcome.Published.class, outcome);
            assertEquals("f-inbound", published.id());
            assertTrue(!published.created());
            assertTrue(driver.log().calls().stream().anyMatch(c -> c.operation().equals("UpdateContactFlowContent")),
                    driver.log().calls().toString());
            stub.server.verify(0, putRequestedFor(urlPathEqualTo("/contact-flows/" + ConnectApiStub.INSTANCE_ID)));
            stub.server.verify(postRequestedFor(urlPathEqualTo("/contact-flows/" + ConnectApiStub.INSTANCE_ID
                    + "/f-inbound/content")).withRequestBody(matchingJsonPath("$.Content", containing(
                            "instance/" + ConnectApiStub.INSTANCE_ID + "/queue/q-basic"))).withRequestBody(
                                    matchingJsonPath("$.Content", containing("contact-flow/f-remaining"))));
        }
    }

    @Test
    void aPublishConnectRejectsShowsItsProblemsNextToValidatesFindings() throws IOException {
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, """
                {"Version": "2019-10-30", "StartAction": "say-hello", "Actions": [
                  {"Identifier": "say-hello", "Type": "MessageParticipant", "Parameters": {"Text": "Hello"},
                   "Transitions": {"NextAction": "nowhere", "Errors": [], "Conditions": []}}]}
                """);
        FlowLibrary.Entry flow = new FlowLibrary.Entry("Broken", FlowType.CONTACT_FLOW, "broken-id",
                "arn:aws:connect:us-east-1:123456789012:instance/x/contact-flow/broken-id", FlowParser.parseFile(broken));
        try (SandboxDriver driver = stub.driver(stub.config())) {

            PublishOutcome outcome = new FlowPublisher(driver).publish(flow);

            PublishOutcome.Rejected rejected = assertInstanceOf(PublishOutcome.Rejected.class, outcome);
            assertEquals(List.of("Action 'say-hello' has a NextAction 'nowhere' that is not an action of the flow.",
                    "The flow has an action without a path leading to it."), rejected.problems());
            assertTrue(rejected.findings().stream().anyMatch(f -> f.action().equals("say-hello") && f.isError()),
                    rejected.findings().toString());
            String shown = rejected.toString();
            assertTrue(shown.contains("Connect's problems:") && shown.contains("connect-sim validate:"), shown);
        }
    }

    @Test
    void aTestCallIsPlacedInThePublishedFlowAndFollowedUntilItsAttributesAppear() {
        try (SandboxDriver driver = stub.driver(stub.config())) {
            SandboxScenario scenario = new SandboxScenario(driver, project);

            String contactId = scenario.customerCalls("+18005550100", "+15550100");
            scenario.expectAttributeSet(CallRef.CALL, "voiceCallId", Duration.ofSeconds(5));
            scenario.expectAgentSees("alice", CallRef.CALL, dev.connectsim.contact.ContactState.CONNECTING,
                    Duration.ofSeconds(5));

            assertEquals("c-test-call", contactId);
            stub.server.verify(putRequestedFor(urlPathEqualTo("/contact/outbound-voice"))
                    .withRequestBody(matchingJsonPath("$.ContactFlowId", equalTo("f-inbound")))
                    .withRequestBody(matchingJsonPath("$.DestinationPhoneNumber", equalTo("+15550100")))
                    .withRequestBody(matchingJsonPath("$.SourcePhoneNumber", equalTo("+18005550100"))));
            stub.server.verify(2, getRequestedFor(urlPathEqualTo("/contact/attributes/" + ConnectApiStub.INSTANCE_ID
                    + "/c-test-call")));
            ExpectationFailed wrong = assertThrows(ExpectationFailed.class, () -> scenario.expectAttribute(
                    CallRef.CALL, "voiceCallId", "0LQ-something-else"));
            assertTrue(wrong.getMessage().contains("GetContactAttributes gives {voiceCallId=0LQ5e000000ABCDEFG}"),
                    wrong.getMessage());
        }
    }

    @Test
    void aThrottledCallIsTriedAgainAfterABackoffAndReported() {
        try (SandboxDriver driver = stub.driver(stub.config())) {
            SandboxScenario scenario = new SandboxScenario(driver, project);
            scenario.customerCalls("+18005550100", "+15550100");

            scenario.expectContactRecord(CallRef.CALL, Map.of("agent", "alice", "initiation method", "API",
                    "disconnect reason", "CUSTOMER_DISCONNECT"));

            assertEquals(List.of(Duration.ofMillis(100)), stub.pauses);
            assertEquals(List.of("DescribeContact (ThrottlingException)"), driver.throttled());
            assertEquals(List.of("throttled: DescribeContact answered 429 ThrottlingException; trying again in 100 ms"
                    + " (retry 1 of 3)"), stub.notes);
            stub.server.verify(2, getRequestedFor(urlPathEqualTo("/contacts/" + ConnectApiStub.INSTANCE_ID
                    + "/c-test-call")));
        }
    }

    @Test
    void aCallStillThrottledAfterEveryRetryFailsInOneLine() {
        stub.server.setScenarioState("describe", "Started");
        stub.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/contacts/"
                + ConnectApiStub.INSTANCE_ID + "/c-test-call")).atPriority(1).willReturn(
                        com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(429)
                                .withHeader("x-amzn-ErrorType", "TooManyRequestsException")
                                .withBody("{\"message\":\"Rate exceeded\"}")));
        try (SandboxDriver driver = stub.driver(stub.config())) {
            SandboxException failure = assertThrows(SandboxException.class, () -> driver.call(() -> driver.client()
                    .describeContact(r -> r.instanceId(driver.instanceId()).contactId("c-test-call"))));

            assertEquals("DescribeContact refused (HTTP 429 TooManyRequestsException): Rate exceeded after 4 tries",
                    failure.getMessage());
            assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400)), stub.pauses);
        }
    }

    @Test
    void anErrorWithAnEmptyBodySaysTheStatusAndTheOperationNotNull() {
        // The bug: "CreateContactFlow refused (HTTP 500 null): null".
        stub.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(urlPathEqualTo("/contact-flows/"
                + ConnectApiStub.INSTANCE_ID)).atPriority(1).willReturn(
                        com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(500)));
        try (SandboxDriver driver = stub.driver(stub.config())) {
            FlowLibrary.Entry flow = ProjectInstance.of(ConnectApiStub.root()).flows().named("Queue Transfer");

            SandboxException failure = assertThrows(SandboxException.class,
                    () -> new FlowPublisher(driver).publish(flow));

            assertEquals("Connect answered HTTP 500 with no message to CreateContactFlow", failure.getMessage());
        }
    }

    @Test
    void cleanDeletesOnlyTheFlowsWithThePrefixAndTheTags() {
        try (SandboxDriver driver = stub.driver(stub.config())) {

            List<String> lines = new FlowCleaner(driver).clean();

            assertEquals(List.of("deleted 'connect-sim Inbound' (f-inbound)",
                    "deleted 'connect-sim Customer Remaining' (f-remaining)"), lines, "in the order listed");
            stub.server.verify(2, deleteRequestedFor(urlPathMatching("/contact-flows/" + ConnectApiStub.INSTANCE_ID
                    + "/f-(inbound|remaining)")));
            stub.server.verify(0, deleteRequestedFor(urlPathEqualTo("/contact-flows/" + ConnectApiStub.INSTANCE_ID
                    + "/f-basic")));
        }
    }

    @Test
    void cleanKeepsAPrefixedFlowWithoutTheTags() {
        SandboxConfig config = stub.config();
        SandboxConfig otherTags = new SandboxConfig(config.file(), config.region(), config.instance(),
                config.allowlist(), config.profile(), config.endpoint(), config.flowPrefix(), Map.of("team", "ivr"),
                config.callFrom(), config.customer(), config.users(), config.poll(), config.throttleRetries(),
                config.throttleBackoff());
        try (SandboxDriver driver = stub.driver(otherTags)) {

            List<String> lines = new FlowCleaner(driver).clean();

            assertTrue(lines.stream().allMatch(line -> line.startsWith("kept ")), lines.toString());
            stub.server.verify(0, deleteRequestedFor(urlPathMatching("/contact-flows/.*")));
        }
    }

    @Test
    void anInstanceNotOnTheAllowlistIsRefusedBeforeAnyCall() {
        SandboxConfig production = stub.config("production-instance", List.of("connect-sim-sandbox"));

        SandboxException refused = assertThrows(SandboxException.class, () -> stub.driver(production));

        assertEquals("sandbox.yaml: instance 'production-instance' is not on the allowlist [connect-sim-sandbox]:"
                + " connect-sim calls only instances listed there; add it only if it is a sandbox",
                refused.getMessage());
        assertEquals(0, stub.server.getAllServeEvents().size(), "no request may reach the service");
    }

    @Test
    void anAliasOnTheAllowlistIsResolvedToItsInstance() {
        try (SandboxDriver driver = stub.driver(stub.config("connect-sim-sandbox", List.of("connect-sim-sandbox")))) {
            assertEquals(ConnectApiStub.INSTANCE_ID, driver.instanceId());
        }
    }

    @Test
    void callsAreLoggedWithoutCredentialsOrTokens() {
        try (SandboxDriver driver = stub.driver(stub.config())) {
            new SandboxScenario(driver, project).customerCalls("+18005550100", "+15550100");

            String logged = driver.log().calls().toString();
            assertTrue(logged.contains("StartOutboundVoiceContact(DestinationPhoneNumber=+15550100"), logged);
            assertTrue(!logged.contains(ConnectApiStub.ACCESS_KEY) && !logged.contains("connect-sim-test-secret")
                    && !logged.contains("ClientToken"), logged);
        }
    }
}

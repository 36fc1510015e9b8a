package dev.connectsim.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.sandbox.ConnectApiStub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --target sandbox} for real, end to end, against the Connect API stub on 127.0.0.1: credentials from
 * the standard provider chain (its system properties), settings from a file, flows published, a scenario run.
 */
class SandboxRealRunTest {

    private final ConnectApiStub stub = new ConnectApiStub();

    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        stub.close();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @Test
    void aScenarioTheSandboxCanDriveRunsThereAndIsReported() throws IOException {
        System.setProperty("aws.accessKeyId", ConnectApiStub.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", "connect-sim-test-secret");
        Path settings = folder.resolve("sandbox.yaml");
        Files.writeString(settings, """
                region: us-east-1
                instance: connect-sim-sandbox
                allowlist: [connect-sim-sandbox]
                endpoint: %s
                calls: {from: "+18005550100", customer: "+15550123"}
                wait: {poll: 10ms}
                """.formatted(stub.server.baseUrl()));
        Path feature = folder.resolve("inbound.feature");
        Files.writeString(feature, """
                Feature: inbound on the sandbox
                  Scenario: The call gets its VoiceCall id and is offered to alice
                    When a customer calls +18005550100 from +15550100
                    Then the call gets the attribute "voiceCallId" within 30 seconds
                    And alice sees the call connecting within 60 seconds
                """);
        Cli cli = new Cli();

        int exit = cli.runPrintingToSystemOut("run", "--target", "sandbox", "--sandbox-config", settings.toString(),
                "--features", feature.toString(), "--report", folder.resolve("reports").toString());

        String out = cli.out.toString();
        assertEquals(0, exit, out + cli.err);
        assertTrue(out.contains("published Agent Transfer as 'connect-sim Agent Transfer' (created, id f-created)"),
                out);
        assertTrue(out.contains("published Inbound as 'connect-sim Inbound' (updated, id f-inbound)"), out);
        assertTrue(out.contains("  StartOutboundVoiceContact(DestinationPhoneNumber=+15550123, ContactFlowId=f-inbound"),
                out);
        List<String> lines = out.strip().lines().toList();
        assertEquals("1 passed, 0 failed, 0 skipped", lines.get(lines.size() - 1), out);
        assertTrue(!out.contains("connect-sim-test-secret") && !out.contains(ConnectApiStub.ACCESS_KEY), out);
        stub.server.verify(putRequestedFor(urlPathEqualTo("/contact/outbound-voice"))
                .withHeader("Authorization", containing("Credential=" + ConnectApiStub.ACCESS_KEY + "/")));
        Path reports = folder.resolve("reports").resolve("sandbox");
        assertTrue(Files.readString(reports.resolve("junit.xml")).contains("is offered to alice"));
        String html = Files.readString(reports.resolve("connect-sim.html"));
        assertTrue(html.contains("GetCurrentUserData(") && !html.contains("connect-sim-test-secret"), "the report"
                + " shows the scenario's API calls and no secret");
    }
}

package dev.connectsim.harness.salesforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the stubs README promises: {@code java -jar wiremock-standalone-3.13.2.jar --port 8089 --root-dir stubs} serves
 * the same stubs, without connect-sim's extensions (no token check, WireMock's own random ids, real delays).
 */
class StandaloneStubsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VOICE_CALL_ID = Pattern.compile("0LQ[A-Z0-9]{12}");
    /** The README's example create. */
    private static final String CREATE_BODY = "{\"vendorCallKey\": \"c-1\", \"initiationMethod\": \"Inbound\"}";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> output = new CopyOnWriteArrayList<>();
    private Process wiremock;
    private URI baseUrl;

    @BeforeEach
    void startStandaloneWireMock() throws Exception {
        Path jar = Path.of(WireMockServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isRegularFile(jar) && jar.getFileName().toString().startsWith("wiremock-standalone-"),
                "expected the wiremock-standalone jar on the classpath, found " + jar);
        int port = freePort();
        baseUrl = URI.create("http://127.0.0.1:" + port);
        wiremock = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "--port", Integer.toString(port), "--bind-address", "127.0.0.1",
                "--root-dir", Path.of("..", "stubs").toString())
                .directory(new File("."))
                .redirectErrorStream(true)
                .start();
        // WireMockServerRunner starts the server, then prints its banner and its options, "port:" among them.
        Pattern started = Pattern.compile("^port:\\s+" + port + "\\s*$");
        CompletableFuture<String> startedLine = new CompletableFuture<>();
        Thread reader = new Thread(() -> read(started, startedLine), "standalone-wiremock-output");
        reader.setDaemon(true);
        reader.start();
        try {
            startedLine.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the standalone WireMock did not start: " + e + "\n" + String.join("\n", output),
                    e);
        }
    }

    @AfterEach
    void stopStandaloneWireMock() throws InterruptedException {
        if (wiremock != null) {
            wiremock.destroyForcibly();
            wiremock.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theStandaloneWireMockServesTheStubsAndCreatesAVoiceCallForAnyBearerToken() throws Exception {
        HttpResponse<String> response = create();

        assertEquals(200, response.statusCode(), response.body());
        String id = JSON.readTree(response.body()).path("voiceCallId").asText();
        assertTrue(VOICE_CALL_ID.matcher(id).matches(), response.body());
    }

    @Test
    void theStandaloneWireMockRefusesATelephonyRequestWithoutAToken() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(baseUrl.resolve(
                SalesforceStub.TELEPHONY_PATH + "/voiceCalls"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CREATE_BODY))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(401, response.statusCode(), response.body());
        assertEquals("INVALID_AUTH", JSON.readTree(response.body()).path("errors").path(0).path("errorCode").asText());
    }

    @Test
    void aFaultIsSwitchedOnAndBackOffThroughTheAdminApiOfTheStandaloneWireMock() throws Exception {
        HttpResponse<String> switchedOn = putScenarioState("{\"state\": \""
                + SalesforceFault.CREATE_500.state() + "\"}");
        HttpResponse<String> failed = create();
        HttpResponse<String> switchedOff = putScenarioState("");
        HttpResponse<String> created = create();

        assertEquals(200, switchedOn.statusCode(), switchedOn.body());
        assertEquals(500, failed.statusCode(), failed.body());
        assertEquals("UNKNOWN_EXCEPTION", JSON.readTree(failed.body()).path("errors").path(0).path("errorCode")
                .asText());
        assertEquals(200, switchedOff.statusCode(), switchedOff.body());
        assertEquals(200, created.statusCode(), created.body());
        assertTrue(VOICE_CALL_ID.matcher(JSON.readTree(created.body()).path("voiceCallId").asText()).matches(),
                created.body());
    }

    /** {@code curl -X PUT .../__admin/scenarios/salesforce/state -d body}, as the stubs README does. */
    private HttpResponse<String> putScenarioState(String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(baseUrl.resolve(
                "/__admin/scenarios/" + SalesforceStub.SCENARIO + "/state"))
                .timeout(Duration.ofSeconds(30))
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> create() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(baseUrl.resolve(SalesforceStub.TELEPHONY_PATH + "/voiceCalls"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer any")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CREATE_BODY))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Reads the process's output to the end, completing {@code startedLine} with the line that shows it started. */
    private void read(Pattern started, CompletableFuture<String> startedLine) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(wiremock.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                if (!startedLine.isDone() && started.matcher(line).matches()) {
                    startedLine.complete(line);
                }
            }
            boolean ended = wiremock.waitFor(10, TimeUnit.SECONDS);
            startedLine.completeExceptionally(new IllegalStateException("the process "
                    + (ended ? "ended with exit code " + wiremock.exitValue() : "closed its output")
                    + " before printing its port"));
        } catch (IOException | InterruptedException e) {
            startedLine.completeExceptionally(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}

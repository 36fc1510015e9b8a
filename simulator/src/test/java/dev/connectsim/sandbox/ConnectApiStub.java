package dev.connectsim.sandbox;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.connectsim.project.Project;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * A WireMock on 127.0.0.1 answering the Connect REST API from stubs/connect/ (request shapes as SDK 2.40.2 sends
 * them), and a driver pointed at it with fake credentials.
 */
public final class ConnectApiStub implements AutoCloseable {

    public static final String INSTANCE_ID = "11111111-2222-4333-8444-555555555555";
    public static final String ACCESS_KEY = "AKIDCONNECTSIMTEST";

    public final WireMockServer server;
    final List<Duration> pauses = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    public ConnectApiStub() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
                .usingFilesUnderDirectory(root().resolve("stubs").resolve("connect").toString()));
        server.start();
    }

    static Path root() {
        return Project.find().root();
    }

    /** Settings for the stub's instance, with the given instance name and allowlist. */
    SandboxConfig config(String instance, List<String> allowlist) {
        return new SandboxConfig(Path.of("sandbox.yaml"), Optional.of("us-east-1"), instance, allowlist,
                Optional.empty(), Optional.of(URI.create(server.baseUrl())), "connect-sim ",
                Map.of("managed-by", "connect-sim"),
                "+18005550100", "+15550100", Map.of(), Duration.ofMillis(10), 3, Duration.ofMillis(100));
    }

    SandboxConfig config() {
        return config(INSTANCE_ID, List.of(INSTANCE_ID));
    }

    SandboxDriver driver(SandboxConfig config) {
        ApiCallLog log = new ApiCallLog(false);
        return SandboxDriver.open(config, ConnectClients.with(config, Region.US_EAST_1, log,
                StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, "connect-sim-test-secret"))),
                log, false, pauses::add, notes::add);
    }

    @Override
    public void close() {
        server.stop();
    }
}

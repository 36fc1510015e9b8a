package dev.connectsim.sandbox;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.ConnectClientBuilder;

/**
 * The Connect clients the driver uses, in the Region {@link SandboxRegion} found. The SDK tries each call once: the
 * driver retries throttled calls itself, so it can report them. A dry run gets a client whose HTTP client answers
 * in-process, with placeholder credentials.
 */
public final class ConnectClients {

    private ConnectClients() {
    }

    /**
     * The client for the real service, with the credentials of the settings' profile or else the SDK's default
     * chain ({@link SandboxCredentials}); it fails with one line, before any call, when there are none.
     */
    public static ConnectClient real(SandboxConfig config, Region region, ApiCallLog log) {
        return with(config, region, log, SandboxCredentials.resolved(config));
    }

    /** A client with explicit credentials (tests against a stub of the Connect API). */
    public static ConnectClient with(SandboxConfig config, Region region, ApiCallLog log,
            AwsCredentialsProvider credentials) {
        ConnectClientBuilder builder = base(region, log).credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** The client of a dry run: nothing leaves the process. */
    public static ConnectClient dryRun(Region region, ApiCallLog log) {
        return base(region, log).httpClient(new DryRunHttpClient(region.id()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dry-run", "dry-run")))
                .build();
    }

    private static ConnectClientBuilder base(Region region, ApiCallLog log) {
        return ConnectClient.builder().region(region)
                .overrideConfiguration(o -> o.addExecutionInterceptor(log).retryStrategy(r -> r.maxAttempts(1)));
    }
}

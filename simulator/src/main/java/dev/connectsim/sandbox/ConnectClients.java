package dev.connectsim.sandbox;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.ConnectClientBuilder;

/**
 * The Connect clients the driver uses. The SDK tries each call once: the driver retries throttled calls itself, so
 * it can report them. A dry run gets a client whose HTTP client answers in-process, with placeholder credentials.
 */
public final class ConnectClients {

    private ConnectClients() {
    }

    /** The client for the real service: credentials from the profile, or else the default provider chain. */
    public static ConnectClient real(SandboxConfig config, ApiCallLog log) {
        AwsCredentialsProvider credentials = config.profile()
                .<AwsCredentialsProvider>map(ProfileCredentialsProvider::create)
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
        return with(config, log, credentials);
    }

    /** A client with explicit credentials (tests against a stub of the Connect API). */
    public static ConnectClient with(SandboxConfig config, ApiCallLog log, AwsCredentialsProvider credentials) {
        ConnectClientBuilder builder = base(config, log).credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** The client of a dry run: nothing leaves the process. */
    public static ConnectClient dryRun(SandboxConfig config, ApiCallLog log) {
        return base(config, log).httpClient(new DryRunHttpClient(config.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dry-run", "dry-run")))
                .build();
    }

    private static ConnectClientBuilder base(SandboxConfig config, ApiCallLog log) {
        return ConnectClient.builder().region(Region.of(config.region()))
                .overrideConfiguration(o -> o.addExecutionInterceptor(log).retryStrategy(r -> r.maxAttempts(1)));
    }
}

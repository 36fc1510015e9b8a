package dev.connectsim.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.sandbox.AwsCredentialsStub;
import dev.connectsim.sandbox.ConnectApiStub;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code connect-sim sandbox check} with the AWS set-up a user has: SSO profiles, the Region from the SDK's chain, or
 * nothing at all. Each case runs in a JVM of its own ({@link CliProcess}) with a temporary HOME, because the SDK reads
 * the SSO token cache from HOME's {@code .aws/sso/cache} (once per process), and AWS_REGION from the environment.
 * The SSO portal and Connect are stubs on 127.0.0.1.
 */
class SandboxAwsSetupTest {

    private static final String START_URL = "https://connect-sim-test.awsapps.com/start";

    private final ConnectApiStub connect = new ConnectApiStub();
    private final AwsCredentialsStub sso = new AwsCredentialsStub();

    @TempDir
    Path folder;
    private Path home;
    private final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void emptyHome() throws IOException {
        home = Files.createDirectories(folder.resolve("home"));
        environment.put("HOME", home.toString());
        environment.put("AWS_ENDPOINT_URL_SSO", sso.baseUrl());
    }

    @AfterEach
    void stop() {
        connect.close();
        sso.close();
    }

    @Test
    void anSsoSessionProfileGetsItsKeysFromThePortalWithTheCachedTokenAndGivesItsRegion() throws Exception {
        awsConfig("""
                [profile dev]
                sso_session = corp
                sso_account_id = 123456789012
                sso_role_name = SandboxTester
                region = eu-central-1

                [sso-session corp]
                sso_start_url = %s
                sso_region = us-east-1
                sso_registration_scopes = sso:account:access
                """.formatted(START_URL));
        cachedToken("corp", """
                {"startUrl": "%s", "region": "us-east-1", "accessToken": "token-of-corp",
                 "expiresAt": "2100-01-01T00:00:00Z", "clientId": "client", "clientSecret": "secret",
                 "refreshToken": "refresh", "registrationExpiresAt": "2100-01-01T00:00:00Z"}
                """.formatted(START_URL));
        sso.roleCredentials("123456789012", "SandboxTester", "token-of-corp", "ASIAFROMSSOSESSION");

        CliProcess.Result result = check(settings("profile: dev\n"));

        assertTrue(result.out().contains("sandbox: instance " + ConnectApiStub.INSTANCE_ID
                + " in eu-central-1 (from profile 'dev')"), result.out() + result.err());
        assertEquals("", result.err());
        connect.server.verify(getRequestedFor(urlPathMatching("/instance/.*")).withHeader("Authorization",
                containing("Credential=ASIAFROMSSOSESSION/")).withHeader("Authorization",
                containing("/eu-central-1/connect/aws4_request")));
        sso.server.verify(1, getRequestedFor(urlPathEqualTo("/federation/credentials"))
                .withHeader("x-amz-sso_bearer_token", equalTo("token-of-corp")));
    }

    @Test
    void aLegacySsoProfileWorksTooAndAwsRegionComesBeforeTheProfilesRegion() throws Exception {
        awsConfig("""
                [profile legacy]
                sso_start_url = %s
                sso_region = us-east-1
                sso_account_id = 123456789012
                sso_role_name = SandboxTester
                region = eu-central-1
                """.formatted(START_URL));
        cachedToken(START_URL, """
                {"accessToken": "token-of-legacy", "expiresAt": "2100-01-01T00:00:00Z"}
                """);
        sso.roleCredentials("123456789012", "SandboxTester", "token-of-legacy", "ASIAFROMLEGACYSSO");
        environment.put("AWS_REGION", "ap-southeast-2");

        CliProcess.Result result = check(settings("profile: legacy\n"));

        assertTrue(result.out().contains(" in ap-southeast-2 (from AWS_REGION)"), result.out() + result.err());
        assertEquals("", result.err());
        connect.server.verify(getRequestedFor(urlPathMatching("/instance/.*")).withHeader("Authorization",
                containing("Credential=ASIAFROMLEGACYSSO/")));
    }

    @Test
    void anExpiredSsoLoginIsOneLineSayingToLogInAgain() throws Exception {
        awsConfig("""
                [profile legacy]
                sso_start_url = %s
                sso_region = us-east-1
                sso_account_id = 123456789012
                sso_role_name = SandboxTester
                """.formatted(START_URL));
        cachedToken(START_URL, """
                {"accessToken": "token-of-legacy", "expiresAt": "2020-01-01T00:00:00Z"}
                """);

        CliProcess.Result result = check(settings("region: us-east-1\nprofile: legacy\n"));

        assertEquals(1, result.exit(), result.out() + result.err());
        assertEquals("connect-sim: no AWS credentials from profile 'legacy': its SSO login is missing or expired: run"
                + " `aws sso login --profile legacy`", result.err().strip());
        sso.server.verify(0, anyRequestedFor(anyUrl()));
        connect.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anSsoSessionNeverLoggedInIsOneLineSayingToLogIn() throws Exception {
        awsConfig("""
                [profile dev]
                sso_session = corp
                sso_account_id = 123456789012
                sso_role_name = SandboxTester

                [sso-session corp]
                sso_start_url = %s
                sso_region = us-east-1
                """.formatted(START_URL));

        CliProcess.Result result = check(settings("region: us-east-1\n"), "--profile", "dev");

        assertEquals(1, result.exit(), result.out() + result.err());
        assertEquals("connect-sim: no AWS credentials from profile 'dev': its SSO login is missing or expired: run"
                + " `aws sso login --profile dev`", result.err().strip());
    }

    @Test
    void noCredentialsAnywhereIsOneLineSayingWhereTheChainLooked() throws Exception {
        Path settings = settings("region: us-east-1\n");

        CliProcess.Result result = check(settings);

        assertEquals(1, result.exit(), result.out() + result.err());
        assertEquals("connect-sim: no AWS credentials: the SDK's chain found none in aws.accessKeyId/AWS_ACCESS_KEY_ID,"
                + " AWS_WEB_IDENTITY_TOKEN_FILE, AWS_CONTAINER_CREDENTIALS_* or instance metadata, nor in profile"
                + " 'default': it is in neither " + home.resolve(".aws/config") + " nor "
                + home.resolve(".aws/credentials") + " (they hold no profiles); name a profile with --profile or"
                + " 'profile:' in " + settings + ", or run `aws configure` or `aws configure sso`",
                result.err().strip());
        connect.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void noRegionAnywhereIsOneLineSayingWhatWasTried() throws Exception {
        Path settings = settings("");

        CliProcess.Result result = check(settings, "--profile", "dev");

        assertEquals(1, result.exit(), result.out() + result.err());
        assertEquals("connect-sim: no AWS Region: " + settings + " has no 'region', --region was not given, and the"
                + " SDK's region chain (aws.region, AWS_REGION, profile 'dev' in " + home.resolve(".aws/config")
                + ", instance metadata) found none", result.err().strip());
    }

    private CliProcess.Result check(Path settings, String... options) throws IOException {
        String[] args = new String[3 + options.length];
        args[0] = "sandbox";
        args[1] = "check";
        args[2] = "--config=" + settings;
        System.arraycopy(options, 0, args, 3, options.length);
        return CliProcess.runIsolated(environment, args);
    }

    /** sandbox.yaml for the Connect stub's instance, with {@code more} settings. */
    private Path settings(String more) throws IOException {
        Path settings = folder.resolve("sandbox.yaml");
        Files.writeString(settings, "instance: " + ConnectApiStub.INSTANCE_ID + "\nallowlist: ["
                + ConnectApiStub.INSTANCE_ID + "]\nendpoint: " + connect.server.baseUrl() + "\n" + more);
        return settings;
    }

    private void awsConfig(String text) throws IOException {
        Files.writeString(Files.createDirectories(home.resolve(".aws")).resolve("config"), text);
    }

    /** The token {@code aws sso login} leaves in the cache: its file is named for the SHA-1 of the session or URL. */
    private void cachedToken(String sessionOrStartUrl, String json) throws IOException, NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-1").digest(sessionOrStartUrl.getBytes(StandardCharsets.UTF_8));
        Path cache = Files.createDirectories(home.resolve(".aws").resolve("sso").resolve("cache"));
        Files.writeString(cache.resolve(String.format("%040x", new BigInteger(1, digest)) + ".json"), json);
    }
}

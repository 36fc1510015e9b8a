package dev.connectsim.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials from profiles as the AWS CLI keeps them, against stubs of Connect and STS on 127.0.0.1. The profile
 * files are temporary ones the SDK is pointed at with {@code aws.configFile} and {@code aws.sharedCredentialsFile};
 * each test restores the system properties it sets (JUnit runs these test classes one at a time). What the SDK reads
 * from HOME or the environment is tested in a JVM of its own ({@code SandboxAwsSetupTest}).
 */
class SandboxCredentialsTest {

    private static final String ROLE = "arn:aws:iam::123456789012:role/connect-sim-sandbox";

    private final ConnectApiStub connect = new ConnectApiStub();
    private final AwsCredentialsStub sts = new AwsCredentialsStub();
    private final Map<String, String> saved = new HashMap<>();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    @BeforeEach
    void pointTheSdkAtTheseFilesAndStubs() throws IOException {
        setProperty("aws.configFile", folder.resolve("config").toString());
        setProperty("aws.sharedCredentialsFile", folder.resolve("credentials").toString());
        setProperty("aws.endpointUrlSts", sts.baseUrl());
        Files.writeString(folder.resolve("credentials"), """
                [build-user]
                aws_access_key_id = AKIDSOURCEPROFILE
                aws_secret_access_key = source-secret
                """);
    }

    @AfterEach
    void restore() {
        saved.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
        connect.close();
        sts.close();
    }

    @Test
    void anAssumeRoleProfileCallsConnectWithTheKeysStsGaveForTheSourceProfilesKeys() throws IOException {
        Files.writeString(folder.resolve("config"), """
                [profile sandbox]
                role_arn = %s
                source_profile = build-user
                region = us-east-1
                """.formatted(ROLE));
        sts.assumeRole(ROLE, "ASIAASSUMEDROLE");

        try (SandboxDriver driver = SandboxSession.driver(settings("sandbox"), false, out)) {
            assertEquals(ConnectApiStub.INSTANCE_ID, driver.instanceId());
        }

        sts.server.verify(postRequestedFor(urlPathEqualTo("/"))
                .withHeader("Authorization", containing("Credential=AKIDSOURCEPROFILE/"))
                .withRequestBody(containing("Action=AssumeRole")));
        connect.server.verify(WireMock.getRequestedFor(urlPathMatching("/instance/.*"))
                .withHeader("Authorization", containing("Credential=ASIAASSUMEDROLE/"))
                .withHeader("X-Amz-Security-Token", WireMock.equalTo("assumed-session-token")));
    }

    @Test
    void anAssumeRoleProfileWithCredentialSourceEnvironmentAsksStsWithTheKeysOfTheEnvironment() throws IOException {
        Files.writeString(folder.resolve("config"), """
                [profile ci]
                role_arn = %s
                credential_source = Environment
                region = us-east-1
                """.formatted(ROLE));
        setProperty("aws.accessKeyId", "AKIDFROMENVIRONMENT");
        setProperty("aws.secretAccessKey", "environment-secret");
        sts.assumeRole(ROLE, "ASIAASSUMEDFORCI");

        try (SandboxDriver driver = SandboxSession.driver(settings("ci"), false, out)) {
            assertEquals(ConnectApiStub.INSTANCE_ID, driver.instanceId());
        }

        sts.server.verify(postRequestedFor(urlPathEqualTo("/"))
                .withHeader("Authorization", containing("Credential=AKIDFROMENVIRONMENT/")));
        connect.server.verify(WireMock.getRequestedFor(urlPathMatching("/instance/.*"))
                .withHeader("Authorization", containing("Credential=ASIAASSUMEDFORCI/")));
    }

    @Test
    void aCredentialProcessProfileCallsConnectWithTheKeysItsScriptPrinted() throws IOException {
        Path script = folder.resolve("credentials.sh");
        Files.writeString(script, """
                #!/bin/sh
                echo '{"Version": 1, "AccessKeyId": "AKIDFROMPROCESS", "SecretAccessKey": "process-secret"}'
                """);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        Files.writeString(folder.resolve("config"), "[profile scripted]\ncredential_process = " + script + "\n");

        try (SandboxDriver driver = SandboxSession.driver(settings("scripted"), false, out)) {
            assertEquals(ConnectApiStub.INSTANCE_ID, driver.instanceId());
        }

        connect.server.verify(WireMock.getRequestedFor(urlPathMatching("/instance/.*"))
                .withHeader("Authorization", containing("Credential=AKIDFROMPROCESS/")));
    }

    @Test
    void aCredentialProcessThatFailsIsOneLineWithWhatItSaid() throws IOException {
        Files.writeString(folder.resolve("config"), "[profile scripted]\ncredential_process = sh -c 'echo token"
                + " expired >&2; exit 3'\n");

        SandboxException failure = assertThrows(SandboxException.class,
                () -> SandboxSession.driver(settings("scripted"), false, out));

        assertEquals("no AWS credentials from profile 'scripted': its credential_process failed: Command returned"
                + " non-zero exit value (3) with error message: token expired", failure.getMessage());
    }

    @Test
    void aRoleStsRefusesIsOneLineWithWhatStsAnswered() throws IOException {
        Files.writeString(folder.resolve("config"), """
                [profile sandbox]
                role_arn = %s
                source_profile = build-user
                region = us-east-1
                """.formatted(ROLE));
        sts.refuseAssumeRole();

        SandboxException failure = assertThrows(SandboxException.class,
                () -> SandboxSession.driver(settings("sandbox"), false, out));

        assertEquals("no AWS credentials from profile 'sandbox': assuming role " + ROLE + " failed: STS answered"
                + " HTTP 403 AccessDenied: User is not authorized to perform: sts:AssumeRole", failure.getMessage());
        connect.server.verify(0, WireMock.anyRequestedFor(WireMock.anyUrl()));
    }

    @Test
    void aProfileThatIsInNeitherFileIsOneLineNamingTheNearestOne() throws IOException {
        Files.writeString(folder.resolve("config"), "[profile sandbox]\nregion = us-east-1\n");

        SandboxException failure = assertThrows(SandboxException.class,
                () -> SandboxSession.driver(settings("sandbx"), false, out));

        assertEquals("no AWS credentials from profile 'sandbx': it is in neither " + folder.resolve("config")
                + " nor " + folder.resolve("credentials") + " (did you mean 'sandbox'?); profiles there: [build-user,"
                + " sandbox]", failure.getMessage());
    }

    @Test
    void aProfileWithoutCredentialsSaysWhatItLacks() throws IOException {
        Files.writeString(folder.resolve("config"), "[profile sandbox]\nregion = us-east-1\n");

        SandboxException failure = assertThrows(SandboxException.class,
                () -> SandboxSession.driver(settings("sandbox"), false, out));

        assertEquals("no AWS credentials from profile 'sandbox': it has none of aws_access_key_id, sso_session,"
                + " sso_start_url, role_arn or credential_process", failure.getMessage());
    }

    /** The Connect stub's settings with {@code profile}. */
    private SandboxConfig settings(String profile) {
        return connect.config().overriding(null, null, profile);
    }

    private void setProperty(String key, String value) {
        saved.putIfAbsent(key, System.getProperty(key));
        System.setProperty(key, value);
    }
}

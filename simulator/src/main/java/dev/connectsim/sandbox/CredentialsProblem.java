package dev.connectsim.sandbox;

import dev.connectsim.text.NearestName;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileLocation;
import software.amazon.awssdk.profiles.ProfileFileSystemSetting;
import software.amazon.awssdk.profiles.ProfileProperty;

/**
 * Why no AWS credentials could be had, in one line: the profile named and what it is set up to do (SSO, a role, a
 * process, keys), or, for the SDK's default chain, each place the chain looked. It reads the profile files itself to
 * say this, rather than passing on the SDK's message, which lists every provider of the chain with its state
 * (1,500 characters for an empty home folder). The SDK's own words appear only for the one step that failed.
 */
final class CredentialsProblem {

    private static final int DETAIL = 240;

    private CredentialsProblem() {
    }

    /** The line for {@code failure}, thrown when the credentials for {@code config} were resolved. */
    static String explain(SandboxConfig config, RuntimeException failure) {
        ProfileFile files;
        try {
            files = ProfileFile.defaultProfileFile();
        } catch (RuntimeException e) {
            return "no AWS credentials: the AWS profile files cannot be read: " + detail(e);
        }
        if (config.profile().isPresent()) {
            String name = config.profile().get();
            return "no AWS credentials from profile '" + name + "': " + profile(files, name, failure);
        }
        String name = ProfileFileSystemSetting.AWS_PROFILE.getStringValueOrThrow();
        String named = System.getProperty("aws.profile") != null ? " (aws.profile)"
                : System.getenv("AWS_PROFILE") != null ? " (AWS_PROFILE)" : "";
        String profile = files.profile(name).filter(p -> kind(p) != Kind.NONE)
                .map(p -> profile(files, name, failureOf(name).orElse(failure)))
                .orElseGet(() -> profile(files, name, failure) + "; name a profile with --profile or 'profile:' in "
                        + config.file() + ", or run `aws configure` or `aws configure sso`");
        return "no AWS credentials: the SDK's chain found none in aws.accessKeyId/AWS_ACCESS_KEY_ID,"
                + " AWS_WEB_IDENTITY_TOKEN_FILE, AWS_CONTAINER_CREDENTIALS_* or instance metadata, nor in profile '"
                + name + "'" + named + ": " + profile;
    }

    /** What profile {@code name} is set up to do and why that failed. */
    private static String profile(ProfileFile files, String name, RuntimeException failure) {
        Optional<Profile> profile = files.profile(name);
        if (profile.isEmpty()) {
            return "it is in neither " + ProfileFileLocation.configurationFilePath() + " nor "
                    + ProfileFileLocation.credentialsFilePath() + NearestName.hint(files.profiles().keySet(), name)
                    + (files.profiles().isEmpty() ? " (they hold no profiles)"
                    : "; profiles there: " + files.profiles().keySet().stream().sorted().toList());
        }
        Map<String, String> properties = profile.get().properties();
        return switch (kind(profile.get())) {
            case SSO -> sso(name, failure);
            case ROLE -> "assuming role " + properties.get(ProfileProperty.ROLE_ARN) + " failed: "
                    + service(failure, "STS");
            case PROCESS -> "its credential_process failed: " + detail(failure);
            case KEYS, OTHER -> detail(failure);
            case NONE -> "it has none of aws_access_key_id, sso_session, sso_start_url, role_arn or credential_process";
        };
    }

    /**
     * An SSO profile fails when its login is missing or expired (no cached token, an expired one, or the portal
     * refusing it), when its settings are incomplete, or when the portal cannot be reached.
     */
    private static String sso(String name, RuntimeException failure) {
        Optional<AwsServiceException> refused = cause(failure, AwsServiceException.class);
        if (refused.isPresent()) {
            int status = refused.get().statusCode();
            return status == 401 || status == 403 ? login(name)
                    : "the SSO portal refused GetRoleCredentials: " + service(failure, "SSO");
        }
        if (cause(failure, IOException.class).filter(io -> !(io instanceof FileSystemException)).isPresent()) {
            return "the SSO portal cannot be reached: " + detail(failure);
        }
        if (failure instanceof IllegalArgumentException || failure instanceof IllegalStateException) {
            return detail(failure);
        }
        return login(name);
    }

    private static String login(String name) {
        return "its SSO login is missing or expired: run `aws sso login --profile " + name + "`";
    }

    /** The profile {@code name}'s own failure, which the default chain's message buries among the others'. */
    private static Optional<RuntimeException> failureOf(String name) {
        try (ProfileCredentialsProvider provider = ProfileCredentialsProvider.create(name)) {
            provider.resolveCredentials();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e);
        }
    }

    private static Kind kind(Profile profile) {
        Map<String, String> p = profile.properties();
        if (p.containsKey(ProfileProperty.SSO_START_URL) || p.containsKey("sso_session")
                || p.containsKey(ProfileProperty.SSO_ACCOUNT_ID) || p.containsKey(ProfileProperty.SSO_ROLE_NAME)) {
            return Kind.SSO;
        }
        if (p.containsKey(ProfileProperty.ROLE_ARN)) {
            return Kind.ROLE;
        }
        if (p.containsKey(ProfileProperty.CREDENTIAL_PROCESS)) {
            return Kind.PROCESS;
        }
        if (p.containsKey(ProfileProperty.AWS_ACCESS_KEY_ID)) {
            return Kind.KEYS;
        }
        return p.containsKey(ProfileProperty.LOGIN_SESSION) ? Kind.OTHER : Kind.NONE;
    }

    /** "STS answered HTTP 403 AccessDenied: not authorized", or the client-side detail when no service answered. */
    private static String service(RuntimeException failure, String service) {
        return cause(failure, AwsServiceException.class).map(refused -> {
            String code = refused.awsErrorDetails() == null ? null : refused.awsErrorDetails().errorCode();
            String message = refused.awsErrorDetails() == null ? null : refused.awsErrorDetails().errorMessage();
            return service + " answered HTTP " + refused.statusCode() + (code == null ? "" : " " + code)
                    + (message == null || message.isBlank() ? " with no message" : ": " + oneLine(message));
        }).orElseGet(() -> detail(failure));
    }

    /** The innermost message of {@code failure}'s causes: the SDK wraps the telling one in general ones. */
    private static String detail(Throwable failure) {
        String message = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message == null ? failure.getClass().getSimpleName() : oneLine(message);
    }

    private static String oneLine(String message) {
        String line = message.strip().replaceAll("\\s*\\R\\s*", " ");
        return line.length() <= DETAIL ? line : line.substring(0, DETAIL) + "...";
    }

    private static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /** What a profile is set up to do, in the order the SDK looks; OTHER is a kind such as login_session. */
    private enum Kind { SSO, ROLE, PROCESS, KEYS, OTHER, NONE }
}

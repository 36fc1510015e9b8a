package dev.connectsim.sandbox;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;

/**
 * The AWS credentials of a real sandbox run, found as the AWS CLI finds them: from the settings' {@code profile} (or
 * {@code --profile}), else from the SDK's default chain (system properties, environment, web identity, the profile
 * {@code AWS_PROFILE} names or {@code default}, container, instance metadata). A profile may hold keys, use IAM
 * Identity Center (SSO, in the {@code sso_session} or the legacy form), assume a role ({@code role_arn} with
 * {@code source_profile} or {@code credential_source}) or run a {@code credential_process}. When no credentials can
 * be had, now or when they are refreshed during a run, the failure is one {@link SandboxException} line saying what
 * was tried ({@link CredentialsProblem}).
 */
final class SandboxCredentials implements AwsCredentialsProvider {

    private final SandboxConfig config;
    private final AwsCredentialsProvider provider;

    private SandboxCredentials(SandboxConfig config, AwsCredentialsProvider provider) {
        this.config = config;
        this.provider = provider;
    }

    /** The credentials for {@code config}, resolved once now, so that a run without them stops before any call. */
    static SandboxCredentials resolved(SandboxConfig config) {
        AwsCredentialsProvider provider = config.profile()
                .<AwsCredentialsProvider>map(ProfileCredentialsProvider::create)
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
        SandboxCredentials credentials = new SandboxCredentials(config, provider);
        credentials.resolveCredentials();
        return credentials;
    }

    @Override
    public AwsCredentials resolveCredentials() {
        try {
            return provider.resolveCredentials();
        } catch (RuntimeException e) {
            throw new SandboxException(CredentialsProblem.explain(config, e));
        }
    }

    @Override
    public String toString() {
        return "SandboxCredentials(" + provider + ")";
    }
}

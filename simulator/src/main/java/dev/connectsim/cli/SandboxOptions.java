package dev.connectsim.cli;

import dev.connectsim.sandbox.SandboxConfig;
import dev.connectsim.sandbox.SandboxSession;
import java.io.PrintStream;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every command that talks to the sandbox: which settings, which instance, and dry run. */
final class SandboxOptions {

    @Option(names = {"--sandbox-config", "--config"}, paramLabel = "FILE",
            description = "The sandbox settings (default: sandbox.yaml of the project; see sandbox.example.yaml).")
    Path config;

    @Option(names = "--sandbox-instance", paramLabel = "ID_OR_ALIAS",
            description = "The sandbox instance to use instead of the settings' one; it must be on their allowlist.")
    String instance;

    @Option(names = "--region", paramLabel = "REGION", description = "The instance's Region, instead of the settings'"
            + " (without either: AWS_REGION, else the profile's region).")
    String region;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "The AWS profile for credentials (keys, SSO, a role to assume, credential_process),"
                    + " instead of the settings' one or the SDK's default chain.")
    String profile;

    @Option(names = "--dry-run", description = "Print the Connect API calls it would make; send nothing.")
    boolean dryRun;

    /** Whether any of these options was given. */
    boolean given() {
        return config != null || instance != null || region != null || profile != null || dryRun;
    }

    /** The settings of the project in {@code root}, with the command line's instance, Region and profile. */
    SandboxConfig settings(Path root, PrintStream out) {
        return SandboxSession.settings(root, config, dryRun, out).overriding(instance, region, profile);
    }
}

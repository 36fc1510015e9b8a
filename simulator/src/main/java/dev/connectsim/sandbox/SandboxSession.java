package dev.connectsim.sandbox;

import dev.connectsim.harness.Target;
import dev.connectsim.project.Project;
import dev.connectsim.project.ProjectInstance;
import dev.connectsim.setup.SimulatedInstance;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.connect.ConnectClient;

/**
 * A sandbox run's set-up, before the scenarios: read the settings, open the driver on the allowlisted instance,
 * publish the project's flows, and make every scenario drive the sandbox. Every API call is printed as it is made,
 * indented under what it is for.
 */
public final class SandboxSession implements AutoCloseable {

    /** The session under way, for the run printer's summary; runs on the sandbox never overlap. */
    private static volatile SandboxSession current;

    private final SandboxDriver driver;
    private final List<PublishOutcome> published;

    private SandboxSession(SandboxDriver driver, List<PublishOutcome> published) {
        this.driver = driver;
        this.published = published;
    }

    /**
     * The settings of the project in {@code root}: {@code file} if given, else sandbox.yaml; a dry run with neither
     * uses sandbox.example.yaml.
     */
    public static SandboxConfig settings(Path root, Path file, boolean dryRun, PrintStream out) {
        if (file != null) {
            if (!Files.exists(file)) {
                throw new SandboxException("no such sandbox settings file: " + file);
            }
            return SandboxConfig.load(file);
        }
        Path own = root.resolve(SandboxConfig.FILE);
        if (Files.exists(own)) {
            return SandboxConfig.load(own);
        }
        if (dryRun) {
            out.println("sandbox: no " + SandboxConfig.FILE + "; this dry run uses " + SandboxConfig.EXAMPLE);
            return SandboxConfig.load(root.resolve(SandboxConfig.EXAMPLE));
        }
        throw new SandboxException("no " + own + ": copy " + SandboxConfig.EXAMPLE + " to " + SandboxConfig.FILE
                + " and name your sandbox instance in it (README, 'Sandbox runs')");
    }

    /**
     * Opens the driver for {@code config} once its instance is found on the allowlist: a dry run sends nothing; a
     * real one takes the AWS credentials as the AWS CLI would, and fails with one line before any call when there
     * are none. Both take the Region from the
     * settings, or else from the SDK's region chain ({@link SandboxRegion}).
     */
    public static SandboxDriver driver(SandboxConfig config, boolean dryRun, PrintStream out) {
        SandboxDriver.requireAllowed(config, config.instance());
        ApiCallLog log = new ApiCallLog(dryRun);
        log.listen(call -> out.println("  " + call));
        SandboxRegion region = SandboxRegion.of(config, dryRun);
        out.println("sandbox: instance " + config.instance() + " in " + region
                + (dryRun ? " (dry run: these are the calls it would make; nothing is sent)" : ""));
        ConnectClient client = dryRun ? ConnectClients.dryRun(region.region(), log)
                : ConnectClients.real(config, region.region(), log);
        return SandboxDriver.open(config, client, log, dryRun, Sleeper.REAL, note -> out.println("  " + note));
    }

    /** Opens the driver, publishes the project's flows, and points the steps at the sandbox. */
    public static SandboxSession start(Project team, SandboxDriver driver, PrintStream out) {
        SimulatedInstance project = ProjectInstance.of(team);
        FlowPublisher publisher = new FlowPublisher(driver);
        out.println("Checking that the sandbox has what the project names:");
        ResourceCheck check = ResourceCheck.of(driver, project, publisher);
        check.missing().forEach(line -> out.println("  MISSING " + line));
        out.println(driver.dryRun() ? "  dry run: nothing was listed; it would look for " + check.found().size()
                + " names" : "  " + check.found().size() + " found, " + check.missing().size() + " missing");
        out.println("Publishing the project's flows:");
        List<PublishOutcome> published = publisher.publishAll(project);
        published.forEach(outcome -> out.println("  " + outcome.toString().replace("\n", "\n  ")));
        Target.use(world -> new SandboxScenario(driver, project.instance()));
        current = new SandboxSession(driver, published);
        return current;
    }

    /** Whether every flow was published. */
    public boolean allPublished() {
        return published.stream().allMatch(outcome -> outcome instanceof PublishOutcome.Published);
    }

    /** "sandbox: 12 API calls, 1 throttled and tried again [DescribeContact (ThrottlingException)]". */
    static Optional<String> summary() {
        SandboxSession session = current;
        if (session == null) {
            return Optional.empty();
        }
        SandboxDriver driver = session.driver;
        return Optional.of("sandbox: " + driver.log().size() + " API calls, " + driver.throttled().size()
                + " throttled and tried again" + (driver.throttled().isEmpty() ? "" : " " + driver.throttled()));
    }

    /** Points the steps back at the simulator. */
    @Override
    public void close() {
        current = null;
        Target.useSimulator();
        driver.close();
    }
}

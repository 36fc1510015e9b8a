package dev.connectsim.cli;

import dev.connectsim.project.Project;
import dev.connectsim.project.ProjectInstance;
import dev.connectsim.sandbox.FlowCleaner;
import dev.connectsim.sandbox.FlowPublisher;
import dev.connectsim.sandbox.PublishOutcome;
import dev.connectsim.sandbox.ResourceCheck;
import dev.connectsim.sandbox.SandboxConfig;
import dev.connectsim.sandbox.SandboxDriver;
import dev.connectsim.sandbox.SandboxSession;
import dev.connectsim.setup.SimulatedInstance;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code connect-sim sandbox publish|check|clean}: the project's flows on the sandbox instance of sandbox.yaml.
 * Every API call is printed; {@code --dry-run} prints them without sending anything. Exit 0 when all went well, 1
 * when a flow was rejected or a resource is missing.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "The project's flows on a real Connect sandbox instance (settings: sandbox.yaml).",
        subcommands = {SandboxCommand.Publish.class, SandboxCommand.Check.class, SandboxCommand.Clean.class})
final class SandboxCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: publish, check or clean");
    }

    /** Opens the driver with {@code options} and runs {@code action} with it. */
    static int with(ProjectOptions projectOptions, SandboxOptions options, ToIntFunction<Context> action) {
        PrintStream out = System.out;
        Project project = projectOptions.find(System.err);
        SandboxConfig settings = options.settings(project.root(), out);
        try (SandboxDriver driver = SandboxSession.driver(settings, options.dryRun, out)) {
            return action.applyAsInt(new Context(driver, ProjectInstance.of(project), out));
        }
    }

    record Context(SandboxDriver driver, SimulatedInstance project, PrintStream out) {
    }

    @Command(name = "publish", mixinStandardHelpOptions = true, description = "Publishes the project's flows"
            + " (CreateContactFlow or UpdateContactFlowContent, PUBLISHED): Connect validates them; its problems"
            + " are shown next to connect-sim validate's findings.")
    static final class Publish implements Callable<Integer> {
        @Mixin
        SandboxOptions options;

        @Mixin
        ProjectOptions project;

        @Override
        public Integer call() {
            return with(project, options, context -> {
                List<PublishOutcome> outcomes = new FlowPublisher(context.driver()).publishAll(context.project());
                outcomes.forEach(context.out()::println);
                return outcomes.stream().allMatch(o -> o instanceof PublishOutcome.Published) ? 0 : 1;
            });
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Checks that the sandbox has the quick"
            + " connects, users, queues, flows and Lambda functions the project names.")
    static final class Check implements Callable<Integer> {
        @Mixin
        SandboxOptions options;

        @Mixin
        ProjectOptions project;

        @Override
        public Integer call() {
            return with(project, options, context -> {
                ResourceCheck check = ResourceCheck.of(context.driver(), context.project(),
                        new FlowPublisher(context.driver()));
                if (context.driver().dryRun()) {
                    context.out().println("dry run: nothing was listed, so nothing can be missing; it would look for:");
                    check.found().forEach(line -> context.out().println("  " + line.replaceFirst(" -> .*$", "")));
                    return 0;
                }
                check.found().forEach(line -> context.out().println("found   " + line));
                check.missing().forEach(line -> context.out().println("MISSING " + line));
                context.out().println(check.found().size() + " found, " + check.missing().size() + " missing");
                return check.missing().isEmpty() ? 0 : 1;
            });
        }
    }

    @Command(name = "clean", mixinStandardHelpOptions = true, description = "Deletes the flows connect-sim"
            + " published: those with the configured prefix and tags.")
    static final class Clean implements Callable<Integer> {
        @Mixin
        SandboxOptions options;

        @Mixin
        ProjectOptions project;

        @Override
        public Integer call() {
            return with(project, options, context -> {
                new FlowCleaner(context.driver()).clean().forEach(context.out()::println);
                return 0;
            });
        }
    }
}

package dev.connectsim.cli;

import dev.connectsim.harness.report.RunTimings;
import dev.connectsim.scv.HttpTelephonyApi;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code connect-sim} command line. Each subcommand is its own class in this package, listed in
 * {@link #SUBCOMMANDS}.
 *
 * <p>Exit codes: 0 success, 1 a command failed (one line {@code connect-sim: <message>} on stderr),
 * 2 bad usage (picocli's error line, suggestions and usage on stderr).
 */
@Command(
        name = "connect-sim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Contact-center simulator and acceptance-test harness for Amazon Connect.")
public final class Main implements Callable<Integer> {

    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(CommandLine.HelpCommand.class, BenchCommand.class,
            DemoCommand.class, DiffCommand.class, InitCommand.class, ReportCommand.class, RunCommand.class,
            SandboxCommand.class, ValidateCommand.class);

    @Spec
    private CommandSpec spec;

    /** Without a subcommand there is nothing to do: report bad usage (exit 2) with the usage text. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /** The command line exactly as {@link #main} runs it, with every subcommand, also for tests. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    /**
     * The command line for {@code args}: with only the subcommand they name when they start with one, since building
     * picocli's model of every subcommand cost each run about 0.1 s before it could start (docs/performance.md,
     * "Fixed cost"); with all of them otherwise (the top-level help, {@code help}, a mistyped name and its nearest).
     */
    static CommandLine commandLine(String... args) {
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (args.length > 0 && subcommand != CommandLine.HelpCommand.class
                    && subcommand.getAnnotation(Command.class).name().equals(args[0])) {
                return commandLine(List.of(subcommand));
            }
        }
        return commandLine(SUBCOMMANDS);
    }

    private static CommandLine commandLine(List<Class<?>> subcommands) {
        CommandLine commandLine = new CommandLine(new Main());
        for (Class<?> subcommand : subcommands) {
            commandLine.addSubcommand(subcommand);
        }
        // picocli applies a command's model transformer (validate's rule table) only to the subcommands it has when
        // it is made; ours change the model in place
        for (CommandLine subcommand : commandLine.getSubcommands().values()) {
            if (subcommand.getCommandSpec().modelTransformer() != null) {
                subcommand.getCommandSpec().modelTransformer().transform(subcommand.getCommandSpec());
            }
        }
        commandLine.setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new OneLineErrorHandler());
        BenchCommand.reportUsageErrorsInOneLine(commandLine);
        ProjectOptions.showInHelp(commandLine);
        return commandLine;
    }

    public static void main(String[] args) {
        RunTimings.mark("main(): the command line, the project, the scenarios chosen");
        int status = commandLine(args).execute(args);
        HttpTelephonyApi.endBeforeExit();
        System.exit(status);
    }
}

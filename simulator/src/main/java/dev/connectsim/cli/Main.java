package dev.connectsim.cli;

import dev.connectsim.harness.report.RunTimings;
import dev.connectsim.scv.HttpTelephonyApi;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code connect-sim} command line. Each subcommand is its own class in this package,
 * listed in {@code subcommands} below.
 *
 * <p>Exit codes: 0 success, 1 a command failed (one line {@code connect-sim: <message>} on stderr),
 * 2 bad usage (picocli's error line, suggestions and usage on stderr).
 */
@Command(
        name = "connect-sim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Contact-center simulator and acceptance-test harness for Amazon Connect.",
        subcommands = {
            CommandLine.HelpCommand.class,
            BenchCommand.class,
            DemoCommand.class,
            DiffCommand.class,
            InitCommand.class,
            ReportCommand.class,
            RunCommand.class,
            SandboxCommand.class,
            ValidateCommand.class,
        })
public final class Main implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Without a subcommand there is nothing to do: report bad usage (exit 2) with the usage text. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /** The command line exactly as {@link #main} runs it, also for tests. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new OneLineErrorHandler());
        BenchCommand.reportUsageErrorsInOneLine(commandLine);
        ProjectOptions.showInHelp(commandLine);
        return commandLine;
    }

    public static void main(String[] args) {
        RunTimings.mark("main(): the command line, the project, the scenarios chosen");
        int status = commandLine().execute(args);
        HttpTelephonyApi.endBeforeExit();
        System.exit(status);
    }
}

package dev.connectsim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code connect-sim report}: works on the report folders runs leave; its one subcommand is {@code merge}. */
@Command(name = "report", mixinStandardHelpOptions = true, subcommands = ReportMergeCommand.class,
        description = "Works on the report folders of runs (merge: the shards of a run into one report).")
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Without a subcommand there is nothing to do: bad usage (exit 2) with the usage text. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}

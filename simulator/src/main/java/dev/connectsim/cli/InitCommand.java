package dev.connectsim.cli;

import dev.connectsim.project.Scaffold;
import dev.connectsim.project.ScaffoldRefused;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code connect-sim init [DIR]}: writes a new project that passes on its first run ({@link Scaffold}). Exit 0 when
 * written; 2, with one line and nothing written, when any of its files exists already.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Writes a new connect-sim project into DIR (default: the current folder): an inbound flow and"
                + " an agent-transfer flow with the instance file, a feature per kind of test (a call through a"
                + " flow, a transfer, a Lambda failure, a Salesforce fault), the Service Cloud Voice stubs, a"
                + " README, a .gitignore, a GitHub Actions workflow and a pom.xml for Maven.",
            "It never overwrites: when any of its files exists in DIR, it writes nothing."})
final class InitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "Where the project goes (made when missing).")
    private Path folder = Path.of("");

    @Override
    public Integer call() {
        Path into = folder.toAbsolutePath().normalize();
        List<Path> written;
        try {
            written = Scaffold.template().writeInto(into, VersionProvider.version());
        } catch (ScaffoldRefused e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.root().name() + ": " + e.getMessage());
            err.flush();
            return OneLineErrorHandler.EXIT_BAD_USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("connect-sim: wrote " + written.size() + " files into " + into);
        out.println("next: cd " + into + " && connect-sim run");
        out.flush();
        return 0;
    }
}

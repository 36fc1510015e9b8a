package dev.connectsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line as {@code connect-sim} would, keeping what it printed on stdout and stderr. */
final class Cli {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs {@code args}; returns the exit code. */
    int run(String... args) {
        var commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}

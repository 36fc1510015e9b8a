package dev.connectsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the command line as {@code connect-sim} would, keeping what it printed on stdout and stderr. */
final class Cli {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs {@code args}; returns the exit code. */
    int run(String... args) {
        var commandLine = Main.commandLine(args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** The last line printed on stdout, read as JSON: the figures of {@code bench}. */
    JsonNode lastLineAsJson() throws IOException {
        String[] lines = out.toString().strip().split("\\R");
        return new ObjectMapper().readTree(lines[lines.length - 1]);
    }

    /**
     * Runs {@code args}, also keeping what went to System.out (Cucumber plugins print there) ahead of what the
     * command printed itself; not in parallel.
     */
    synchronized int runPrintingToSystemOut(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return run(args);
        } finally {
            System.setOut(original);
            String own = out.toString();
            out.getBuffer().setLength(0);
            out.write(captured.toString(StandardCharsets.UTF_8) + own);
        }
    }
}

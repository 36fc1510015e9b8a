package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(CommandLine commandLine, String... args) {
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int run(String... args) {
        return run(Main.commandLine(args), args);
    }

    @Test
    void helpListsTheSubcommandsAndExitsZero() {
        int exitCode = run("--help");

        assertEquals(0, exitCode);
        assertTrue(out.toString().contains("Usage: connect-sim"), out.toString());
        assertTrue(out.toString().contains("Commands:"), out.toString());
        assertTrue(out.toString().contains("  help "), out.toString());
        assertTrue(out.toString().contains("  demo "), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void helpSubcommandPrintsUsageAndExitsZero() {
        assertEquals(0, run("help"));
        assertTrue(out.toString().contains("Usage: connect-sim"), out.toString());
    }

    /** Main builds only the subcommand its arguments name; that one's help is whole, validate's rule table too. */
    @Test
    void aSubcommandsHelpIsWholeWhenOnlyItIsBuilt() {
        assertEquals(1, Main.commandLine("validate", "--help").getSubcommands().size());

        assertEquals(0, run("validate", "--help"));

        assertTrue(out.toString().contains("Usage: connect-sim validate"), out.toString());
        assertTrue(out.toString().contains("Rules (--rules says what each checks):"), out.toString());
        assertTrue(out.toString().contains("--project=DIR"), out.toString());
    }

    @Test
    void versionPrintsTheProjectVersion() {
        int exitCode = run("--version");

        assertEquals(0, exitCode);
        String version = out.toString().strip();
        assertTrue(version.matches("connect-sim \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), version);
    }

    @Test
    void unknownOptionExitsTwoAndNamesTheOption() {
        int exitCode = run("--bogus");

        assertEquals(2, exitCode);
        String firstLine = err.toString().lines().findFirst().orElse("");
        assertTrue(firstLine.contains("--bogus"), err.toString());
        assertTrue(err.toString().contains("Usage: connect-sim"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void unknownSubcommandExitsTwoAndNamesIt() {
        int exitCode = run("bogus");

        assertEquals(2, exitCode);
        assertTrue(err.toString().contains("'bogus'"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void noArgumentsExitsTwoWithUsage() {
        int exitCode = run();

        assertEquals(2, exitCode);
        assertTrue(err.toString().contains("Missing required subcommand"), err.toString());
        assertTrue(err.toString().contains("Usage: connect-sim"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void plainCommandLineAlsoReportsBadUsage() {
        assertEquals(2, run(new CommandLine(new Main()), "--bogus"));
        assertEquals(2, run(new CommandLine(new Main())));
    }

    @Test
    void failingCommandPrintsOneLineAndExitsOne() {
        CommandLine commandLine = Main.commandLine().addSubcommand(new Failing());

        int exitCode = run(commandLine, "fail");

        assertEquals(1, exitCode);
        assertEquals("connect-sim: flows/broken.json: action 3f2a: unknown type" + System.lineSeparator(),
                err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void failureWithoutMessageNamesTheExceptionType() {
        CommandLine commandLine = Main.commandLine().addSubcommand(new Failing(null));

        assertEquals(1, run(commandLine, "fail"));
        assertEquals("connect-sim: IllegalStateException" + System.lineSeparator(), err.toString());
    }

    @Command(name = "fail")
    static final class Failing implements Runnable {
        private final String message;

        Failing() {
            this("flows/broken.json: action 3f2a: unknown type");
        }

        Failing(String message) {
            this.message = message;
        }

        @Override
        public void run() {
            throw new IllegalStateException(message);
        }
    }
}

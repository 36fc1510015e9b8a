package dev.connectsim.harness.report;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * How a run shows its progress: a progress bar for a person at a terminal, plain lines for a log. A bar redraws its
 * line with carriage returns, which a CI log shows as one line per redraw, so the bar is drawn only when standard
 * output is a terminal, {@code CI} is unset, empty or {@code false} (CI services set it to {@code true}), and
 * {@code TERM} is not {@code dumb}.
 *
 * <p>Design note: the decision takes its inputs (the environment, whether there is a terminal) as arguments so it is
 * tested without a terminal; {@link #ofThisProcess()} feeds it this process's. Java 17 to 21 give a
 * {@link System#console()} only when standard input and output are a terminal; from Java 22 on there is always one,
 * and its {@code isTerminal()} (looked up by reflection, the build targets 17) says whether it is.
 */
public enum ProgressOutput {
    /** A progress bar redrawn in place, closed before anything else is printed. */
    BAR,
    /** One plain line per finished scenario; never a carriage return. */
    LINES;

    /** The output for a process with {@code environment} whose standard output is a terminal or not. */
    public static ProgressOutput of(Map<String, String> environment, boolean terminal) {
        String ci = environment.getOrDefault("CI", "");
        boolean onCi = !ci.isEmpty() && !ci.equalsIgnoreCase("false");
        boolean dumb = "dumb".equals(environment.get("TERM"));
        return terminal && !onCi && !dumb ? BAR : LINES;
    }

    /** The output for this process: its environment and whether its standard output is a terminal. */
    public static ProgressOutput ofThisProcess() {
        return of(System.getenv(), isTerminal(System.console()));
    }

    /** Whether {@code console} (what {@link System#console()} gave) is a terminal. */
    static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        Method isTerminal;
        try {
            isTerminal = Console.class.getMethod("isTerminal");
        } catch (NoSuchMethodException e) {
            return true;
        }
        try {
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot ask the console whether it is a terminal", e);
        }
    }
}

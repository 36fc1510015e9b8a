package dev.connectsim.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bar or plain lines: a bar only for a person at a terminal, never in a CI log, a pipe or a dumb terminal. */
class ProgressOutputTest {

    private static final Map<String, String> AT_A_DESK = Map.of("TERM", "xterm-256color");

    @Test
    void aTerminalGetsTheBar() {
        assertEquals(ProgressOutput.BAR, ProgressOutput.of(AT_A_DESK, true));
        assertEquals(ProgressOutput.BAR, ProgressOutput.of(Map.of(), true), "no TERM at all, as on Windows");
    }

    @Test
    void aPipeOrAFileGetsPlainLines() {
        assertEquals(ProgressOutput.LINES, ProgressOutput.of(AT_A_DESK, false));
    }

    @Test
    void aCiServiceGetsPlainLinesEvenWhenItGivesATerminal() {
        assertEquals(ProgressOutput.LINES, ProgressOutput.of(Map.of("CI", "true", "TERM", "xterm"), true));
        assertEquals(ProgressOutput.LINES, ProgressOutput.of(Map.of("CI", "1", "TERM", "xterm"), true));
        assertEquals(ProgressOutput.LINES, ProgressOutput.of(Map.of("CI", "woodpecker", "TERM", "xterm"), true));
    }

    @Test
    void ciSetToFalseOrEmptyIsNoCi() {
        assertEquals(ProgressOutput.BAR, ProgressOutput.of(Map.of("CI", "false", "TERM", "xterm"), true));
        assertEquals(ProgressOutput.BAR, ProgressOutput.of(Map.of("CI", "FALSE", "TERM", "xterm"), true));
        assertEquals(ProgressOutput.BAR, ProgressOutput.of(Map.of("CI", "", "TERM", "xterm"), true));
    }

    @Test
    void aDumbTerminalGetsPlainLines() {
        assertEquals(ProgressOutput.LINES, ProgressOutput.of(Map.of("TERM", "dumb"), true));
    }

    @Test
    void aProcessWhoseOutputIsCapturedIsNotAtATerminal() {
        // Maven captures the tests' output: Java 17 gives no console, Java 22 and later one that is no terminal.
        assertFalse(ProgressOutput.isTerminal(System.console()));
    }
}

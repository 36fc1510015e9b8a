package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code connect-sim bench}: small runs in both modes print one JSON object whose figures hold together; bad option
 * values are one line and exit 2. No wall-clock bound here: speed is the benchmark's to measure, not a test's.
 */
class BenchCommandTest {

    private static final List<String> FIELDS = List.of("contacts", "wallSeconds", "contactsPerSecond",
            "virtualSeconds", "virtualToWallRatio", "p50MicrosPerContact", "p99MicrosPerContact", "peakHeapBytes",
            "heapBytesPerLiveContact", "lostContacts");

    /** Over HTTP, 50 calls: every VoiceCall costs a signed token and a real request, and the build stays fast. */
    @ParameterizedTest
    @CsvSource({"memory, 200", "http, 50"})
    void aSmallRunEndsWithOneJsonObjectWhoseFiguresHoldTogether(String mode, int calls) throws IOException {
        Cli cli = new Cli();

        int exit = cli.run("bench", "--contacts", String.valueOf(calls), "--mode", mode, "--warm-up", "0",
                "--shards", "1", "--live", mode.equals("memory") ? String.valueOf(calls) : "0");

        assertEquals(0, exit, cli.err.toString());
        String[] lines = cli.out.toString().strip().split("\\R");
        JsonNode figures = new ObjectMapper().readTree(lines[lines.length - 1]);
        FIELDS.forEach(field -> assertTrue(figures.has(field), field + " in " + figures));
        assertEquals(calls, figures.get("contacts").asInt());
        assertEquals(mode, figures.get("mode").asText());
        assertEquals(0, figures.get("lostContacts").asInt(), figures.toString());
        assertEquals(calls, figures.get("reachedTarget").asInt(), "every call reaches the partner agent: " + figures);
        assertEquals(2 * calls, figures.get("voiceCalls").asInt(), "one VoiceCall for the call, one for its transfer");
        assertTrue(figures.get("virtualSeconds").asDouble() > calls / 5.0, calls + " calls at 5 a second: " + figures);
        assertTrue(figures.get("wallSeconds").asDouble() > 0);
        assertTrue(figures.get("p99MicrosPerContact").asDouble() >= figures.get("p50MicrosPerContact").asDouble());
        if (mode.equals("memory")) {
            assertTrue(figures.get("heapBytesPerLiveContact").asLong() > 0, "calls held on the line take heap");
            assertEquals(calls, figures.get("liveContactsMeasured").asInt());
        }
        assertTrue(figures.get("peakHeapBytes").asLong() > 0);
        assertTrue(figures.get("allocatedBytesPerContact").asLong() > 1_000,
                "a call makes contacts, connections and events: " + figures);
        assertTrue(figures.get("garbageCollector").asText().matches("\\w.*"), "the collector is named: " + figures);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--contacts|0|--contacts must be at least 1, was 0",
        "--contacts|many|Invalid value for option '--contacts': 'many' is not an int",
        "--arrival-rate|-3|--arrival-rate must be a positive number of calls per second, was -3.0",
        "--mode|quantum|Invalid value for option '--mode'",
        "--agents|0|--agents must be at least 1, was 0",
        "--shards|0|--shards must be at least 1, was 0",
        "--live|-1|--live must not be negative, was -1",
    })
    void aBadOptionValueIsOneLineNamingItAndExit2(String option, String value, String message) {
        Cli cli = new Cli();

        int exit = cli.run("bench", option, value);

        assertEquals(2, exit);
        String err = cli.err.toString();
        assertEquals(1, err.strip().lines().count(), err);
        assertTrue(err.startsWith("connect-sim: " + message), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
        assertEquals("", cli.out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--bogus", "--contacts"})
    void anUnknownOptionOrAMissingValueIsOneLineAndExit2(String argument) {
        Cli cli = new Cli();

        assertEquals(2, cli.run("bench", argument));
        assertEquals(1, cli.err.toString().strip().lines().count(), cli.err.toString());
    }
}

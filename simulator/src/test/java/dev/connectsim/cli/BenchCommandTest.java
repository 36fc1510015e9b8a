package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
            "heapBytesPerLiveContact", "lostContacts", "jitCompileMillis");

    /** Over HTTP, 50 calls: every VoiceCall costs a signed token and a real request, and the build stays fast. */
    @ParameterizedTest
    @CsvSource({"memory, 200", "http, 50"})
    void aSmallRunEndsWithOneJsonObjectWhoseFiguresHoldTogether(String mode, int calls) throws IOException {
        Cli cli = new Cli();

        int exit = cli.run("bench", "--contacts", String.valueOf(calls), "--mode", mode, "--warm-up", "0",
                "--shards", "1", "--live", mode.equals("memory") ? String.valueOf(calls) : "0", "--floor-batch", "30");

        assertEquals(0, exit, cli.err.toString());
        JsonNode figures = cli.lastLineAsJson();
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
        assertTrue(figures.get("jitCompileMillis").asLong() > 0,
                "with no warm-up the JIT compiles while the run is timed, and the report says so: " + figures);
        if (mode.equals("memory")) {
            List.of("httpRequests", "httpFloorMicrosPerRequest", "fractionOfFloor").forEach(field ->
                    assertFalse(figures.has(field), "no request, no floor in memory: " + figures));
        } else {
            assertTheRunIsMeasuredAgainstItsFloor(figures, calls);
        }
    }

    /**
     * Over HTTP the JSON sets the run's process CPU per request beside its floor's (one token signed and one round
     * trip, measured alone in the same JVM after the run): the fraction is one divided by the other, and a floor is
     * part of what each request of the run does, so it is not far above the run's cost.
     */
    private static void assertTheRunIsMeasuredAgainstItsFloor(JsonNode figures, int calls) {
        assertEquals(2 * calls, figures.get("httpRequests").asLong(), "one request per VoiceCall: " + figures);
        double perRequest = figures.get("processCpuMicrosPerRequest").asDouble();
        assertEquals(figures.get("processCpuSeconds").asDouble() * 1e6 / (2 * calls), perRequest, perRequest / 100,
                figures.toString());
        double floor = figures.get("httpFloorMicrosPerRequest").asDouble();
        assertTrue(floor > 0, "signing and a round trip cost CPU: " + figures);
        double fraction = figures.get("fractionOfFloor").asDouble();
        assertEquals(floor / perRequest, fraction, 0.01, figures.toString());
        assertTrue(fraction > 0 && fraction < 2, "the floor is part of each request's cost: " + figures);
        assertEquals(7, figures.get("httpFloorBatchMicros").size(), "the floor is the median of 7 batches: " + figures);
        JsonNode byThreads = figures.get("httpMicrosPerRequestByThreads");
        double split = 0;
        for (JsonNode group : byThreads.get("run")) {
            split += group.asDouble();
        }
        assertEquals(perRequest, split, 1, "the run's split by threads adds up to its CPU per request: " + byThreads);
        assertTrue(byThreads.get("run").get("callers").asDouble() > 0, byThreads.toString());
        assertTrue(byThreads.get("floor").get("callers").asDouble() > 0, byThreads.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--contacts|0|--contacts must be at least 1, was 0",
        "--contacts|many|Invalid value for option '--contacts': 'many' is not an int",
        "--arrival-rate|-3|--arrival-rate must be a positive number of calls per second, was -3.0",
        "--mode|quantum|Invalid value for option '--mode'",
        "--agents|0|--agents must be at least 1 (0 only with --number), was 0",
        "--agents|60000|--agents 60000 over 1 shard(s) is more than 50000 agents in one simulation",
        "--press|1|--press needs --number: the agent-transfer calls meet no input block",
        "--number|+19995550000|--number +19995550000: the instance has no such phone number; it has +18005550100,"
            + " +18005550101, +18005550200",
        "--live|2000000000|this bench would hold about 3814.7 GB at once (2,000,000,000 calls going on",
        "--shards|0|--shards must be at least 1, was 0",
        "--live|-1|--live must not be negative, was -1",
        "--floor-batch|-1|--floor-batch must not be negative, was -1",
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

    /** Options that are bad only together, or whose run would not fit: refused before anything runs. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--number +18005550101 --press 1,x2|--press: a caller can press 0-9, * and #; 'x2' has other keys",
        "--contacts 2000000000 --arrival-rate 1000000 --shards 50 --warm-up 0 --live 0|this bench would hold about"
            + " 124.0 GB at once (65,000,050 calls going on at about 2.0 KB each",
        "--number +18005550101 --agents 1000000 --live 0 --warm-up 0|this bench would hold about 59.3 GB at once",
        "--shards 3 --contacts 2|--shards must not be more than --contacts (2), was 3",
        "--arrival-rate 1000000|--arrival-rate 1,000,000 over 1 shard(s) is more than 20,000 calls a second in one"
            + " simulation",
    })
    void aBadCombinationIsOneLineNamingItAndExit2(String arguments, String message) {
        Cli cli = new Cli();
        List<String> args = new ArrayList<>(List.of("bench"));
        args.addAll(List.of(arguments.split(" ")));

        int exit = cli.run(args.toArray(String[]::new));

        assertEquals(2, exit, cli.err.toString());
        String err = cli.err.toString();
        assertEquals(1, err.strip().lines().count(), err);
        assertTrue(err.startsWith("connect-sim: " + message), err);
        assertEquals("", cli.out.toString());
    }

    /**
     * Regression: the default agents grew with the arrival rate whatever --contacts was, so 2,000 calls at 20,000 a
     * second set up 893,000 agents and their partners, ran out of heap after 68 s and exited 1 with no JSON. One
     * answering agent a call is all a run can use.
     */
    @Test
    void theDefaultAgentsAreSizedFromTheCallsAtAHighArrivalRate() throws IOException {
        Cli cli = new Cli();

        int exit = cli.run("bench", "--contacts", "300", "--arrival-rate", "20000", "--warm-up", "0", "--live", "0");

        assertEquals(0, exit, cli.err.toString());
        JsonNode figures = cli.lastLineAsJson();
        assertEquals(300, figures.get("agents").asInt(), figures.toString());
        assertEquals(300, figures.get("reachedTarget").asInt(), "every call has an agent: " + figures);
        assertEquals(0, figures.get("lostContacts").asInt());
    }

    /**
     * The report says how many calls ran before the timed run. Over HTTP that is --warm-up exactly: every call costs
     * milliseconds there, so no rounds follow until the JIT is idle, as they do in memory.
     */
    @Test
    void theReportCountsTheWarmUpCallsPlaced() throws IOException {
        Cli cli = new Cli();

        int exit = cli.run("bench", "--mode", "http", "--contacts", "10", "--warm-up", "4", "--shards", "1", "--live",
                "0", "--floor-batch", "0");

        assertEquals(0, exit, cli.err.toString());
        assertEquals(4, cli.lastLineAsJson().get("warmUpContacts").asInt(), cli.lastLineAsJson().toString());
    }

    /** --number: the calls dial the Customer Menu's number, press 1 then enter an account number, and are queued. */
    @Test
    void callsToANumberRunThroughItsFlowWithTheCallersInput() throws IOException {
        Cli cli = new Cli();

        int exit = cli.run("bench", "--number", "+18005550101", "--press", "1,1234#", "--contacts", "40",
                "--warm-up", "0", "--live", "0");

        assertEquals(0, exit, cli.err.toString());
        JsonNode figures = cli.lastLineAsJson();
        assertEquals(40, figures.get("contacts").asInt());
        assertEquals("Customer Menu", figures.get("flow").asText());
        assertEquals(0, figures.get("lostContacts").asInt(), figures.toString());
        assertEquals(0, figures.get("flowErrors").asInt(), figures.toString());
        assertEquals(40, figures.get("flowRunEnds").get("QUEUED").asInt(), "every call is queued: " + figures);
        assertEquals(1, figures.get("flowRunEnds").size(), figures.toString());
        assertEquals(40, figures.get("reachedTarget").asInt(), "an agent answers every call: " + figures);
        List<String> blocks = new ArrayList<>();
        figures.get("path").forEach(step -> blocks.add(step.get("block").asText()));
        assertEquals(List.of("greet", "lookup", "store-customer", "say-welcome-back", "check-campaign", "menu",
                "ask-account", "store-account", "to-queue", "transfer"), blocks, figures.get("path").toString());
        // The process's CPU is read at the OS's tick (10 ms here), so 40 calls may read 0: present and not negative.
        assertTrue(figures.get("processCpuSeconds").isNumber() && figures.get("processCpuSeconds").asDouble() >= 0,
                figures.toString());
    }

    /** With no agents a queued call waits until its customer hangs up, and the run still ends with every record. */
    @Test
    void callsToANumberWithNoAgentsEndWhenTheirCustomersHangUp() throws IOException {
        Cli cli = new Cli();

        int exit = cli.run("bench", "--number", "+18005550101", "--agents", "0", "--contacts", "30", "--warm-up",
                "0", "--live", "0");

        assertEquals(0, exit, cli.err.toString());
        JsonNode figures = cli.lastLineAsJson();
        assertEquals(0, figures.get("reachedTarget").asInt(), figures.toString());
        assertEquals(0, figures.get("lostContacts").asInt(), figures.toString());
        assertEquals("say-no-input", figures.get("path").get(6).get("block").asText(),
                "nothing pressed: the menu times out: " + figures.get("path"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--bogus", "--contacts"})
    void anUnknownOptionOrAMissingValueIsOneLineAndExit2(String argument) {
        Cli cli = new Cli();

        assertEquals(2, cli.run("bench", argument));
        assertEquals(1, cli.err.toString().strip().lines().count(), cli.err.toString());
    }
}

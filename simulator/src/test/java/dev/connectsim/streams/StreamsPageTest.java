package dev.connectsim.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.contact.ConnectionState;
import dev.connectsim.contact.Party;
import dev.connectsim.sim.Simulation;
import dev.connectsim.telephony.ThirdPartyBehavior;
import dev.connectsim.testing.Calls;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamsPageTest {

    @AfterAll
    static void stopHosts() {
        NodeHosts.closeAll();
    }

    static Path script(String name) {
        try {
            return Path.of(StreamsPageTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPageOnTheRealStreamsLibraryAcceptsACallAndSeesItConnected() {
        Simulation sim = Calls.simulation(42);
        try (CcpPages pages = new CcpPages(sim)) {
            AgentPage page = pages.open("alice", StreamsBundle.pinned(), ResponseOrder.RESPONSE_FIRST);
            page.load(script("accept-and-log.js"), "accept-and-log.js");
            String id = sim.inboundCall(Calls.CUSTOMER, "BasicQueue");
            sim.runFor(Duration.ofSeconds(5));

            assertEquals(ConnectionState.CONNECTED, Calls.partyState(sim, id, Party.AGENT));
            assertEquals("[\"connecting\",\"accepted\",\"connected\"]", page.read("seen"));
            List<String> lines = page.logs().stream().map(PageLog::text).toList();
            assertEquals("agent Available Basic", lines.get(0));
            assertTrue(lines.contains("accepted " + id), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("connected to " + Calls.CUSTOMER)), lines.toString());
            assertEquals(List.of(), page.problems());
        }
    }

    @Test
    void withTheSnapshotFirstThePageSeesTheCallConnectedBeforeItsAcceptSucceeds() {
        Simulation sim = Calls.simulation(42);
        try (CcpPages pages = new CcpPages(sim)) {
            AgentPage page = pages.open("alice", StreamsBundle.pinned(), ResponseOrder.SNAPSHOT_FIRST);
            page.load(script("accept-and-log.js"), "accept-and-log.js");
            sim.inboundCall(Calls.CUSTOMER, "BasicQueue");
            sim.runFor(Duration.ofSeconds(5));

            assertEquals("[\"connecting\",\"connected\",\"accepted\"]", page.read("seen"),
                    "with the response first (the default) it is connecting, accepted, connected");
        }
    }

    @Test
    void aBundleThatIsNotStreamsIsRefusedInOneLine(@TempDir Path temp) throws IOException {
        Path bundle = Files.writeString(temp.resolve("not-streams.js"), "var notConnect = {};\n");
        try (CcpPages pages = new CcpPages(Calls.simulation(42))) {
            CcpPageException e = assertThrows(CcpPageException.class, () -> pages.open("alice",
                    StreamsBundle.file(bundle, "vendor/not-streams.js"), ResponseOrder.RESPONSE_FIRST));

            assertEquals("vendor/not-streams.js: this is not the Amazon Connect Streams library (after loading it,"
                    + " there is no global connect)", e.getMessage());
        }
    }

    @Test
    void aScriptThatDoesNotParseNamesItsFileLineAndColumn(@TempDir Path temp) throws IOException {
        Path script = Files.writeString(temp.resolve("bad.js"), "function ok() {}\nfunction broken() {\n  let a = ;\n}\n");
        try (CcpPages pages = new CcpPages(Calls.simulation(42))) {
            AgentPage page = pages.open("alice", StreamsBundle.pinned(), ResponseOrder.RESPONSE_FIRST);

            CcpPageException e = assertThrows(CcpPageException.class, () -> page.load(script, "ccp/bad.js"));

            assertEquals("ccp/bad.js:3:11: SyntaxError: Unexpected token ';'", e.getMessage());
        }
    }

    @Test
    void callingAFunctionThePageDoesNotDefineNamesTheNearestItDoes() {
        try (CcpPages pages = new CcpPages(Calls.simulation(42))) {
            AgentPage page = pages.open("alice", StreamsBundle.pinned(), ResponseOrder.RESPONSE_FIRST);
            page.load(script("accept-and-log.js"), "ccp/accept-and-log.js");

            CcpPageException e = assertThrows(CcpPageException.class, () -> page.call("throwInHandlr", List.of()));

            assertEquals("alice's CCP defines no function throwInHandlr (scripts: ccp/accept-and-log.js) (did you mean"
                    + " 'throwInHandler'?); it defines: throwInHandler, logRandom, sendDigitsToCustomer", e.getMessage());
        }
    }

    @Test
    void theSameSeedGivesTheSameTimelineAndAnotherSeedAnotherRandom() {
        List<String> first = timeline(42);
        List<String> again = timeline(42);
        List<String> other = timeline(43);

        assertEquals(first, again);
        assertTrue(first.stream().anyMatch(l -> l.contains("holdConnection")), first.toString());
        assertTrue(first.stream().anyMatch(l -> l.contains("cold transfer done")), first.toString());
        assertNotEquals(randomLine(first), randomLine(other));
    }

    private static String randomLine(List<String> timeline) {
        return timeline.stream().filter(l -> l.contains("random ")).findFirst().orElseThrow();
    }

    /** A cold transfer by ccp/transfers.js: every scheduler event and every page log line, with its instant. */
    private static List<String> timeline(long seed) {
        return transferTimeline(seed, (sim, page) -> {
            page.call("logRandom", List.of());
            page.call("coldTransferToDestination", List.of(Calls.EXTERNAL));
            sim.runFor(Duration.ofSeconds(30));
        });
    }

    /**
     * A call alice's page (running ccp/transfers.js) has accepted, then {@code transfer} by that page: every scheduler
     * event and every page log line, with its instant; the page must report no problem.
     */
    private static List<String> transferTimeline(long seed, BiConsumer<Simulation, AgentPage> transfer) {
        Simulation sim = Calls.simulation(seed);
        sim.phoneBook().set(Calls.EXTERNAL, ThirdPartyBehavior.answersAfter(Duration.ofSeconds(5)));
        List<String> events = new ArrayList<>();
        sim.scheduler().addListener(e -> events.add(e.at() + " " + e.description()));
        try (CcpPages pages = new CcpPages(sim)) {
            AgentPage page = pages.open("alice", StreamsBundle.pinned(), ResponseOrder.RESPONSE_FIRST);
            page.load(script("accept-and-log.js"), "accept-and-log.js");
            page.load(Path.of("..", "ccp", "transfers.js"), "ccp/transfers.js");
            sim.inboundCall(Calls.CUSTOMER, "BasicQueue");
            sim.runFor(Duration.ofSeconds(3));
            transfer.accept(sim, page);
            page.logs().forEach(l -> events.add(l.at() + " log " + l.text()));
            assertEquals(List.of(), page.problems());
        }
        return events;
    }

    @Test
    void aWarmTransferWithSwapsGivesTheSameTimelineForTheSameSeed() {
        List<String> first = warmTimeline(42);

        assertEquals(first, warmTimeline(42));
        assertTrue(first.stream().anyMatch(l -> l.contains("toggleActiveConnections")), first.toString());
        assertTrue(first.stream().anyMatch(l -> l.contains("warm transfer done")), first.toString());
    }

    /** A warm transfer by ccp/transfers.js, two swaps, then join and leave: scheduler events and page log lines. */
    private static List<String> warmTimeline(long seed) {
        return transferTimeline(seed, (sim, page) -> {
            page.call("warmTransferToDestination", List.of(Calls.EXTERNAL));
            sim.runFor(Duration.ofSeconds(10));
            assertEquals("\"consulting\"", page.read("transferPhase"));
            page.call("swapParties", List.of());
            sim.runFor(Duration.ofSeconds(2));
            page.call("swapParties", List.of());
            sim.runFor(Duration.ofSeconds(2));
            page.call("joinAndLeave", List.of());
            sim.runFor(Duration.ofSeconds(10));
        });
    }

    @Test
    void anExceptionInAHandlerThatStreamsSwallowsIsAProblemWithItsStack() {
        Simulation sim = Calls.simulation(42);
        try (CcpPages pages = new CcpPages(sim)) {
            AgentPage page = pages.open("alice", StreamsBundle.pinned(), ResponseOrder.RESPONSE_FIRST);
            page.load(script("accept-and-log.js"), "ccp/accept-and-log.js");
            page.call("throwInHandler", List.of());
            sim.runFor(Duration.ofSeconds(1));

            List<PageProblem> problems = pages.newProblems();
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).describe().contains("Cannot read properties of null (reading 'boom')"),
                    problems.get(0).describe());
            assertTrue(problems.get(0).describe().contains("at Subscription.f (ccp/accept-and-log.js:19:36)"), problems.get(0).describe());
        }
    }

    /** DTMF from the agent's side reaches no modelled party: the page hears an error and the scenario fails, saying so. */
    @Test
    void digitsSentFromThePageAreNotModelledAndSayWhich() {
        Simulation sim = Calls.simulation(42);
        try (CcpPages pages = new CcpPages(sim)) {
            AgentPage page = pages.open("alice", StreamsBundle.pinned(), ResponseOrder.RESPONSE_FIRST);
            page.load(script("accept-and-log.js"), "ccp/accept-and-log.js");
            sim.inboundCall(Calls.CUSTOMER, "BasicQueue");
            sim.runFor(Duration.ofSeconds(5));
            page.call("sendDigitsToCustomer", List.of("123#"));
            sim.runFor(Duration.ofSeconds(1));

            List<PageProblem> problems = pages.newProblems();
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).describe().contains("sendDigits"), problems.get(0).describe());
            List<String> lines = page.logs().stream().map(PageLog::text).toList();
            assertTrue(lines.stream().noneMatch(l -> l.equals("digits sent")), lines.toString());
        }
    }
}

package dev.connectsim.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.contact.ConnectionState;
import dev.connectsim.contact.Party;
import dev.connectsim.sim.Simulation;
import dev.connectsim.testing.Calls;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

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
}

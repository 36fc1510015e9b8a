package dev.connectsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.agent.Callbacks;
import dev.connectsim.agent.Contact;
import dev.connectsim.contact.ContactRecord;
import dev.connectsim.contact.Endpoint;
import dev.connectsim.event.EventLog;
import dev.connectsim.telephony.ThirdPartyBehavior;
import dev.connectsim.testing.Calls;
import dev.connectsim.transfer.ColdTransfer;
import dev.connectsim.transfer.TransferOutcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The seed decides everything: the same seed gives the same run, event for event. */
class DeterminismTest {

    /** What one run leaves behind: its full event log and every contact record. */
    private record Run(List<EventLog.Entry> events, List<ContactRecord> records, TransferOutcome outcome) {
    }

    /** A morning's worth of calls: a cold transfer, an agent transfer, a caller who gives up in the queue. */
    private static Run run(long seed) {
        Simulation sim = Calls.simulation(seed);
        sim.phoneBook().set(Calls.EXTERNAL, ThirdPartyBehavior.answersAfter(Duration.ofSeconds(7)));
        Contact first = Calls.callConnectedToAlice(sim);
        ColdTransfer transfer = ColdTransfer.start(first, Endpoint.byPhoneNumber(Calls.EXTERNAL),
                sim.scheduler().clock());
        sim.runUntil(transfer::isDone, Duration.ofMinutes(1));
        first.clear(Callbacks.none());
        sim.agent("bob").setState(dev.connectsim.routing.AgentStatus.AVAILABLE, Callbacks.none());
        sim.runFor(Duration.ofSeconds(2));
        String second = sim.inboundCall("+15550111", "BasicQueue");
        sim.runFor(Duration.ofSeconds(5));
        String abandoned = sim.inboundCall("+15550112", "SupportQueue");
        sim.agent("carol").setState(dev.connectsim.routing.AgentStatus.OFFLINE, Callbacks.none());
        sim.customerHangsUpAfter(abandoned, Duration.ofSeconds(1));
        sim.runFor(Duration.ofSeconds(30));
        sim.customerHangsUp(second);
        sim.runFor(Duration.ofSeconds(5));
        return new Run(sim.eventLog().entries(), sim.contactRecords(), transfer.outcome().orElseThrow());
    }

    @Test
    void twoRunsWithTheSameSeedGiveIdenticalEventLogsAndRecords() {
        Run one = run(42);
        Run two = run(42);
        assertTrue(one.events().size() > 200, "the run is not trivial: " + one.events().size() + " events");
        assertEquals(one.events(), two.events());
        assertEquals(one.records(), two.records());
    }

    @Test
    void aRunWithAnotherSeedStillPassesWithOtherIds() {
        Run one = run(42);
        Run other = run(4242);
        assertInstanceOf(TransferOutcome.Completed.class, other.outcome());
        assertEquals(one.events().size(), other.events().size(), "the same story, told with other ids");
        assertNotEquals(one.records().get(0).contactId(), other.records().get(0).contactId());
    }

    @Test
    void runsInParallelThreadsGiveTheSameResultAsRunsInSequence() throws Exception {
        Run sequential = run(7);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Run>> parallel = pool.invokeAll(List.of(() -> run(7), () -> run(7)));
            for (Future<Run> result : parallel) {
                assertEquals(sequential, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

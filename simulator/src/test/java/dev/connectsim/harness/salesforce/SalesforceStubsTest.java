package dev.connectsim.harness.salesforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.scv.TelephonyToken;
import dev.connectsim.sim.Simulation;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A thread's simulated Salesforce is reused by its next scenario as if it were new. */
class SalesforceStubsTest {

    private static final Path STUBS = Path.of("..", "stubs");
    private static final String CREATE = "/telephony/v1/voiceCalls";
    private static final String BODY = "{\"vendorCallKey\": \"c-1\", \"initiationMethod\": \"Inbound\"}";

    private final StubRequests requests = new StubRequests();
    private int tokenIds;

    @Test
    void theNextScenarioOnAThreadGetsTheSameStubResetToNew() throws IOException, InterruptedException {
        SalesforceStub first = SalesforceStubs.borrow(STUBS);
        String firstId = StubRequests.voiceCallId(create(first));
        first.switchOn(SalesforceFault.CREATE_500);
        first.createAnswersAfter(Duration.ofSeconds(12), 3);
        first.followClock(() -> Simulation.DEFAULT_START.plusSeconds(3600));
        create(first);

        SalesforceStub second = SalesforceStubs.borrow(STUBS);

        assertSame(first, second, "one stub per thread, started once");
        assertEquals(List.of(), second.journal().requests(), "the journal starts empty");
        HttpResponse<String> answer = create(second);
        assertEquals(firstId, StubRequests.voiceCallId(answer), "no fault, and the seed's first id again");
        assertEquals("250", answer.headers().firstValue("X-Connect-Sim-Latency-Ms").orElseThrow(),
                "the file's delay, not a scenario's slow answer");
        assertEquals(Simulation.DEFAULT_START, second.journal().requests().get(0).at(), "the default clock again");
    }

    @Test
    void aThreadsFirstStubIsOneStartedAheadAndActsAsANewOne() throws Exception {
        String freshId;
        try (SalesforceStub fresh = SalesforceStub.start(STUBS)) {
            freshId = StubRequests.voiceCallId(create(fresh));
        }
        SalesforceStubs.prestart(STUBS, 1).get(30, TimeUnit.SECONDS);
        int ahead = SalesforceStubs.spares(STUBS);
        assertTrue(ahead >= 1, "started ahead: " + ahead);

        SalesforceStub[] borrowed = new SalesforceStub[1];
        Thread scenario = new Thread(() -> borrowed[0] = SalesforceStubs.borrow(STUBS));
        scenario.start();
        scenario.join();

        assertEquals(ahead - 1, SalesforceStubs.spares(STUBS), "the thread took the one started ahead");
        assertEquals(freshId, StubRequests.voiceCallId(create(borrowed[0])), "the seed's first id, as a new stub's");
        assertEquals(1, borrowed[0].journal().requests().size(), "its journal held nothing before");
    }

    private HttpResponse<String> create(SalesforceStub stub) throws IOException, InterruptedException {
        String token = new TelephonyToken(stub.settings()).sign(Simulation.DEFAULT_START, "reuse-" + (++tokenIds));
        return requests.send(stub.baseUrl(), "POST", CREATE, Optional.of(token), BODY);
    }
}

package dev.connectsim.harness.salesforce;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.function.Consumer;

/**
 * Stamps each request with the virtual instant it arrived, remembers the token ids Salesforce accepted, and counts
 * down a fault switched on for a number of requests (moving the scenario on to the next fault, or back to normal,
 * before the last faulty response is even sent, so the next request already sees the next stub).
 */
final class StubEvents implements ServeEventListener {

    static final String NAME = "connect-sim-stub-events";

    private final StubState state;
    private final Consumer<String> faultUsedUp;

    StubEvents(StubState state, Consumer<String> faultUsedUp) {
        this.state = state;
        this.faultUsedUp = faultUsedUp;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
        state.arrived(serveEvent.getId());
    }

    @Override
    public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
        StubMapping stub = serveEvent.getStubMapping();
        if (stub != null && SalesforceStub.SCENARIO.equals(stub.getScenarioName())
                && stub.getRequiredScenarioState() != null && state.servedByFault(stub.getRequiredScenarioState())) {
            faultUsedUp.accept(stub.getRequiredScenarioState());
        }
        if (serveEvent.getResponseDefinition().getStatus() != 401) {
            TokenVerifier.tokenId(serveEvent.getRequest().getHeader("Authorization")).ifPresent(state::useTokenId);
        }
    }
}

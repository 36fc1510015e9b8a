package dev.connectsim.harness.salesforce;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.connectsim.scv.HttpTelephonyApi;
import dev.connectsim.scv.ScvSettings;
import dev.connectsim.sim.Simulation;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One simulated Salesforce for one scenario: an embedded WireMock on 127.0.0.1 and a dynamic port, serving a
 * WireMock root ({@code stubs/}), so scenarios run in parallel without sharing state.
 *
 * <pre>{@code
 * try (SalesforceStub salesforce = SalesforceStub.start(Path.of("stubs"))) {
 *     Simulation sim = Simulation.builder(described).salesforce(salesforce.settings()).build();
 *     salesforce.followClock(sim::now);
 *     salesforce.switchOn(SalesforceFault.CREATE_500);
 *     ... run the call ...
 *     salesforce.journal().voiceCallsFor(contactId);
 * }
 * }</pre>
 *
 * <p>The telephony API is served under {@value #TELEPHONY_PATH}; tokens are checked against the call center's key
 * ({@link CallCenterKeys}) and the simulation's clock; delays are charged in virtual time.
 */
public final class SalesforceStub implements AutoCloseable {

    /** The WireMock scenario whose state switches the fault stubs on. */
    public static final String SCENARIO = "salesforce";
    /** Where the telephony API lives on the stub, as on {@code https://<domain>.my.salesforce-scrt.com}. */
    public static final String TELEPHONY_PATH = "/telephony/v1";
    private static final String CUSTOM_SLOW = "create-slow-custom";

    private final WireMockServer server;
    private final StubState state;
    private final ScvSettings settings;
    private final boolean journal;
    /** How many slow answers with a delay of the scenario's own ({@link #createAnswersAfter}) it has added. */
    private int customSlows;

    private SalesforceStub(Path root, long seed, boolean journal) {
        StubFiles.check(root);
        this.journal = journal;
        this.state = new StubState(() -> Simulation.DEFAULT_START, seed, journal);
        TokenVerifier verifier = new TokenVerifier(CallCenterKeys.publicKey(), ScvSettings.DEFAULT_ORG_ID,
                ScvSettings.DEFAULT_CALL_CENTER, state::now, state::tokenIdUsed);
        WireMockConfiguration options = WireMockConfiguration.options();
        if (!journal) {
            options.disableRequestJournal();
        }
        this.server = new WireMockServer(options
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .containerThreads(6)
                .threadPoolFactory(new DaemonThreads())
                .jettyAcceptors(1)
                .http2PlainDisabled(true)
                .http2TlsDisabled(true)
                .stubRequestLoggingDisabled(true)
                .httpClientFactory(new ProxyClientOnFirstUse())
                .usingFilesUnderDirectory(root.toString())
                .extensions(new VirtualLatency(state), new TokenCheck(verifier),
                        new TokenRejection(verifier), new SeededValues(state),
                        new StubEvents(state, fault -> moveToCurrentFault())));
        server.start();
        server.stubFor(any(urlPathMatching(TELEPHONY_PATH + "/.*"))
                .withName("Salesforce telephony API: a token that does not verify is refused")
                .atPriority(1)
                .withHeader("Authorization", matching("Bearer .*"))
                .andMatching(TokenCheck.NAME)
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withTransformers(TokenRejection.NAME)));
        this.settings = ScvSettings.of(URI.create("http://127.0.0.1:" + server.port() + TELEPHONY_PATH), CallCenterKeys.privateKey());
    }

    /** Starts a simulated Salesforce serving the WireMock root {@code root}, with seed 1 for generated values. */
    public static SalesforceStub start(Path root) {
        return start(root, 1);
    }

    /** Starts a simulated Salesforce serving {@code root}; {@code seed} decides generated ids and sampled delays. */
    public static SalesforceStub start(Path root, long seed) {
        return new SalesforceStub(Objects.requireNonNull(root, "root"), seed, true);
    }

    /**
     * Starts a simulated Salesforce for load runs: as {@link #start(Path, long)}, but it keeps no request journal
     * (which would grow with every request), so {@link #journal()} is not available; faults and tokens work alike.
     */
    public static SalesforceStub startWithoutJournal(Path root, long seed) {
        return new SalesforceStub(Objects.requireNonNull(root, "root"), seed, false);
    }

    /** The stub's base URL, {@code http://127.0.0.1:<port>}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** The telephony function's deployment against this stub: default org and call center, the test key pair. */
    public ScvSettings settings() {
        return settings;
    }

    /** The simulation clock the stub checks token expiry against and stamps requests with. */
    public void followClock(Supplier<Instant> clock) {
        state.followClock(Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Switches {@code fault} on for every VoiceCall create request until {@link #switchOff()}, after the faults
     * switched on for a number of requests; a second fault for every request is refused, naming the first.
     */
    public void switchOn(SalesforceFault fault) {
        switchOn(fault, Integer.MAX_VALUE);
    }

    /**
     * Switches {@code fault} on for {@code times} VoiceCall create requests: after those of the faults switched on
     * for a number of requests before it, then back to normal or to the fault switched on for every request.
     */
    public void switchOn(SalesforceFault fault, int times) {
        Objects.requireNonNull(fault, "fault");
        requirePositive(times);
        if (server.getStubMappings().stream().noneMatch(stub -> SCENARIO.equals(stub.getScenarioName())
                && fault.state().equals(stub.getRequiredScenarioState()))) {
            throw new StubsException("the stubs have no mapping for the fault " + fault.state() + " (expected one with"
                    + " \"scenarioName\": \"" + SCENARIO + "\", \"requiredScenarioState\": \"" + fault.state()
                    + "\", as in stubs/mappings/salesforce/faults/" + fault.state() + ".json)");
        }
        state.switchOn(fault.state(), times);
        moveToCurrentFault();
    }

    /**
     * VoiceCall creation answers normally but after {@code delay}, for the next {@code times} create requests: the
     * {@link SalesforceFault#CREATE_SLOW} stub with another delay.
     */
    public void createAnswersAfter(Duration delay, int times) {
        requirePositive(times);
        StubMapping slow = server.getStubMappings().stream()
                .filter(stub -> SalesforceFault.CREATE_SLOW.state().equals(stub.getRequiredScenarioState()))
                .findFirst()
                .orElseThrow(() -> new StubsException("the stubs have no mapping for the fault "
                        + SalesforceFault.CREATE_SLOW.state() + " to take the slow answer from"));
        String customState = CUSTOM_SLOW + "-" + (customSlows++ + 1);
        StubMapping custom = new StubMapping(slow.getRequest(), ResponseDefinitionBuilder.like(slow.getResponse())
                .but().withFixedDelay(Math.toIntExact(delay.toMillis())).build());
        custom.setName("Fault " + customState + ": VoiceCall creation answers after " + delay.toMillis() + " ms");
        custom.setPriority(slow.getPriority());
        custom.setScenarioName(SCENARIO);
        custom.setRequiredScenarioState(customState);
        server.addStubMapping(custom);
        state.switchOn(customState, times);
        moveToCurrentFault();
    }

    /** Back to normal answers. */
    public void switchOff() {
        state.switchOff();
        backToNormal();
    }

    /** Every request received so far, and what they mean. */
    public SalesforceJournal journal() {
        if (!journal) {
            throw new IllegalStateException("this simulated Salesforce keeps no journal (startWithoutJournal):"
                    + " start it with SalesforceStub.start to see its requests");
        }
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        java.util.Collections.reverse(events);
        List<SalesforceRequest> requests = new ArrayList<>();
        for (ServeEvent event : events) {
            requests.add(request(event));
        }
        return new SalesforceJournal(requests);
    }

    /** WireMock's own timing of the request: how long it delayed the answer (0 here: delays are virtual). */
    Optional<Integer> addedDelayOfLastRequest() {
        return server.getAllServeEvents().stream().findFirst().map(event -> event.getTiming().getAddedDelay());
    }

    /**
     * How long WireMock held back its answers in real time, over every request so far, by its own timing: zero, as
     * the stubs' delays are charged in virtual time instead.
     */
    public Duration wallClockDelay() {
        return Duration.ofMillis(server.getAllServeEvents().stream()
                .mapToLong(event -> event.getTiming().getAddedDelay() == null ? 0 : event.getTiming().getAddedDelay())
                .sum());
    }

    /**
     * Makes the stub as it was when it started, for the next scenario: no requests in the journal, no fault, the
     * stubs of the files only, the seed's first values again, the default clock.
     */
    public void reset(long seed) {
        server.getStubMappings().stream().filter(stub -> stub.getRequiredScenarioState() != null
                        && stub.getRequiredScenarioState().startsWith(CUSTOM_SLOW))
                .toList().forEach(server::removeStubMapping);
        customSlows = 0;
        server.resetRequests();
        server.resetScenarios();
        state.reset(() -> Simulation.DEFAULT_START, seed);
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Back to the scenario's initial state ("Started"), where no fault stub matches. */
    private void backToNormal() {
        server.resetScenario(SCENARIO);
    }

    /** Puts the WireMock scenario in the state of the fault that answers the next create, or back to normal. */
    private void moveToCurrentFault() {
        state.currentFault().ifPresentOrElse(fault -> server.setScenarioState(SCENARIO, fault), this::backToNormal);
    }

    private SalesforceRequest request(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        LoggedResponse response = event.getResponse();
        String url = request.getUrl();
        int query = url.indexOf('?');
        String fault = response == null || response.getFault() == null ? null : response.getFault().name();
        return new SalesforceRequest(state.arrivalOf(event.getId()).orElse(state.now()), request.getMethod().getName(),
                query < 0 ? url : url.substring(0, query), headers(request.getHeaders()), request.getBodyAsString(),
                fault != null || response == null ? 0 : response.getStatus(),
                response == null || response.getBodyAsString() == null ? "" : response.getBodyAsString(),
                latency(response), Optional.ofNullable(fault));
    }

    private static Map<String, String> headers(HttpHeaders headers) {
        Map<String, String> values = new LinkedHashMap<>();
        if (headers != null) {
            for (HttpHeader header : headers.all()) {
                values.put(header.key(), header.firstValue());
            }
        }
        return values;
    }

    private static Duration latency(LoggedResponse response) {
        if (response == null || response.getHeaders() == null) {
            return Duration.ZERO;
        }
        HttpHeader header = response.getHeaders().getHeader(HttpTelephonyApi.LATENCY_HEADER);
        return HttpTelephonyApi.latencyOf(header.isPresent() ? Optional.of(header.firstValue()) : Optional.empty());
    }

    private static void requirePositive(int times) {
        if (times < 1) {
            throw new IllegalArgumentException("a fault is switched on for at least 1 request, was " + times);
        }
    }
}

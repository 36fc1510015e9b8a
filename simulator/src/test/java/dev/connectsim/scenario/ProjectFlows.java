package dev.connectsim.scenario;

import dev.connectsim.agent.Callbacks;
import dev.connectsim.agent.Contact;
import dev.connectsim.contact.ContactState;
import dev.connectsim.flow.run.BlockVisit;
import dev.connectsim.flow.run.EndReason;
import dev.connectsim.flow.run.FlowRunRecord;
import dev.connectsim.harness.salesforce.SalesforceStub;
import dev.connectsim.lambda.FunctionConfig;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.lambda.LambdaRegistry;
import dev.connectsim.lambda.LambdaReply;
import dev.connectsim.scv.ScvSettings;
import dev.connectsim.setup.InstanceFile;
import dev.connectsim.setup.SimulatedInstance;
import dev.connectsim.sim.Simulation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The project's own instance and flows ({@code flows/instance.yaml}): with the SCV telephony function against a
 * simulated Salesforce, or replaced by a scripted one: each createTransferVC call takes the next scripted duration
 * and creates VoiceCall {@code 0LQ-TRANSFER-<n>}; createVoiceCall creates {@code 0LQ-INBOUND}.
 */
final class ProjectFlows {

    static final Path INSTANCE_FILE = Path.of("..", "flows", "instance.yaml");
    static final String TELEPHONY_FUNCTION =
            "arn:aws:lambda:us-east-1:123456789012:function:InvokeTelephonyIntegrationApiFunction";
    static final String CALLER = "+15550100";

    final List<String> createTransferCalls = new ArrayList<>();
    private final Deque<Duration> transferDurations;
    final Simulation sim;

    /** The project's instance, where createTransferVC answers after each of {@code durations} in turn. */
    ProjectFlows(Duration... durations) {
        this.transferDurations = new ArrayDeque<>(List.of(durations));
        SimulatedInstance described = InstanceFile.load(INSTANCE_FILE);
        LambdaRegistry lambdas = new LambdaRegistry()
                .bind(TELEPHONY_FUNCTION, FunctionConfig.defaults().withTimeout(Duration.ofSeconds(30)), telephony());
        this.sim = Simulation.builder(described).lambdas(lambdas).build();
    }

    private LambdaFunction telephony() {
        return (event, context) -> {
            if ("createTransferVC".equals(event.parameters().get("methodName"))) {
                createTransferCalls.add(event.contactData().contactId());
                Duration after = transferDurations.isEmpty() ? Duration.ofMillis(300) : transferDurations.poll();
                return LambdaReply.after(after).returns(Map.of("voiceCallId",
                        "0LQ-TRANSFER-" + createTransferCalls.size(), "errors", List.of()));
            }
            return LambdaReply.after(Duration.ofMillis(300)).returns(Map.of("voiceCallId", "0LQ-INBOUND"));
        };
    }

    /**
     * The project's instance as {@code flows/instance.yaml} describes it, with the SCV telephony function bound by
     * default against {@code salesforce}, which follows the simulation's clock.
     */
    ProjectFlows(SalesforceStub salesforce) {
        this(salesforce, salesforce.settings());
    }

    /** As {@link #ProjectFlows(SalesforceStub)}, with the function deployed as {@code settings} say. */
    ProjectFlows(SalesforceStub salesforce, ScvSettings settings) {
        this.transferDurations = new ArrayDeque<>();
        this.sim = Simulation.builder(InstanceFile.load(INSTANCE_FILE)).salesforce(settings).build();
        salesforce.followClock(sim::now);
    }

    /** Alice's CCP view of {@code contactId} once she has it in {@code state}, within {@code within}. */
    Contact aliceHas(String contactId, ContactState state, Duration within) {
        if (!sim.runUntil(() -> stateOf("alice", contactId) == state, within).conditionMet()) {
            throw new AssertionError("alice's CCP never showed " + contactId + " " + state + "; flows ran: "
                    + sim.flows().visits());
        }
        return sim.agent("alice").getContacts().stream().filter(c -> c.getContactId().equals(contactId))
                .findFirst().orElseThrow();
    }

    /** A caller's call reaches alice and she accepts it; returns her view of it, connected. */
    Contact callConnectedToAlice(String contactId) {
        aliceHas(contactId, ContactState.CONNECTING, Duration.ofSeconds(30)).accept(Callbacks.none());
        return aliceHas(contactId, ContactState.CONNECTED, Duration.ofSeconds(5));
    }

    /** Alice dials the quick connect {@code name} from her contact. */
    void aliceTransfersTo(Contact contact, String name) {
        contact.addConnection(sim.instance().quickConnect(name).endpoint(), Callbacks.none());
    }

    /** The contact leg a transfer from {@code contactId} made. */
    dev.connectsim.contact.Contact legFrom(String contactId) {
        return sim.contacts().stream().filter(c -> contactId.equals(c.previousContactId())).findFirst()
                .orElseThrow(() -> new AssertionError("no transfer leg from " + contactId));
    }

    /**
     * A caller's call queued straight to BasicQueue (no inbound flow), accepted by alice and transferred through
     * "Transfer to Bob"; returns the transfer leg once bob's CCP shows it connected and its flow ended transferring
     * to him.
     */
    dev.connectsim.contact.Contact transferToBob() {
        String contactId = sim.inboundCall(CALLER, "BasicQueue");
        aliceTransfersTo(callConnectedToAlice(contactId), "Transfer to Bob");
        return legConnectedToBob(contactId);
    }

    /** The transfer leg from {@code contactId}, once bob has it connected and its flow ended transferring to him. */
    dev.connectsim.contact.Contact legConnectedToBob(String contactId) {
        if (!sim.runUntil(() -> sim.contacts().stream().anyMatch(c -> contactId.equals(c.previousContactId())
                && stateOf("bob", c.contactId()) == ContactState.CONNECTED), Duration.ofSeconds(60)).conditionMet()) {
            throw new AssertionError("bob's CCP never showed the transferred call connected; flows ran: "
                    + sim.flows().visits());
        }
        dev.connectsim.contact.Contact leg = legFrom(contactId);
        FlowRunRecord run = sim.flows().runs().stream().filter(r -> r.contactId().equals(leg.contactId()))
                .findFirst().orElseThrow();
        if (run.reason() != EndReason.TRANSFERRED_TO_AGENT || !run.flowName().equals("Agent Transfer")) {
            throw new AssertionError("the leg's flow " + run.flowName() + " ended " + run.reason()
                    + ", expected Agent Transfer to end TRANSFERRED_TO_AGENT");
        }
        return leg;
    }

    /** The blocks the flows ran on {@code contactId}, in order. */
    List<String> path(String contactId) {
        return sim.flows().visits().stream().filter(v -> v.contactId().equals(contactId))
                .map(BlockVisit::identifier).toList();
    }

    ContactState stateOf(String agent, String contactId) {
        return sim.agent(agent).getContacts().stream().filter(c -> c.getContactId().equals(contactId))
                .findFirst().map(c -> c.getState().type()).orElse(null);
    }
}

package dev.connectsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.agent.Callbacks;
import dev.connectsim.contact.ContactState;
import dev.connectsim.flow.Flow;
import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.FlowParser;
import dev.connectsim.flow.FlowType;
import dev.connectsim.flow.SalesforceExamples;
import dev.connectsim.flow.action.InvokeLambdaFunction;
import dev.connectsim.flow.lint.FlowValidator;
import dev.connectsim.flow.lint.Severity;
import dev.connectsim.flow.run.BlockVisit;
import dev.connectsim.flow.run.EndReason;
import dev.connectsim.flow.run.FlowRunRecord;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.lambda.LambdaRegistry;
import dev.connectsim.lambda.LambdaReply;
import dev.connectsim.routing.AgentBehavior;
import dev.connectsim.routing.Instance;
import dev.connectsim.routing.QuickConnectType;
import dev.connectsim.sim.Simulation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Salesforce sample flow loads, validates with no error, and runs from its StartAction to an end on a
 * simulated call, with its Lambda functions answered by a test handler. Transfer flows run on the leg an agent's
 * quick connect makes; every other flow answers a phone number. A flow that waits forever (a customer-queue
 * loop) ends when the caller hangs up after ten minutes.
 */
class SalesforceCorpusRunTest {

    private static final String CALLER = "+15550100";
    private static final String NUMBER = "+18005550100";
    private static final Pattern PLACEHOLDER = Pattern.compile("%%[^%\\s]+%%");

    static Stream<Path> corpus() {
        return SalesforceExamples.jsonFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void runsFromItsStartToAnEndOnASimulatedCall(Path file) {
        Flow flow = FlowParser.parseFile(file);
        assertEquals(List.of(), FlowValidator.validate(flow).stream()
                .filter(f -> f.severity() == Severity.ERROR).map(Object::toString).toList());
        FlowType type = typeOf(flow, file);
        Simulation sim = simulation(flow, type);

        String contactId = type == FlowType.AGENT_TRANSFER || type == FlowType.QUEUE_TRANSFER
                ? transferLeg(sim, type) : sim.inboundCall(CALLER);
        sim.customerHangsUpAfter(contactId, Duration.ofMinutes(10));
        sim.runUntil(() -> !runsOf(sim, contactId).isEmpty(), Duration.ofMinutes(11));

        List<FlowRunRecord> runs = runsOf(sim, contactId);
        assertFalse(runs.isEmpty(), "the flow never ended; it ran " + visits(sim, contactId));
        FlowRunRecord run = runs.get(0);
        assertNotEquals(EndReason.FLOW_ERROR, run.reason(), run.detail());
        List<BlockVisit> visits = visits(sim, contactId);
        assertTrue(!visits.isEmpty() || run.reason() == EndReason.CALLER_LEFT, "no block ran");
        if (!visits.isEmpty()) {
            assertEquals(flow.startAction().orElseThrow(), visits.get(0).identifier(), "the run began at StartAction");
        }
    }

    private static Simulation simulation(Flow flow, FlowType type) {
        Instance instance = Instance.builder()
                .queue("BasicQueue").queue("TransferQueue")
                .routingProfile("Basic", "BasicQueue")
                .routingProfile("Transfers", "TransferQueue")
                .agent("alice", "Basic")
                .agent("bob", "Transfers", new AgentBehavior.AcceptsAfter(Duration.ofSeconds(2)))
                .phoneNumber(NUMBER, "Sample")
                .quickConnect("To Bob", QuickConnectType.USER, "bob", List.of("BasicQueue"),
                        type == FlowType.AGENT_TRANSFER ? "Sample" : null)
                .quickConnect("To Transfers", QuickConnectType.QUEUE, "TransferQueue", List.of("BasicQueue"),
                        type == FlowType.QUEUE_TRANSFER ? "Sample" : null)
                .build();
        String flowId = "00000000-0000-4000-8000-00000000f10a";
        FlowLibrary flows = FlowLibrary.builder().add(new FlowLibrary.Entry("Sample",
                type == FlowType.AGENT_TRANSFER || type == FlowType.QUEUE_TRANSFER ? type : FlowType.CONTACT_FLOW,
                flowId, instance.arn() + "/contact-flow/" + flowId, flow)).build();
        return Simulation.builder(instance).flows(flows).lambdas(lambdasFor(flow, instance)).build();
    }

    /** Binds every function the flow names to one handler that answers what SCV's functions answer. */
    private static LambdaRegistry lambdasFor(Flow flow, Instance instance) {
        Set<String> arns = new LinkedHashSet<>();
        flow.actions().stream().filter(InvokeLambdaFunction.class::isInstance).map(InvokeLambdaFunction.class::cast)
                .map(InvokeLambdaFunction::lambdaFunctionArn).filter(arn -> arn != null && !arn.startsWith("$."))
                .forEach(arns::add);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("voiceCallId", "0LQ000000000001");
        reply.put("agent", instance.agent("bob").arn());
        reply.put("queue", instance.queue("BasicQueue").arn());
        reply.put("result", "Success");
        LambdaFunction handler = (event, context) -> LambdaReply.after(Duration.ofMillis(200)).returns(reply);
        LambdaRegistry registry = new LambdaRegistry();
        arns.forEach(arn -> registry.bind(PLACEHOLDER.matcher(arn).matches() || arn.startsWith("arn:aws:lambda:")
                ? arn : "arn:aws:lambda:us-east-1:123456789012:function:" + arn, handler));
        return registry;
    }

    /** Alice takes a call from BasicQueue and dials the quick connect that runs the flow; returns the leg. */
    private static String transferLeg(Simulation sim, FlowType type) {
        String contactId = sim.inboundCall(CALLER, "BasicQueue");
        sim.runUntil(() -> aliceState(sim, contactId) == ContactState.CONNECTING, Duration.ofSeconds(10));
        dev.connectsim.agent.Contact alice = aliceContact(sim, contactId);
        alice.accept(Callbacks.none());
        sim.runUntil(() -> aliceState(sim, contactId) == ContactState.CONNECTED, Duration.ofSeconds(10));
        String quickConnect = type == FlowType.AGENT_TRANSFER ? "To Bob" : "To Transfers";
        aliceContact(sim, contactId).addConnection(sim.instance().quickConnect(quickConnect).endpoint(),
                Callbacks.none());
        sim.runUntil(() -> sim.contacts().stream().anyMatch(c -> contactId.equals(c.previousContactId())),
                Duration.ofSeconds(5));
        return sim.contacts().stream().filter(c -> contactId.equals(c.previousContactId())).findFirst()
                .orElseThrow(() -> new AssertionError("the quick connect made no leg")).contactId();
    }

    private static dev.connectsim.agent.Contact aliceContact(Simulation sim, String contactId) {
        return sim.agent("alice").getContacts().stream().filter(c -> c.getContactId().equals(contactId))
                .findFirst().orElseThrow(() -> new AssertionError("alice was never offered " + contactId));
    }

    private static ContactState aliceState(Simulation sim, String contactId) {
        return sim.agent("alice").getContacts().stream().filter(c -> c.getContactId().equals(contactId))
                .findFirst().map(c -> c.getState().type()).orElse(null);
    }

    /** The flow's type as the file says; bare exports do not say, and their names do. */
    private static FlowType typeOf(Flow flow, Path file) {
        if (flow.type().isPresent()) {
            return flow.type().get();
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.contains("transfer flow for agent")) {
            return FlowType.AGENT_TRANSFER;
        }
        if (name.contains("transfer flow for queue") || name.contains("transfer flow for omni")) {
            return FlowType.QUEUE_TRANSFER;
        }
        return FlowType.CONTACT_FLOW;
    }

    private static List<FlowRunRecord> runsOf(Simulation sim, String contactId) {
        return sim.flows().runs().stream().filter(r -> r.contactId().equals(contactId)).toList();
    }

    private static List<BlockVisit> visits(Simulation sim, String contactId) {
        return sim.flows().visits().stream().filter(v -> v.contactId().equals(contactId)).toList();
    }
}

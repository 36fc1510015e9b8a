package dev.connectsim.scenario;

import dev.connectsim.agent.Callbacks;
import dev.connectsim.agent.Contact;
import dev.connectsim.contact.ContactState;
import dev.connectsim.lambda.FunctionConfig;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.lambda.LambdaRegistry;
import dev.connectsim.lambda.LambdaReply;
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
 * The project's own instance and flows ({@code flows/instance.yaml}), with the SCV telephony function replaced by
 * a scripted one: each createTransferVC call takes the next scripted duration and creates VoiceCall
 * {@code 0LQ-TRANSFER-<n>}; createVoiceCall creates {@code 0LQ-INBOUND}.
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

    ContactState stateOf(String agent, String contactId) {
        return sim.agent(agent).getContacts().stream().filter(c -> c.getContactId().equals(contactId))
                .findFirst().map(c -> c.getState().type()).orElse(null);
    }
}

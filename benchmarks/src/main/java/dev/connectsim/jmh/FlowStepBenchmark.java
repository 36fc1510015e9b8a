package dev.connectsim.jmh;

import dev.connectsim.contact.Contact;
import dev.connectsim.contact.ContactType;
import dev.connectsim.contact.InitiationMethod;
import dev.connectsim.contact.QueueInfo;
import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.FlowParser;
import dev.connectsim.flow.FlowType;
import dev.connectsim.flow.run.CallHandling;
import dev.connectsim.flow.run.FlowEngine;
import dev.connectsim.flow.run.FlowTimings;
import dev.connectsim.flow.run.QueueMetric;
import dev.connectsim.flow.run.RunKind;
import dev.connectsim.lambda.LambdaRegistry;
import dev.connectsim.lambda.LambdaRuntime;
import dev.connectsim.lambda.RetryPolicy;
import dev.connectsim.routing.AgentProfile;
import dev.connectsim.routing.Instance;
import dev.connectsim.time.Scheduler;
import dev.connectsim.time.SimRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;

/**
 * The flow interpreter advancing one block: a contact runs a flow whose Loop goes round {@value #ROUNDS} times
 * through an UpdateContactAttributes block that reads a {@code $.} reference, then disconnects; the time of one run
 * divided by its {@value #BLOCKS} blocks is the time of one block (transitions, the Loop counter, the reference, the
 * attribute). No history is kept, as in a load run.
 */
public class FlowStepBenchmark extends HotPath {

    static final int ROUNDS = 100;
    /** Each round a Loop and an UpdateContactAttributes; then the Loop once more, done, and DisconnectParticipant. */
    static final int BLOCKS = 2 * ROUNDS + 2;

    private static final String FLOW = """
            {"Version": "2019-10-30", "StartAction": "rounds",
             "Metadata": {"name": "Bench Steps", "type": "contactFlow"},
             "Actions": [
              {"Identifier": "rounds", "Type": "Loop", "Parameters": {"LoopCount": "%d"},
               "Transitions": {"NextAction": "bye", "Errors": [], "Conditions": [
                 {"NextAction": "bye", "Condition": {"Operator": "Equals", "Operands": ["DoneLooping"]}},
                 {"NextAction": "note", "Condition": {"Operator": "Equals", "Operands": ["ContinueLooping"]}}]}},
              {"Identifier": "note", "Type": "UpdateContactAttributes",
               "Parameters": {"Attributes": {"caller": "$.CustomerEndpoint.Address"}},
               "Transitions": {"NextAction": "rounds", "Conditions": [],
                 "Errors": [{"NextAction": "rounds", "ErrorType": "NoMatchingError"}]}},
              {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}
             ]}
            """.formatted(ROUNDS);

    private Scheduler scheduler;
    private FlowEngine engine;
    private FlowLibrary.Entry flow;
    private long contacts;

    @Setup
    public void engine() {
        scheduler = new Scheduler(Instant.parse("2026-01-05T09:00:00Z"));
        Instance instance = Instance.builder().queue("BasicQueue").build();
        SimRandom random = new SimRandom(1);
        LambdaRuntime lambdas = new LambdaRuntime(scheduler, new LambdaRegistry(), random, RetryPolicy.connectDefault(),
                false);
        engine = new FlowEngine(scheduler, instance, FlowLibrary.empty(), lambdas, new NoCalls(),
                FlowTimings.defaults().withMaxBlocksPerContact(10 * BLOCKS), false);
        flow = new FlowLibrary.Entry("Bench Steps", FlowType.CONTACT_FLOW, "bench-steps",
                instance.arnOf("contact-flow", "bench-steps"), FlowParser.parseText("bench-steps.json", FLOW));
    }

    @Benchmark
    @OperationsPerInvocation(BLOCKS)
    public Contact oneBlock() {
        Contact contact = new Contact("contact-" + contacts++, ContactType.VOICE, InitiationMethod.INBOUND, null, null,
                "+15550100", "+18005550100", scheduler.now());
        engine.start(contact, flow, RunKind.SEGMENT, null);
        engine.forget(contact);
        return contact;
    }

    /** The contact center behind the flow: nothing to do, as the flow only disconnects. */
    private static final class NoCalls implements CallHandling {

        @Override
        public Enqueued enqueue(Contact contact, QueueInfo queue) {
            return Enqueued.REFUSED;
        }

        @Override
        public boolean transferToAgent(Contact contact, AgentProfile agent) {
            return false;
        }

        @Override
        public void disconnect(Contact contact) {
        }

        @Override
        public void dialThirdParty(Contact contact, String number, Duration timeLimit, Consumer<Boolean> outcome) {
        }

        @Override
        public Optional<String> holdPreviousParties(Contact contact, boolean agentOnHold, boolean customerOnHold) {
            return Optional.of("no previous contact");
        }

        @Override
        public long metric(QueueMetric metric, QueueInfo queue) {
            return 0;
        }
    }
}

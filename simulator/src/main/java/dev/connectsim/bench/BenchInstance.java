package dev.connectsim.bench;

import dev.connectsim.contact.ContactRecord;
import dev.connectsim.contact.InitiationMethod;
import dev.connectsim.routing.AgentBehavior;
import dev.connectsim.routing.AgentOptions;
import dev.connectsim.routing.AgentProfile;
import dev.connectsim.routing.Instance;
import dev.connectsim.routing.PhoneNumber;
import dev.connectsim.routing.QuickConnect;
import dev.connectsim.routing.QuickConnectType;
import dev.connectsim.routing.Queue;
import dev.connectsim.setup.SimulatedInstance;
import java.util.List;
import java.util.Locale;

/**
 * The instance a bench run simulates: the project's (its flows, numbers, queues and functions), with {@code agents}
 * automatic agents who answer every queue and, in the agent-transfer mode, as many partners who take their
 * transfers. With a number ({@link #toNumber}), the answering agents stay on each call until its customer hangs up,
 * and there are no partners. Answering agent
 * {@code n} transfers each call to quick connect "Bench transfer to partner n" (USER, running the transfer flow of
 * the project's first USER quick connect that has one: {@code flows/agent-transfer.json}), so a partner is free
 * whenever their agent transfers (the {@link CallScript} makes sure of it). The project's own agents stay (its
 * quick connects name them) but serve no queue: they would take bench calls and never transfer them, and a manual
 * agent's CCP would poll every second of the run.
 */
final class BenchInstance {

    static final String ANSWERING = "bench-agent-";
    static final String PARTNER = "bench-partner-";
    private static final String ANSWERING_PROFILE = "Bench answering agents";
    private static final String PARTNER_PROFILE = "Bench partners";
    private static final String IDLE_PROFILE = "Bench: the project's own agents, on no queue";

    private final SimulatedInstance described;
    private final String number;
    private final String transferFlow;

    private BenchInstance(SimulatedInstance described, String number, String transferFlow) {
        this.described = described;
        this.number = number;
        this.transferFlow = transferFlow;
    }

    /**
     * The project's instance with {@code agents} answering agents who take the calls to {@code number} from every
     * queue and stay on until the customer hangs up; fails naming the numbers there are when it has no such number.
     */
    static BenchInstance toNumber(SimulatedInstance project, String number, int agents, CallScript script) {
        Instance instance = project.instance();
        check(instance, number);
        AgentBehavior.Automatic answering = AgentBehavior.Automatic.answering(script.acceptAfter(),
                script.afterContactWork());
        Instance.Builder builder = idleProjectAgents(instance, answering)
                .routingProfile(ANSWERING_PROFILE, instance.queues().stream().map(Queue::name).toList());
        for (int n = 1; n <= agents; n++) {
            builder.agent(answering(n), ANSWERING_PROFILE, answering);
        }
        return new BenchInstance(new SimulatedInstance(builder.build(), project.flows(), project.lambdas()), number,
                null);
    }

    /**
     * Fails saying what is missing when the bench cannot run on {@code instance}: the {@code number} given is not one
     * of its phone numbers (naming those there are), or, with none given, it has no number or no USER quick connect
     * with a flow for the agent-transfer calls.
     */
    static void check(Instance instance, String number) {
        if (number == null) {
            firstNumber(instance);
            transferFlow(instance);
        } else if (instance.phoneNumber(number).isEmpty()) {
            throw new IllegalArgumentException("--number " + number + ": the instance has no such phone number; it"
                    + " has " + (instance.phoneNumbers().isEmpty() ? "none (add one under phoneNumbers: in"
                    + " flows/instance.yaml)" : String.join(", ", instance.phoneNumbers().stream()
                            .map(PhoneNumber::number).toList())));
        }
    }

    private static String firstNumber(Instance instance) {
        return instance.phoneNumbers().stream().map(PhoneNumber::number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the instance has no phone number for bench calls to"
                        + " dial (add one under phoneNumbers: in flows/instance.yaml)"));
    }

    private static String transferFlow(Instance instance) {
        return instance.quickConnects().stream()
                .filter(q -> q.type() == QuickConnectType.USER && q.flowName() != null).map(QuickConnect::flowName)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("the instance has no USER quick connect"
                        + " with a flow, so the bench has no agent-transfer flow to run (flows/instance.yaml,"
                        + " quickConnects:)"));
    }

    /** The instance's builder with its own agents automatic, answering as {@code behavior}, on no queue. */
    private static Instance.Builder idleProjectAgents(Instance instance, AgentBehavior.Automatic behavior) {
        Instance.Builder builder = instance.toBuilder().routingProfile(IDLE_PROFILE, List.of());
        for (AgentProfile agent : instance.agents()) {
            builder.agent(agent.username(), IDLE_PROFILE, new AgentOptions(agent.id(), agent.arn(),
                    agent.firstName(), agent.lastName(), behavior));
        }
        return builder;
    }

    /** The project's instance with {@code agents} answering agents and partners acting as {@code script} says. */
    static BenchInstance of(SimulatedInstance project, int agents, CallScript script) {
        Instance instance = project.instance();
        String number = firstNumber(instance);
        String transferFlow = transferFlow(instance);
        List<String> queues = instance.queues().stream().map(Queue::name).toList();
        AgentBehavior.Automatic partner = AgentBehavior.Automatic.answering(script.acceptAfter(),
                script.afterContactWork());
        Instance.Builder builder = idleProjectAgents(instance, partner)
                .routingProfile(ANSWERING_PROFILE, queues)
                .routingProfile(PARTNER_PROFILE, List.of());
        for (int n = 1; n <= agents; n++) {
            String quickConnect = quickConnectOf(n);
            builder.agent(partner(n), PARTNER_PROFILE, partner)
                    .quickConnect(quickConnect, QuickConnectType.USER, partner(n), queues, transferFlow)
                    .agent(answering(n), ANSWERING_PROFILE, partner.transferring(quickConnect,
                            script.talkBeforeTransfer()));
        }
        return new BenchInstance(new SimulatedInstance(builder.build(), project.flows(), project.lambdas()), number,
                transferFlow);
    }

    SimulatedInstance described() {
        return described;
    }

    /** The number bench customers dial: the one given, or else the instance's first. */
    String number() {
        return number;
    }

    /** The agent-transfer flow every transfer runs; null for the calls to a number given. */
    String transferFlow() {
        return transferFlow;
    }

    /**
     * Whether a final contact record shows the call reached its target: the transfer leg of an agent-transfer call
     * at the partner of the agent who transferred it; a call to a number given at an agent.
     */
    boolean reachedTarget(ContactRecord record) {
        if (transferFlow == null) {
            return record.initiationMethod() == InitiationMethod.INBOUND && record.connectedToAgentTimestamp() != null;
        }
        return record.initiationMethod() == InitiationMethod.TRANSFER && record.connectedToAgentTimestamp() != null
                && record.agentUsername() != null && record.agentUsername().startsWith(PARTNER);
    }

    static String answering(int n) {
        return ANSWERING + String.format(Locale.ROOT, "%06d", n);
    }

    static String partner(int n) {
        return PARTNER + String.format(Locale.ROOT, "%06d", n);
    }

    private static String quickConnectOf(int n) {
        return "Bench transfer to " + partner(n);
    }
}

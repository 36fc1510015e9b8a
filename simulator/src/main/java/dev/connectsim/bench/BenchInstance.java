package dev.connectsim.bench;

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
 * automatic agents who answer every queue and as many partners who take their transfers. Answering agent
 * {@code n} transfers each call to quick connect "Bench transfer to partner n" (USER, running the transfer flow of
 * the project's first USER quick connect that has one: {@code flows/agent-transfer.json}), so a partner is free
 * whenever their agent transfers (the {@link CallScript} makes sure of it). The project's own agents stay (its
 * quick connects name them) but serve no queue: they would take bench calls and never transfer them.
 */
final class BenchInstance {

    static final String ANSWERING = "bench-agent-";
    static final String PARTNER = "bench-partner-";
    private static final String ANSWERING_PROFILE = "Bench answering agents";
    private static final String PARTNER_PROFILE = "Bench partners";

    private final SimulatedInstance described;
    private final String number;
    private final String transferFlow;

    private BenchInstance(SimulatedInstance described, String number, String transferFlow) {
        this.described = described;
        this.number = number;
        this.transferFlow = transferFlow;
    }

    /** The project's instance with {@code agents} answering agents and partners acting as {@code script} says. */
    static BenchInstance of(SimulatedInstance project, int agents, CallScript script) {
        Instance instance = project.instance();
        String number = instance.phoneNumbers().stream().map(PhoneNumber::number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the instance has no phone number for bench calls to"
                        + " dial (add one under phoneNumbers: in flows/instance.yaml)"));
        String transferFlow = instance.quickConnects().stream()
                .filter(q -> q.type() == QuickConnectType.USER && q.flowName() != null).map(QuickConnect::flowName)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("the instance has no USER quick connect"
                        + " with a flow, so the bench has no agent-transfer flow to run (flows/instance.yaml,"
                        + " quickConnects:)"));
        List<String> queues = instance.queues().stream().map(Queue::name).toList();
        Instance.Builder builder = instance.toBuilder()
                .routingProfile(ANSWERING_PROFILE, queues)
                .routingProfile(PARTNER_PROFILE, List.of());
        AgentBehavior.Automatic partner = AgentBehavior.Automatic.answering(script.acceptAfter(),
                script.afterContactWork());
        for (AgentProfile agent : instance.agents()) {
            builder.agent(agent.username(), PARTNER_PROFILE, new AgentOptions(agent.id(), agent.arn(),
                    agent.firstName(), agent.lastName(), partner));
        }
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

    /** The number bench customers dial: the instance's first. */
    String number() {
        return number;
    }

    /** The agent-transfer flow every transfer runs. */
    String transferFlow() {
        return transferFlow;
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

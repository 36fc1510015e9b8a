package dev.connectsim.cli;

import dev.connectsim.agent.Callbacks;
import dev.connectsim.agent.Contact;
import dev.connectsim.contact.Endpoint;
import dev.connectsim.routing.Instance;
import dev.connectsim.routing.QuickConnectType;
import dev.connectsim.sim.Simulation;
import dev.connectsim.transfer.ColdTransfer;
import dev.connectsim.transfer.TransferOutcome;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code connect-sim demo cold-transfer}: a caller reaches agent alice, who cold-transfers them to
 * an external number with the REFRESH-driven recipe; prints on one virtual timeline what happened
 * in the service (lines marked *) and what alice's CCP fired, then how the call ended. Exit 0 whatever the transfer's outcome: the outcome is the output.
 */
@Command(name = "cold-transfer", mixinStandardHelpOptions = true,
        description = "A caller reaches agent alice, who cold-transfers them to an external number.")
final class ColdTransferDemoCommand implements Callable<Integer> {

    private static final String CALLER = "+15550100";
    private static final String THIRD_PARTY = "+15550199";

    @Spec
    private CommandSpec spec;

    @Option(names = "--third-party", paramLabel = "BEHAVIOUR", converter = ThirdPartyOption.Converter.class,
            defaultValue = "answers",
            description = "What the dialled number does: answers, never-answers, busy or rejects (default: ${DEFAULT-VALUE}).")
    private ThirdPartyOption thirdParty;

    @Option(names = "--after", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "5s",
            description = "When the third party answers or rejects, such as 5s or 1500ms (default: ${DEFAULT-VALUE}).")
    private Duration after;

    @Option(names = "--seed", defaultValue = "1", description = "The run's seed: it decides every id (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--refresh", description = "Also print the REFRESH events, one per contact every second.")
    private boolean showRefresh;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Simulation sim = Simulation.builder(Instance.builder()
                .queue("BasicQueue").routingProfile("Basic", "BasicQueue").agent("alice", "Basic")
                .quickConnect("Transfer desk", QuickConnectType.PHONE_NUMBER, THIRD_PARTY, "BasicQueue")
                .build()).seed(seed).build();
        sim.phoneBook().set(THIRD_PARTY, thirdParty.behavior(after));
        Instant start = sim.now();
        List<String> timeline = new ArrayList<>();
        sim.scheduler().addListener(event -> {
            if (!event.description().startsWith("snapshot for")) {
                timeline.add(line(start, event.at(), "*", event.description()));
            }
        });
        sim.ccp("alice").bus().subscribeAll(event -> {
            if (showRefresh || !event.name().contains("refresh")) {
                timeline.add(line(start, event.at(), "alice", event.name()));
            }
        });

        ColdTransfer[] transfer = new ColdTransfer[1];
        sim.agent("alice").onContact(contact -> {
            contact.onConnecting(c -> c.accept(Callbacks.none()));
            contact.onConnected(c -> sim.scheduler().schedule(Duration.ofSeconds(10), "alice starts the transfer",
                    () -> transfer[0] = ColdTransfer.start(c, Endpoint.byPhoneNumber(THIRD_PARTY),
                            sim.scheduler().clock())));
        });
        String contactId = sim.inboundCall(CALLER, "BasicQueue");
        sim.runUntil(() -> transfer[0] != null && transfer[0].isDone(), Duration.ofMinutes(5));
        sim.runFor(Duration.ofSeconds(1));

        out.printf("cold transfer of a call from %s to %s (%s), seed %d%n", CALLER, THIRD_PARTY, describe(),
                seed);
        timeline.forEach(out::println);
        TransferOutcome outcome = transfer[0] == null ? null : transfer[0].outcome().orElse(null);
        out.println("outcome: " + outcomeText(start, outcome));
        out.println("contact " + contactId + ": " + sim.contact(contactId).connections().stream()
                .map(c -> c.party().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + c.state().value())
                .collect(Collectors.joining(", ")));
        out.println("alice's CCP shows the contact " + aliceView(sim, contactId));
        out.flush();
        return 0;
    }

    private String describe() {
        return switch (thirdParty) {
            case ANSWERS -> "answers after " + after.toMillis() / 1000.0 + " s";
            case REJECTS -> "rejects after " + after.toMillis() / 1000.0 + " s";
            default -> thirdParty.word().replace('-', ' ');
        };
    }

    private static String outcomeText(Instant start, TransferOutcome outcome) {
        if (outcome instanceof TransferOutcome.Completed done) {
            return "completed at " + offset(start, done.at());
        }
        if (outcome instanceof TransferOutcome.Failed failed) {
            return "failed at " + offset(start, failed.at()) + " in step " + failed.step() + ": " + failed.reason();
        }
        return "not finished within 5 minutes of virtual time";
    }

    private static String aliceView(Simulation sim, String contactId) {
        return sim.agent("alice").getContacts().stream().filter(c -> c.getContactId().equals(contactId))
                .findFirst().map(Contact::getState).map(s -> s.type().value()).orElse("no more");
    }

    private static String line(Instant start, Instant at, String who, String what) {
        return String.format(Locale.ROOT, "  %10s  %-5s %s", offset(start, at), who, what);
    }

    private static String offset(Instant start, Instant at) {
        Duration d = Duration.between(start, at);
        return String.format(Locale.ROOT, "+%d.%03ds", d.toSeconds(), d.toMillisPart());
    }
}

package dev.connectsim.scenario;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.FlowParser;
import dev.connectsim.flow.FlowType;
import dev.connectsim.flow.run.BlockVisit;
import dev.connectsim.flow.run.FlowRunRecord;
import dev.connectsim.flow.run.PlayedPrompt;
import dev.connectsim.lambda.LambdaRegistry;
import dev.connectsim.routing.Instance;
import dev.connectsim.sim.Simulation;
import dev.connectsim.testing.Calls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The hand-written legacy exports under {@code src/test/resources/flows/legacy/}, one per mapped module type, in
 * one flow library: each flow under its {@code metadata.name}, with the id {@code nameUUIDFromBytes
 * ("contact-flow/" + name)} that the exports' ARNs end with. A simulation answers the system number with one of
 * them, on the instance of {@link Calls} (BasicQueue with alice and bob, SupportQueue with carol, EmptyQueue).
 */
final class LegacyFlows {

    static final String CALLER = "+15550100";
    static final String NUMBER = "+18005550100";

    private LegacyFlows() {
    }

    /** The folder of the legacy test exports. */
    static Path folder() {
        try {
            return Path.of(LegacyFlows.class.getResource("/flows/legacy").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every legacy test export, by file name. */
    static List<Path> files() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The export {@code file} (such as {@code loop.json}). */
    static Path file(String file) {
        return folder().resolve(file);
    }

    /** The flow type an export says in its {@code metadata.type}, as the instance would hold it. */
    static FlowType typeOf(Flow flow) {
        return flow.type().orElse(FlowType.CONTACT_FLOW);
    }

    /** Every legacy test export in one library. */
    static FlowLibrary library(Instance instance) {
        FlowLibrary.Builder builder = FlowLibrary.builder();
        for (Path file : files()) {
            Flow flow = FlowParser.parseFile(file);
            String id = UUID.nameUUIDFromBytes(("contact-flow/" + flow.name()).getBytes(StandardCharsets.UTF_8))
                    .toString();
            builder.add(new FlowLibrary.Entry(flow.name(), typeOf(flow), id, instance.arn() + "/contact-flow/" + id,
                    flow));
        }
        return builder.build();
    }

    /** A simulation whose system number runs the export {@code file}, with {@code lambdas}. */
    static Simulation answeredBy(String file, LambdaRegistry lambdas) {
        String name = FlowParser.parseFile(file(file)).name();
        Instance instance = Calls.instance().toBuilder().phoneNumber(NUMBER, name).build();
        return Simulation.builder(instance).flows(library(instance)).lambdas(lambdas).build();
    }

    /** A simulation whose system number runs the export {@code file}. */
    static Simulation answeredBy(String file) {
        return answeredBy(file, new LambdaRegistry());
    }

    /** Calls the system number and runs until the first flow run on the call ends (at most 11 virtual minutes). */
    static String call(Simulation sim) {
        String contactId = sim.inboundCall(CALLER);
        sim.customerHangsUpAfter(contactId, Duration.ofMinutes(10));
        sim.runUntil(() -> !runs(sim, contactId).isEmpty(), Duration.ofMinutes(11));
        return contactId;
    }

    static List<FlowRunRecord> runs(Simulation sim, String contactId) {
        return sim.flows().runs().stream().filter(r -> r.contactId().equals(contactId)).toList();
    }

    /** The Identifiers the contact's flows ran, in order. */
    static List<String> path(Simulation sim, String contactId) {
        return sim.flows().visits().stream().filter(v -> v.contactId().equals(contactId))
                .map(BlockVisit::identifier).toList();
    }

    /** What the contact heard, in order. */
    static List<String> heard(Simulation sim, String contactId) {
        return sim.flows().prompts().stream().filter(p -> p.contactId().equals(contactId))
                .map(PlayedPrompt::text).toList();
    }
}

package dev.connectsim.scenario;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.FlowParser;
import dev.connectsim.flow.FlowType;
import dev.connectsim.flow.run.FlowRunRecord;
import dev.connectsim.flow.run.PlayedPrompt;
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
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The current-format test flows under {@code src/test/resources/flows/reference/}, written from the Flow Language
 * reference's pages for the action types issue 17 models, in one flow library: each flow under its
 * {@code Metadata.name} and of its {@code Metadata.type}. A simulation answers the system number with one of them,
 * on the instance of {@link Calls}.
 */
final class ReferenceFlows {

    static final String CALLER = "+15550100";
    static final String NUMBER = "+18005550100";

    private ReferenceFlows() {
    }

    /** The reference test flow {@code file} (such as {@code tag-contact.json}). */
    static Path file(String file) {
        try {
            return Path.of(ReferenceFlows.class.getResource("/flows/reference").toURI()).resolve(file);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every reference test flow in one library. */
    static FlowLibrary library(Instance instance) {
        FlowLibrary.Builder builder = FlowLibrary.builder();
        try (Stream<Path> files = Files.list(file("."))) {
            for (Path path : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Flow flow = FlowParser.parseFile(path);
                String id = UUID.nameUUIDFromBytes(("contact-flow/" + flow.name()).getBytes(StandardCharsets.UTF_8))
                        .toString();
                builder.add(new FlowLibrary.Entry(flow.name(), flow.type().orElse(FlowType.CONTACT_FLOW), id,
                        instance.arn() + "/contact-flow/" + id, flow));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return builder.build();
    }

    /** A simulation whose system number runs the flow of {@code file}, on the instance {@code changes} makes. */
    static Simulation answeredBy(String file, UnaryOperator<Instance.Builder> changes) {
        String name = FlowParser.parseFile(file(file)).name();
        Instance instance = changes.apply(Calls.instance().toBuilder().phoneNumber(NUMBER, name)).build();
        return Simulation.builder(instance).flows(library(instance)).build();
    }

    /** A simulation whose system number runs the flow of {@code file}. */
    static Simulation answeredBy(String file) {
        return answeredBy(file, b -> b);
    }

    /** Calls the system number and runs until the first flow run on the call ends (at most a virtual minute). */
    static String call(Simulation sim) {
        String contactId = sim.inboundCall(CALLER);
        sim.runUntil(() -> !runs(sim, contactId).isEmpty(), Duration.ofMinutes(1));
        return contactId;
    }

    static List<FlowRunRecord> runs(Simulation sim, String contactId) {
        return sim.flows().runs().stream().filter(r -> r.contactId().equals(contactId)).toList();
    }

    /** What the contact heard, in order. */
    static List<String> heard(Simulation sim, String contactId) {
        return sim.flows().prompts().stream().filter(p -> p.contactId().equals(contactId))
                .map(PlayedPrompt::text).toList();
    }
}

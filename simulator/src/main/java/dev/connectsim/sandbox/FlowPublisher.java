package dev.connectsim.sandbox;

import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.lint.FlowValidator;
import dev.connectsim.setup.SimulatedInstance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.connect.model.ContactFlowStatus;
import software.amazon.awssdk.services.connect.model.CreateContactFlowResponse;
import software.amazon.awssdk.services.connect.model.InvalidContactFlowException;
import software.amazon.awssdk.services.connect.model.ProblemDetail;

/**
 * Publishes the project's flows (flows/instance.yaml) to the sandbox as PUBLISHED, which makes Connect validate
 * them. Each is named prefix + its name and tagged, so {@code sandbox clean} can find it; a flow the sandbox already
 * has under that name gets its content updated. Flows another flow names go first, so their ARNs exist.
 */
public final class FlowPublisher {

    private final SandboxDriver driver;

    public FlowPublisher(SandboxDriver driver) {
        this.driver = driver;
    }

    /** The name a project flow is published under. */
    public String publishedName(String flow) {
        return driver.config().flowPrefix() + flow;
    }

    /** Publishes every flow of {@code project}; one outcome per flow, in the order they were sent. */
    public List<PublishOutcome> publishAll(SimulatedInstance project) {
        Map<String, FlowLibrary.Entry> flows = new LinkedHashMap<>();
        project.flows().all().forEach(entry -> flows.put(entry.name(), entry));
        List<PublishOutcome> outcomes = new ArrayList<>();
        for (String name : order(flows)) {
            outcomes.add(publish(flows.get(name)));
        }
        return outcomes;
    }

    /** Publishes one flow. */
    public PublishOutcome publish(FlowLibrary.Entry entry) {
        Path file = Path.of(entry.flow().source());
        FlowReferences references = FlowReferences.resolve(file, driver.resources(), this::publishedName);
        if (!references.complete()) {
            return new PublishOutcome.Unresolved(entry.name(), references.missing());
        }
        String name = publishedName(entry.name());
        String instance = driver.instanceId();
        Optional<SandboxResources.Resource> existing = driver.resources().listedFlow(name);
        List<CreateContactFlowResponse> created = new ArrayList<>();
        Optional<InvalidContactFlowException> invalid = send(() -> {
            if (existing.isPresent()) {
                driver.client().updateContactFlowContent(r -> r.instanceId(instance).contactFlowId(existing.get().id())
                        .content(references.content()));
            } else {
                created.add(driver.client().createContactFlow(r -> r.instanceId(instance).name(name)
                        .type(entry.type().name()).content(references.content()).status(ContactFlowStatus.PUBLISHED)
                        .tags(driver.config().tags())
                        .description("Published by connect-sim from " + file.getFileName())));
            }
        });
        if (invalid.isPresent()) {
            InvalidContactFlowException e = invalid.get();
            List<String> problems = e.hasProblems() ? e.problems().stream().map(ProblemDetail::message).toList()
                    : List.of(String.valueOf(e.awsErrorDetails().errorMessage()));
            return new PublishOutcome.Rejected(entry.name(), file.toString(), problems,
                    FlowValidator.validate(entry.flow()));
        }
        if (existing.isPresent()) {
            driver.call(() -> driver.client().tagResource(r -> r.resourceArn(existing.get().arn())
                    .tags(driver.config().tags())));
            return new PublishOutcome.Published(entry.name(), name, existing.get().id(), existing.get().arn(), false);
        }
        SandboxResources.Resource flow = new SandboxResources.Resource(created.get(0).contactFlowId(),
                created.get(0).contactFlowArn());
        driver.resources().added(name, flow);
        return new PublishOutcome.Published(entry.name(), name, flow.id(), flow.arn(), true);
    }

    /** Sends {@code request}; Connect's refusal of the content comes back as a value, any other failure throws. */
    private Optional<InvalidContactFlowException> send(Runnable request) {
        return driver.call(() -> {
            try {
                request.run();
                return Optional.empty();
            } catch (InvalidContactFlowException e) {
                return Optional.of(e);
            }
        });
    }

    /** Flow names in publishing order: each after the project flows it names. */
    private static List<String> order(Map<String, FlowLibrary.Entry> flows) {
        Set<String> ordered = new LinkedHashSet<>();
        flows.keySet().forEach(name -> visit(name, flows, ordered, new LinkedHashSet<>()));
        return List.copyOf(ordered);
    }

    private static void visit(String name, Map<String, FlowLibrary.Entry> flows, Set<String> ordered,
            Set<String> path) {
        if (ordered.contains(name) || !path.add(name)) {
            return;
        }
        FlowReferences.flowsNamedIn(Path.of(flows.get(name).flow().source()), flows.keySet())
                .forEach(named -> visit(named, flows, ordered, path));
        ordered.add(name);
    }
}

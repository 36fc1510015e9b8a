package dev.connectsim.sandbox;

import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.routing.AgentProfile;
import dev.connectsim.routing.QuickConnect;
import dev.connectsim.setup.SimulatedInstance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code sandbox check}: whether the sandbox has what the project needs: the quick connects and users of
 * flows/instance.yaml (users through the configuration's username map), and the queues, users, flows and Lambda
 * functions each flow names.
 *
 * @param found   one line per resource found
 * @param missing one line per resource the sandbox lacks, naming where the project needs it
 */
public record ResourceCheck(List<String> found, List<String> missing) {

    public static ResourceCheck of(SandboxDriver driver, SimulatedInstance project, FlowPublisher publisher) {
        SandboxResources sandbox = driver.resources();
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (QuickConnect quickConnect : project.instance().quickConnects()) {
            sandbox.quickConnect(quickConnect.name()).ifPresentOrElse(
                    q -> found.add("quick connect " + quickConnect.name() + " -> " + q.arn()),
                    () -> missing.add("flows/instance.yaml: no quick connect '" + quickConnect.name()
                            + "' in the sandbox"));
        }
        for (AgentProfile agent : project.instance().agents()) {
            String username = driver.config().sandboxUser(agent.username());
            sandbox.user(username).ifPresentOrElse(u -> found.add("user " + agent.username() + " -> " + u.arn()),
                    () -> missing.add("flows/instance.yaml: no user '" + username + "' in the sandbox (agent "
                            + agent.username() + "; map it under users: in " + driver.config().file().getFileName()
                            + ")"));
        }
        Set<String> projectFlows = project.flows().all().stream().map(FlowLibrary.Entry::name)
                .collect(Collectors.toSet());
        for (FlowLibrary.Entry flow : project.flows().all()) {
            FlowReferences references = FlowReferences.resolve(Path.of(flow.flow().source()), sandbox,
                    publisher::publishedName, projectFlows);
            found.addAll(references.found());
            missing.addAll(references.missing());
        }
        return new ResourceCheck(List.copyOf(new LinkedHashSet<>(found)), List.copyOf(new LinkedHashSet<>(missing)));
    }
}

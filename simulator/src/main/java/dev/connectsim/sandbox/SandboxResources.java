package dev.connectsim.sandbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.connect.ConnectClient;

/**
 * The instance's resources by name, as the List operations give them: queues, users, quick connects, flows, and
 * the Lambda functions associated with the instance. In a dry run the lists are empty and a lookup answers a
 * placeholder such as {@code <user alice>}, so the plan still shows the calls that would use it.
 */
public final class SandboxResources {

    /** One resource: its id and ARN. */
    public record Resource(String id, String arn) {
    }

    private final boolean dryRun;
    private final Map<String, Resource> queues;
    private final Map<String, Resource> users;
    private final Map<String, Resource> quickConnects;
    private final Map<String, Resource> flows;
    private final List<String> lambdas;

    private SandboxResources(boolean dryRun, Map<String, Resource> queues, Map<String, Resource> users,
            Map<String, Resource> quickConnects, Map<String, Resource> flows, List<String> lambdas) {
        this.dryRun = dryRun;
        this.queues = queues;
        this.users = users;
        this.quickConnects = quickConnects;
        this.flows = flows;
        this.lambdas = lambdas;
    }

    static SandboxResources list(SandboxDriver driver) {
        ConnectClient client = driver.client();
        String instance = driver.instanceId();
        Map<String, Resource> queues = new LinkedHashMap<>();
        driver.call(() -> {
            client.listQueuesPaginator(r -> r.instanceId(instance).queueTypesWithStrings("STANDARD"))
                    .queueSummaryList().forEach(q -> queues.put(q.name(), new Resource(q.id(), q.arn())));
            return null;
        });
        Map<String, Resource> users = new LinkedHashMap<>();
        driver.call(() -> {
            client.listUsersPaginator(r -> r.instanceId(instance)).userSummaryList()
                    .forEach(u -> users.put(u.username(), new Resource(u.id(), u.arn())));
            return null;
        });
        Map<String, Resource> quickConnects = new LinkedHashMap<>();
        driver.call(() -> {
            client.listQuickConnectsPaginator(r -> r.instanceId(instance)).quickConnectSummaryList()
                    .forEach(q -> quickConnects.put(q.name(), new Resource(q.id(), q.arn())));
            return null;
        });
        Map<String, Resource> flows = new LinkedHashMap<>();
        driver.call(() -> {
            client.listContactFlowsPaginator(r -> r.instanceId(instance)).contactFlowSummaryList()
                    .forEach(f -> flows.put(f.name(), new Resource(f.id(), f.arn())));
            return null;
        });
        List<String> lambdas = driver.call(() -> client.listLambdaFunctionsPaginator(r -> r.instanceId(instance))
                .lambdaFunctions().stream().toList());
        return new SandboxResources(driver.dryRun(), queues, users, quickConnects, flows, lambdas);
    }

    public Optional<Resource> queue(String name) {
        return find(queues, "queue", name);
    }

    public Optional<Resource> user(String username) {
        return find(users, "user", username);
    }

    public Optional<Resource> quickConnect(String name) {
        return find(quickConnects, "quick connect", name);
    }

    public Optional<Resource> flow(String name) {
        return find(flows, "flow", name);
    }

    /** The flow listed under {@code name}, never a dry-run placeholder: whether to create or update it. */
    public Optional<Resource> listedFlow(String name) {
        return Optional.ofNullable(flows.get(name));
    }

    /** Every flow the instance lists, by name, in the order listed. */
    public Map<String, Resource> flows() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(flows));
    }

    /** The username of the user with {@code id}, if listed. */
    public Optional<String> username(String id) {
        return users.entrySet().stream().filter(e -> e.getValue().id().equals(id)).map(Map.Entry::getKey).findFirst();
    }

    /**
     * The ARN of the instance's Lambda function with the function name in {@code arn} (any account, Region and
     * alias: the name is what a flow exported elsewhere and the sandbox share), keeping {@code arn}'s alias.
     */
    public Optional<String> lambda(String arn) {
        String[] parts = arn.split(":");
        if (parts.length < 7) {
            return Optional.empty();
        }
        String name = parts[6];
        String alias = parts.length > 7 ? ":" + parts[7] : "";
        Optional<String> found = lambdas.stream().filter(l -> {
            String[] p = l.split(":");
            return p.length > 6 && (p[6].equals(name) || p[6].contains(name));
        }).findFirst().map(l -> String.join(":", List.of(l.split(":")).subList(0, 7)) + alias);
        return found.isPresent() || !dryRun ? found : Optional.of("<Lambda function " + name + alias + ">");
    }

    /** Records a flow the driver just created, so later lookups find it. */
    void added(String flowName, Resource flow) {
        flows.put(flowName, flow);
    }

    private Optional<Resource> find(Map<String, Resource> resources, String kind, String name) {
        Resource found = resources.get(name);
        if (found == null && dryRun) {
            return Optional.of(new Resource("<" + kind + " " + name + ">", "<" + kind + " " + name + " ARN>"));
        }
        return Optional.ofNullable(found);
    }
}

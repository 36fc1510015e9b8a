package dev.connectsim.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The simulated Connect instance: its queues, routing profiles, agents and quick connects.
 * Immutable; build one with {@link #builder()}. Every lookup of a name it lacks fails with an
 * {@link UnknownNameException} that lists what it has and the nearest name.
 */
public final class Instance {

    private final String instanceId;
    private final Map<String, Queue> queues;
    private final Map<String, RoutingProfile> routingProfiles;
    private final Map<String, AgentProfile> agents;
    private final Map<String, QuickConnect> quickConnects;
    private final boolean multiPartyConference;

    private Instance(Builder builder) {
        this.instanceId = builder.instanceId;
        this.queues = new LinkedHashMap<>(builder.queues);
        this.routingProfiles = new LinkedHashMap<>(builder.routingProfiles);
        this.agents = new LinkedHashMap<>(builder.agents);
        this.quickConnects = new LinkedHashMap<>(builder.quickConnects);
        this.multiPartyConference = builder.multiPartyConference;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String instanceId() {
        return instanceId;
    }

    /** The instance ARN prefix every resource ARN starts with. */
    public String arn() {
        return arnPrefix(instanceId);
    }

    /** Whether multi-party calls (up to 6 participants) are on instead of the default three-party limit. */
    public boolean multiPartyConference() {
        return multiPartyConference;
    }

    public Queue queue(String name) {
        return find("queue", queues, name);
    }

    public RoutingProfile routingProfile(String name) {
        return find("routing profile", routingProfiles, name);
    }

    public AgentProfile agent(String username) {
        return find("agent", agents, username);
    }

    public QuickConnect quickConnect(String name) {
        return find("quick connect", quickConnects, name);
    }

    /** Every agent, in the order they were defined. */
    public List<AgentProfile> agents() {
        return List.copyOf(agents.values());
    }

    /** The agent with this ARN, or null. */
    public AgentProfile agentByArn(String arn) {
        return agents.values().stream().filter(a -> a.arn().equals(arn)).findFirst().orElse(null);
    }

    /** The queue with this ARN, or null. */
    public Queue queueByArn(String arn) {
        return queues.values().stream().filter(q -> q.arn().equals(arn)).findFirst().orElse(null);
    }

    /** The quick connect with this ARN, or null. */
    public QuickConnect quickConnectByArn(String arn) {
        return quickConnects.values().stream().filter(q -> q.arn().equals(arn)).findFirst().orElse(null);
    }

    /** The quick connects attached to any of {@code queueNames}, in definition order. */
    public List<QuickConnect> quickConnectsFor(List<String> queueNames) {
        return quickConnects.values().stream().filter(q -> q.queues().stream().anyMatch(queueNames::contains))
                .toList();
    }

    private static <T> T find(String kind, Map<String, T> map, String name) {
        T found = map.get(name);
        if (found == null) {
            throw new UnknownNameException(kind, name, map.keySet().stream().sorted().toList());
        }
        return found;
    }

    private static String arnPrefix(String instanceId) {
        return "arn:aws:connect:us-east-1:000000000000:instance/" + instanceId;
    }

    /** Builds an {@link Instance}; references between its parts are checked by {@link #build()}. */
    public static final class Builder {
        private String instanceId = "00000000-0000-4000-8000-000000000000";
        private final Map<String, Queue> queues = new LinkedHashMap<>();
        private final Map<String, RoutingProfile> routingProfiles = new LinkedHashMap<>();
        private final Map<String, AgentProfile> agents = new LinkedHashMap<>();
        private final Map<String, QuickConnect> quickConnects = new LinkedHashMap<>();
        private boolean multiPartyConference;

        public Builder instanceId(String id) {
            this.instanceId = Objects.requireNonNull(id, "id");
            return this;
        }

        public Builder queue(String name) {
            queues.put(name, new Queue(name, arnPrefix(instanceId) + "/queue/" + slug(name)));
            return this;
        }

        public Builder routingProfile(String name, String... queueNames) {
            routingProfiles.put(name, new RoutingProfile(name, List.of(queueNames)));
            return this;
        }

        /** An agent whose contacts are accepted by the test's own agent-side code. */
        public Builder agent(String username, String routingProfile) {
            return agent(username, routingProfile, AgentBehavior.manual());
        }

        public Builder agent(String username, String routingProfile, AgentBehavior behavior) {
            agents.put(username, new AgentProfile(username, arnPrefix(instanceId) + "/agent/" + slug(username),
                    routingProfile, behavior));
            return this;
        }

        /** A quick connect of {@code type} to {@code target}, attached to {@code queueNames}. */
        public Builder quickConnect(String name, QuickConnectType type, String target, String... queueNames) {
            quickConnects.put(name, new QuickConnect(name,
                    arnPrefix(instanceId) + "/transfer-destination/" + slug(name), type, target,
                    List.of(queueNames)));
            return this;
        }

        public Builder multiPartyConference(boolean on) {
            this.multiPartyConference = on;
            return this;
        }

        /** Checks that every name referred to is defined, then builds. */
        public Instance build() {
            List<String> problems = new ArrayList<>();
            routingProfiles.values().forEach(p -> p.queueNames().forEach(q -> requireKnown(problems,
                    "routing profile '" + p.name() + "'", "queue", queues, q)));
            agents.values().forEach(a -> requireKnown(problems, "agent '" + a.username() + "'", "routing profile",
                    routingProfiles, a.routingProfile()));
            for (QuickConnect qc : quickConnects.values()) {
                String owner = "quick connect '" + qc.name() + "'";
                qc.queues().forEach(q -> requireKnown(problems, owner, "queue", queues, q));
                if (qc.type() == QuickConnectType.USER) {
                    requireKnown(problems, owner, "agent", agents, qc.target());
                } else if (qc.type() == QuickConnectType.QUEUE) {
                    requireKnown(problems, owner, "queue", queues, qc.target());
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", problems));
            }
            return new Instance(this);
        }

        private static void requireKnown(List<String> problems, String owner, String kind, Map<String, ?> map,
                String name) {
            if (!map.containsKey(name)) {
                problems.add(owner + " refers to " + new UnknownNameException(kind, name,
                        map.keySet().stream().sorted().toList()).getMessage().replaceFirst("^the instance has no ",
                                "an undefined "));
            }
        }

        private static String slug(String name) {
            return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        }
    }
}

package dev.connectsim.routing;

import dev.connectsim.customer.CustomerData;
import dev.connectsim.lex.LexBots;
import dev.connectsim.routing.HoursOfOperation.OpenRange;
import dev.connectsim.routing.InvalidInstanceException.Problem;
import dev.connectsim.text.DeployPlaceholder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated Connect instance: its hours of operation, queues, routing profiles, agents, quick connects and
 * phone numbers. Immutable; build one with {@link #builder()}, or change one with {@link #toBuilder()}. Every
 * lookup of a name it lacks fails with an {@link UnknownNameException} that lists what it has and the nearest
 * name; the {@code find*} lookups take what flows write instead (a name, an id or an ARN) and answer empty.
 *
 * <p>Design note: ids and ARNs are decided when the instance is built, so they follow the instance id whenever it
 * is set. A part defined without an id gets a name-based UUID ({@link #nameBasedId}): the same on every run and
 * every machine. Every ARN is {@code arn:aws:connect:us-east-1:000000000000:instance/<instance id>/<kind>/<id>}
 * unless the part was given its own (flows exported from another instance carry foreign ARNs).
 */
public final class Instance {

    /** The instance id of an instance built without one. */
    public static final String DEFAULT_INSTANCE_ID = "00000000-0000-4000-8000-000000000000";

    private static final Pattern CONNECT_ARN =
            Pattern.compile("arn:[^:]+:connect:[^:]*:[^:]*:instance/[^/]+/([a-z-]+)/([^/]+)");
    /** How many answers of each kind of {@code find*} lookup an instance remembers. */
    private static final int REMEMBERED_REFERENCES = 10_000;

    private final String instanceId;
    /** {@link #arn()}, made once: every resource ARN and many references start with it. */
    private final String arn;
    private final Map<String, HoursOfOperation> hours;
    private final Map<String, Queue> queues;
    private final Map<String, RoutingProfile> routingProfiles;
    private final Map<String, AgentProfile> agents;
    private final Map<String, QuickConnect> quickConnects;
    private final Map<String, PhoneNumber> phoneNumbers;
    private final boolean multiPartyConference;
    private final Duration offerTimeout;
    private final CustomerData customerData;
    private final LexBots lexBots;
    private final Builder definition;
    private final Map<String, AgentProfile> agentsByArn = new HashMap<>();
    private final Map<String, Queue> queuesByArn = new HashMap<>();
    private final Map<String, QuickConnect> quickConnectsByArn = new HashMap<>();
    /**
     * What {@link #findQueue}, {@link #findAgent} and {@link #findHoursOfOperation} answered for a reference: the
     * instance never changes, and a flow names the same queue by the same ARN at every call, so the regular
     * expressions and the walk over every part behind a reference run once per reference (up to
     * {@value #REMEMBERED_REFERENCES} of each kind; past that, looked up every time).
     */
    private final Map<String, Optional<Queue>> queueReferences = new ConcurrentHashMap<>();
    private final Map<String, Optional<AgentProfile>> agentReferences = new ConcurrentHashMap<>();
    private final Map<String, Optional<HoursOfOperation>> hoursReferences = new ConcurrentHashMap<>();

    private Instance(Builder builder, Map<String, HoursOfOperation> hours, Map<String, Queue> queues,
            Map<String, AgentProfile> agents, Map<String, QuickConnect> quickConnects) {
        this.instanceId = builder.instanceId;
        this.arn = arnPrefix(instanceId);
        this.hours = hours;
        this.queues = queues;
        this.routingProfiles = new LinkedHashMap<>(builder.routingProfiles);
        this.agents = agents;
        this.quickConnects = quickConnects;
        this.phoneNumbers = new LinkedHashMap<>(builder.phoneNumbers);
        this.multiPartyConference = builder.multiPartyConference;
        this.offerTimeout = builder.offerTimeout;
        this.customerData = builder.customerData;
        this.lexBots = builder.lexBots;
        this.definition = new Builder(builder);
        agents.values().forEach(a -> agentsByArn.putIfAbsent(a.arn(), a));
        queues.values().forEach(q -> queuesByArn.putIfAbsent(q.arn(), q));
        quickConnects.values().forEach(q -> quickConnectsByArn.putIfAbsent(q.arn(), q));
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this instance's definition, to override any part: defining a part again under the same
     * name replaces it and keeps its place in the order. Ids and ARNs that were derived are derived again, so they
     * follow a new instance id.
     */
    public Builder toBuilder() {
        return new Builder(definition);
    }

    /**
     * The id a part defined without one gets: a name-based UUID ({@link UUID#nameUUIDFromBytes}) of
     * {@code kind + "/" + name}, where kind is the part's ARN segment ({@code queue}, {@code agent},
     * {@code operating-hours}, {@code transfer-destination}, {@code contact-flow}).
     */
    public static String nameBasedId(String kind, String name) {
        return UUID.nameUUIDFromBytes((kind + "/" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The ARN of the instance with id {@code instanceId}, as {@link #arn()} gives it. */
    public static String instanceArn(String instanceId) {
        return arnPrefix(Objects.requireNonNull(instanceId, "instanceId"));
    }

    public String instanceId() {
        return instanceId;
    }

    /** The instance ARN prefix every resource ARN starts with. */
    public String arn() {
        return arn;
    }

    /** The ARN of a part of this instance: {@code arn() + "/" + kind + "/" + id}. */
    public String arnOf(String kind, String id) {
        return arn() + "/" + kind + "/" + id;
    }

    /** Whether multi-party calls (up to 6 participants) are on instead of the default three-party limit. */
    public boolean multiPartyConference() {
        return multiPartyConference;
    }

    /**
     * How long a contact is offered to an agent before it is missed, when the instance says (the instance file's
     * {@code instance.offerTimeout}, or a scenario's {@code Given offers ring for ...}); empty: the simulation's
     * default ({@code Timings.agentOfferTimeout}, 20 s).
     */
    public Optional<Duration> offerTimeout() {
        return Optional.ofNullable(offerTimeout);
    }

    /** What the instance's Customer Profiles and Cases domains hold when a simulation starts. */
    public CustomerData customerData() {
        return customerData;
    }

    /** The Lex bots the instance's flows reach, as the instance file describes them. */
    public LexBots lexBots() {
        return lexBots;
    }

    public HoursOfOperation hoursOfOperation(String name) {
        return find("hours of operation", hours, name);
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

    /**
     * The hours of operation {@code reference} names: a name, an id, the ARN, or an ARN ending
     * {@code /operating-hours/<id>}.
     */
    public Optional<HoursOfOperation> findHoursOfOperation(String reference) {
        return remembered(hoursReferences, reference, r -> findByReference(hours, "operating-hours", r,
                HoursOfOperation::id, HoursOfOperation::arn));
    }

    /**
     * The queue {@code reference} names: a name, an id, the ARN, an ARN ending {@code /queue/<id>}, or the deploy
     * placeholder {@code %%NAME%%} of a queue named NAME (hours of operation and agents are found the same ways).
     */
    public Optional<Queue> findQueue(String reference) {
        return remembered(queueReferences, reference, r -> {
            if (!queues.containsKey(r) && queuesByArn.containsKey(r)) {
                return Optional.of(queuesByArn.get(r));
            }
            return findByReference(queues, "queue", r, Queue::id, Queue::arn);
        });
    }

    /** The agent {@code reference} names: a username, an id, the ARN, or an ARN ending {@code /agent/<id>}. */
    public Optional<AgentProfile> findAgent(String reference) {
        return remembered(agentReferences, reference, r -> {
            if (!agents.containsKey(r) && agentsByArn.containsKey(r)) {
                return Optional.of(agentsByArn.get(r));
            }
            return findByReference(agents, "agent", r, AgentProfile::id, AgentProfile::arn);
        });
    }

    /** {@code find}'s answer for {@code reference}, worked out once while fewer than the cap are remembered. */
    private static <T> Optional<T> remembered(Map<String, Optional<T>> answers, String reference,
            Function<String, Optional<T>> find) {
        Objects.requireNonNull(reference, "reference");
        Optional<T> known = answers.get(reference);
        if (known != null) {
            return known;
        }
        Optional<T> found = find.apply(reference);
        if (answers.size() < REMEMBERED_REFERENCES) {
            answers.put(reference, found);
        }
        return found;
    }

    /** The instance's phone number {@code e164}, with the flow that answers it. */
    public Optional<PhoneNumber> phoneNumber(String e164) {
        return Optional.ofNullable(phoneNumbers.get(e164));
    }

    /** Every hours of operation, "Basic Hours" first unless the builder defined it, then in definition order. */
    public List<HoursOfOperation> hoursOfOperations() {
        return List.copyOf(hours.values());
    }

    /** Every queue, in the order they were defined. */
    public List<Queue> queues() {
        return List.copyOf(queues.values());
    }

    /** Every routing profile, in the order they were defined. */
    public List<RoutingProfile> routingProfiles() {
        return List.copyOf(routingProfiles.values());
    }

    /** Every agent, in the order they were defined. */
    public List<AgentProfile> agents() {
        return List.copyOf(agents.values());
    }

    /** Every quick connect, in the order they were defined. */
    public List<QuickConnect> quickConnects() {
        return List.copyOf(quickConnects.values());
    }

    /** Every phone number, in the order they were defined. */
    public List<PhoneNumber> phoneNumbers() {
        return List.copyOf(phoneNumbers.values());
    }

    /** The agent with this ARN, or null. */
    public AgentProfile agentByArn(String arn) {
        return agentsByArn.get(arn);
    }

    /** The queue with this ARN, or null. */
    public Queue queueByArn(String arn) {
        return queuesByArn.get(arn);
    }

    /** The quick connect with this ARN, or null. */
    public QuickConnect quickConnectByArn(String arn) {
        return quickConnectsByArn.get(arn);
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

    private static <T> Optional<T> findByReference(Map<String, T> byName, String kind, String reference,
            Function<T, String> id, Function<T, String> arn) {
        Objects.requireNonNull(reference, "reference");
        T named = byName.get(reference);
        if (named != null) {
            return Optional.of(named);
        }
        Optional<T> placeholder = DeployPlaceholder.name(reference).map(byName::get);
        if (placeholder.isPresent()) {
            return placeholder;
        }
        Matcher connectArn = CONNECT_ARN.matcher(reference);
        String idInArn = connectArn.matches() && connectArn.group(1).equals(kind) ? connectArn.group(2) : null;
        return byName.values().stream()
                .filter(part -> id.apply(part).equals(reference) || arn.apply(part).equals(reference)
                        || id.apply(part).equals(idInArn))
                .findFirst();
    }

    private static String arnPrefix(String instanceId) {
        return "arn:aws:connect:us-east-1:000000000000:instance/" + instanceId;
    }

    /**
     * Builds an {@link Instance}. Defining a part again under the same name replaces it in place. References
     * between parts are checked by {@link #build()}; flow names are not (the instance does not know the flows).
     */
    public static final class Builder {
        private String instanceId = DEFAULT_INSTANCE_ID;
        private final Map<String, HoursSpec> hours;
        private final Map<String, QueueOptions> queues;
        private final Map<String, RoutingProfile> routingProfiles;
        private final Map<String, AgentSpec> agents;
        private final Map<String, QuickConnectSpec> quickConnects;
        private final Map<String, PhoneNumber> phoneNumbers;
        private boolean multiPartyConference;
        private Duration offerTimeout;
        private CustomerData customerData = CustomerData.empty();
        private LexBots lexBots = LexBots.none();

        private Builder() {
            hours = new LinkedHashMap<>();
            queues = new LinkedHashMap<>();
            routingProfiles = new LinkedHashMap<>();
            agents = new LinkedHashMap<>();
            quickConnects = new LinkedHashMap<>();
            phoneNumbers = new LinkedHashMap<>();
        }

        private Builder(Builder other) {
            instanceId = other.instanceId;
            hours = new LinkedHashMap<>(other.hours);
            queues = new LinkedHashMap<>(other.queues);
            routingProfiles = new LinkedHashMap<>(other.routingProfiles);
            agents = new LinkedHashMap<>(other.agents);
            quickConnects = new LinkedHashMap<>(other.quickConnects);
            phoneNumbers = new LinkedHashMap<>(other.phoneNumbers);
            multiPartyConference = other.multiPartyConference;
            offerTimeout = other.offerTimeout;
            customerData = other.customerData;
            lexBots = other.lexBots;
        }

        public Builder instanceId(String id) {
            this.instanceId = Objects.requireNonNull(id, "id");
            return this;
        }

        /** Hours of operation as given, id and ARN included. Defining "Basic Hours" replaces the 24/7 default. */
        public Builder hoursOfOperation(HoursOfOperation hoursOfOperation) {
            Objects.requireNonNull(hoursOfOperation, "hoursOfOperation");
            return hoursOfOperation(hoursOfOperation.name(), hoursOfOperation.id(), hoursOfOperation.arn(),
                    hoursOfOperation.zone(), hoursOfOperation.ranges());
        }

        /** Hours of operation with a name-based id and an ARN under this instance. */
        public Builder hoursOfOperation(String name, ZoneId zone, List<OpenRange> ranges) {
            return hoursOfOperation(name, null, null, zone, ranges);
        }

        /**
         * Hours of operation; a null {@code id} is the last segment of {@code arn} when given, else name-based; a
         * null {@code arn} is the instance ARN + {@code /operating-hours/<id>}.
         */
        public Builder hoursOfOperation(String name, String id, String arn, ZoneId zone, List<OpenRange> ranges) {
            Objects.requireNonNull(name, "name");
            hours.put(name, new HoursSpec(id, arn, Objects.requireNonNull(zone, "zone"), List.copyOf(ranges)));
            return this;
        }

        /** A queue with the default options: "Basic Hours", no limit, no outbound caller id. */
        public Builder queue(String name) {
            return queue(name, QueueOptions.defaults());
        }

        /** A queue with {@code options} (id, ARN, hours of operation, maximum contacts, outbound caller id). */
        public Builder queue(String name, QueueOptions options) {
            queues.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(options, "options"));
            return this;
        }

        public Builder routingProfile(String name, String... queueNames) {
            return routingProfile(name, List.of(queueNames));
        }

        /** A routing profile whose agents take contacts from {@code queueNames}, in priority order. */
        public Builder routingProfile(String name, List<String> queueNames) {
            routingProfiles.put(name, new RoutingProfile(name, queueNames));
            return this;
        }

        /** An agent whose contacts are accepted by the test's own agent-side code. */
        public Builder agent(String username, String routingProfile) {
            return agent(username, routingProfile, AgentOptions.defaults());
        }

        public Builder agent(String username, String routingProfile, AgentBehavior behavior) {
            return agent(username, routingProfile, AgentOptions.defaults().withBehavior(behavior));
        }

        /** An agent with {@code options} (id, ARN, first and last name, behaviour). */
        public Builder agent(String username, String routingProfile, AgentOptions options) {
            agents.put(Objects.requireNonNull(username, "username"),
                    new AgentSpec(Objects.requireNonNull(routingProfile, "routingProfile"),
                            Objects.requireNonNull(options, "options")));
            return this;
        }

        /** A quick connect of {@code type} to {@code target}, attached to {@code queueNames}, with no flow. */
        public Builder quickConnect(String name, QuickConnectType type, String target, String... queueNames) {
            return quickConnect(name, type, target, List.of(queueNames), null);
        }

        /**
         * A quick connect of {@code type} to {@code target}, attached to {@code queueNames}, whose transfers run
         * {@code flowName}: an AGENT_TRANSFER flow for USER, a QUEUE_TRANSFER flow for QUEUE; null for none.
         * PHONE_NUMBER quick connects take no flow.
         */
        public Builder quickConnect(String name, QuickConnectType type, String target, List<String> queueNames,
                String flowName) {
            quickConnects.put(Objects.requireNonNull(name, "name"), new QuickConnectSpec(
                    Objects.requireNonNull(type, "type"), Objects.requireNonNull(target, "target"),
                    List.copyOf(queueNames), flowName));
            return this;
        }

        /** A phone number of the instance, answered by the CONTACT_FLOW {@code flowName}. */
        public Builder phoneNumber(String e164, String flowName) {
            PhoneNumber number = new PhoneNumber(e164, flowName);
            phoneNumbers.put(number.number(), number);
            return this;
        }

        public Builder multiPartyConference(boolean on) {
            this.multiPartyConference = on;
            return this;
        }

        /** How long a contact is offered to an agent before it is missed: more than 0. */
        public Builder offerTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("an offer must ring for more than 0 s before it is missed,"
                        + " such as 30s");
            }
            this.offerTimeout = timeout;
            return this;
        }

        /** The profiles and cases the instance's Customer Profiles and Cases domains start with. */
        public Builder customerData(CustomerData data) {
            this.customerData = Objects.requireNonNull(data, "data");
            return this;
        }

        /** The Lex bots the instance's flows reach. */
        public Builder lexBots(LexBots bots) {
            this.lexBots = Objects.requireNonNull(bots, "bots");
            return this;
        }

        /**
         * Checks that every name referred to is defined and that no two parts of a kind share an id or ARN, then
         * builds; otherwise throws an {@link InvalidInstanceException} that lists every problem.
         */
        public Instance build() {
            List<Problem> problems = new ArrayList<>();
            Map<String, HoursOfOperation> builtHours = new LinkedHashMap<>();
            if (!hours.containsKey(HoursOfOperation.BASIC_HOURS)) {
                String id = nameBasedId("operating-hours", HoursOfOperation.BASIC_HOURS);
                builtHours.put(HoursOfOperation.BASIC_HOURS, HoursOfOperation.alwaysOpen(HoursOfOperation.BASIC_HOURS,
                        id, arnPrefix(instanceId) + "/operating-hours/" + id));
            }
            hours.forEach((name, spec) -> {
                Identity identity = identity(problems, "hoursOfOperation", "hours of operation", "operating-hours",
                        name, spec.id(), spec.arn());
                builtHours.put(name, new HoursOfOperation(name, identity.id(), identity.arn(), spec.zone(),
                        spec.ranges()));
            });
            Map<String, Queue> builtQueues = new LinkedHashMap<>();
            queues.forEach((name, options) -> {
                Identity identity = identity(problems, "queues", "queue", "queue", name, options.id(),
                        options.arn());
                builtQueues.put(name, new Queue(name, identity.id(), identity.arn(), options.hoursOfOperation(),
                        options.maxContacts(), options.outboundCallerIdNumber()));
            });
            Map<String, AgentProfile> builtAgents = new LinkedHashMap<>();
            agents.forEach((username, spec) -> {
                AgentOptions options = spec.options();
                Identity identity = identity(problems, "agents", "agent", "agent", username, options.id(),
                        options.arn());
                builtAgents.put(username, new AgentProfile(username, identity.id(), identity.arn(),
                        options.firstName() == null ? capitalised(username) : options.firstName(),
                        options.lastName() == null ? AgentOptions.DEFAULT_LAST_NAME : options.lastName(),
                        spec.routingProfile(), options.behavior()));
            });
            Map<String, QuickConnect> builtQuickConnects = new LinkedHashMap<>();
            quickConnects.forEach((name, spec) -> {
                String id = nameBasedId("transfer-destination", name);
                builtQuickConnects.put(name, new QuickConnect(name, id,
                        arnPrefix(instanceId) + "/transfer-destination/" + id, spec.type(), spec.target(),
                        spec.queues(), spec.flowName()));
            });

            requireUnique(problems, "hoursOfOperation", "hours of operation", builtHours, HoursOfOperation::id,
                    HoursOfOperation::arn);
            requireUnique(problems, "queues", "queue", builtQueues, Queue::id, Queue::arn);
            requireUnique(problems, "agents", "agent", builtAgents, AgentProfile::id, AgentProfile::arn);
            builtQueues.values().forEach(q -> requireKnown(problems, List.of("queues", q.name(), "hours"),
                    "queue '" + q.name() + "'", "hours of operation", builtHours, q.hoursOfOperation()));
            routingProfiles.values().forEach(p -> {
                for (int i = 0; i < p.queueNames().size(); i++) {
                    requireKnown(problems, List.of("routingProfiles", p.name(), String.valueOf(i)),
                            "routing profile '" + p.name() + "'", "queue", builtQueues, p.queueNames().get(i));
                }
            });
            builtAgents.values().forEach(a -> requireKnown(problems, List.of("agents", a.username(), "routingProfile"),
                    "agent '" + a.username() + "'", "routing profile", routingProfiles, a.routingProfile()));
            builtAgents.values().forEach(a -> {
                if (a.behavior() instanceof AgentBehavior.Automatic automatic && automatic.transfer() != null) {
                    requireKnown(problems, List.of("agents", a.username(), "behavior"), "agent '" + a.username() + "'",
                            "quick connect", builtQuickConnects, automatic.transfer().quickConnect());
                }
            });
            for (QuickConnect qc : builtQuickConnects.values()) {
                String owner = "quick connect '" + qc.name() + "'";
                for (int i = 0; i < qc.queues().size(); i++) {
                    requireKnown(problems, List.of("quickConnects", qc.name(), "queues", String.valueOf(i)), owner,
                            "queue", builtQueues, qc.queues().get(i));
                }
                List<String> target = List.of("quickConnects", qc.name(), "target");
                if (qc.type() == QuickConnectType.USER) {
                    requireKnown(problems, target, owner, "agent", builtAgents, qc.target());
                } else if (qc.type() == QuickConnectType.QUEUE) {
                    requireKnown(problems, target, owner, "queue", builtQueues, qc.target());
                } else if (qc.flowName() != null) {
                    problems.add(new Problem(List.of("quickConnects", qc.name(), "flow"), owner,
                            "is a PHONE_NUMBER quick connect, which runs no flow, but names flow '" + qc.flowName()
                                    + "'"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInstanceException(problems);
            }
            return new Instance(this, builtHours, builtQueues, builtAgents, builtQuickConnects);
        }

        private Identity identity(List<Problem> problems, String section, String kindName, String kind,
                String name, String id, String arn) {
            if (id == null && arn == null) {
                String derived = nameBasedId(kind, name);
                return new Identity(derived, arnPrefix(instanceId) + "/" + kind + "/" + derived);
            }
            if (arn == null) {
                return new Identity(id, arnPrefix(instanceId) + "/" + kind + "/" + id);
            }
            String lastSegment = arn.substring(arn.lastIndexOf('/') + 1);
            if (id != null && !id.equals(lastSegment)) {
                problems.add(new Problem(List.of(section, name, "arn"), kindName + " '" + name + "'",
                        "has id '" + id + "' but its ARN ends in '" + lastSegment + "' (an ARN ends with the id)"));
            }
            return new Identity(id == null ? lastSegment : id, arn);
        }

        private static <T> void requireUnique(List<Problem> problems, String section, String kind,
                Map<String, T> parts, Function<T, String> id, Function<T, String> arn) {
            Map<String, String> ownerOfId = new LinkedHashMap<>();
            Map<String, String> ownerOfArn = new LinkedHashMap<>();
            parts.forEach((name, part) -> {
                String sameId = ownerOfId.putIfAbsent(id.apply(part), name);
                String sameArn = ownerOfArn.putIfAbsent(arn.apply(part), name);
                if (sameId != null || sameArn != null) {
                    problems.add(new Problem(List.of(section, name, sameId != null ? "id" : "arn"),
                            kind + " '" + name + "'", "has the same " + (sameId != null ? "id" : "ARN") + " as "
                                    + kind + " '" + (sameId != null ? sameId : sameArn) + "'"));
                }
            });
        }

        private static void requireKnown(List<Problem> problems, List<String> path, String owner, String kind,
                Map<String, ?> map, String name) {
            if (!map.containsKey(name)) {
                problems.add(new Problem(path, owner, "refers to " + new UnknownNameException(kind, name,
                        map.keySet().stream().sorted().toList()).getMessage().replaceFirst("^the instance has no ",
                                "an undefined ")));
            }
        }

        private static String capitalised(String username) {
            return username.isEmpty() ? username
                    : username.substring(0, 1).toUpperCase(Locale.ROOT) + username.substring(1);
        }
    }

    private record HoursSpec(String id, String arn, ZoneId zone, List<OpenRange> ranges) {
    }

    private record AgentSpec(String routingProfile, AgentOptions options) {
    }

    private record QuickConnectSpec(QuickConnectType type, String target, List<String> queues, String flowName) {
    }

    private record Identity(String id, String arn) {
    }
}

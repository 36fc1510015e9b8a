package dev.connectsim.sim;

import dev.connectsim.agent.Agent;
import dev.connectsim.agent.Ccp;
import dev.connectsim.agent.CtiService;
import dev.connectsim.contact.Connection;
import dev.connectsim.contact.ConnectionState;
import dev.connectsim.contact.ConnectionType;
import dev.connectsim.contact.Contact;
import dev.connectsim.contact.ContactRecord;
import dev.connectsim.contact.ContactType;
import dev.connectsim.contact.Contacts;
import dev.connectsim.contact.Endpoint;
import dev.connectsim.contact.InitiationMethod;
import dev.connectsim.contact.Party;
import dev.connectsim.cti.CtiError;
import dev.connectsim.cti.CtiErrorType;
import dev.connectsim.cti.CtiOperation;
import dev.connectsim.event.EventLog;
import dev.connectsim.event.HandlerFailure;
import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.run.FlowEngine;
import dev.connectsim.flow.run.FlowTimings;
import dev.connectsim.flow.run.Keypress;
import dev.connectsim.flow.run.RunKind;
import dev.connectsim.lambda.LambdaRegistry;
import dev.connectsim.scv.ScvSettings;
import dev.connectsim.scv.TelephonyFunctionBinding;
import dev.connectsim.scv.TelephonyIntegrationFunction;
import dev.connectsim.lambda.LambdaRuntime;
import dev.connectsim.lambda.RetryPolicy;
import dev.connectsim.lambda.ScenarioValues;
import dev.connectsim.routing.AgentBehavior;
import dev.connectsim.routing.Instance;
import dev.connectsim.routing.PhoneNumber;
import dev.connectsim.routing.Router;
import dev.connectsim.telephony.CallControl;
import dev.connectsim.telephony.Dialer;
import dev.connectsim.setup.SimulatedInstance;
import dev.connectsim.telephony.PhoneBook;
import dev.connectsim.time.RunResult;
import dev.connectsim.time.Scheduler;
import dev.connectsim.time.SimRandom;
import dev.connectsim.time.Timings;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One simulated Amazon Connect instance on a virtual clock: its agents' CCPs, its callers, and the
 * external numbers they reach. Everything it does is decided by its {@link Instance}, its
 * {@link Timings} and its seed, so two simulations built alike run alike, event for event.
 *
 * <p>Nothing happens until virtual time is run with {@link #runFor} or {@link #runUntil}.
 */
public final class Simulation {

    /** The virtual instant every simulation starts at unless told otherwise: a Monday, 09:00 UTC. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-05T09:00:00Z");
    /** The seed of a simulation built without one: every scenario's. */
    public static final long DEFAULT_SEED = 1;

    private final Instance instance;
    private final Timings timings;
    private final Scheduler scheduler;
    private final SimRandom random;
    private final EventLog eventLog;
    private final Contacts contacts = new Contacts();
    private final boolean keepHistory;
    private final PhoneBook phoneBook = new PhoneBook();
    private final Router router;
    private final CallControl callControl;
    private final Map<String, Ccp> ccps = new LinkedHashMap<>();
    private final String systemNumber;
    private final LambdaRuntime lambdas;
    private final FlowEngine flowEngine;
    private final CtiFaults faults = new CtiFaults();
    private final SimulatedCti service;

    private Simulation(Builder builder) {
        this.instance = builder.instance;
        this.timings = instance.offerTimeout().map(builder.timings::withAgentOfferTimeout).orElse(builder.timings);
        this.systemNumber = builder.systemNumber;
        this.keepHistory = builder.keepHistory;
        this.eventLog = keepHistory ? new EventLog() : EventLog.keepingNothing();
        this.scheduler = new Scheduler(builder.start);
        this.random = new SimRandom(builder.seed);
        this.router = new Router(instance, scheduler, timings, random);
        this.callControl = new CallControl(contacts, router, scheduler);
        Dialer dialer = new Dialer(contacts, router, callControl, phoneBook, scheduler, timings, random);
        this.lambdas = new LambdaRuntime(scheduler, builder.boundLambdas(), random, RetryPolicy.connectDefault(),
                keepHistory, builder.scenarioValues);
        this.flowEngine = new FlowEngine(scheduler, instance, builder.flows, lambdas,
                new SimulatedCallHandling(instance, router, callControl, dialer), builder.flowTimings, keepHistory);
        new FlowHooks(flowEngine, instance, contacts, router, callControl, dialer).install();
        this.service = new SimulatedCti(router, callControl, dialer, faults);
        router.addListener(new AutomaticAgents(instance, service, scheduler, timings));
        if (!keepHistory) {
            contacts.onRecordFinal(this::forget);
        }
        for (var profile : instance.agents()) {
            if (profile.behavior() instanceof AgentBehavior.Automatic) {
                continue;
            }
            Ccp ccp = new Ccp(profile.username(), service, scheduler, timings, eventLog);
            ccps.put(profile.username(), ccp);
            ccp.start();
        }
    }

    /** Drops every trace of a leg whose record is final, in a simulation that keeps no history. */
    private void forget(Contact contact) {
        contacts.forget(contact);
        router.forget(contact);
        flowEngine.forget(contact);
    }

    public static Builder builder(Instance instance) {
        return new Builder(instance);
    }

    /** A builder for the instance a file under flows/ describes, with its flows and Lambda functions. */
    public static Builder builder(SimulatedInstance described) {
        return new Builder(described.instance()).flows(described.flows()).lambdas(described.lambdas());
    }

    /** The Streams agent of {@code username}'s CCP. */
    public Agent agent(String username) {
        return ccp(username).agent();
    }

    /** The CCP of {@code username}. */
    public Ccp ccp(String username) {
        Ccp ccp = ccps.get(username);
        if (ccp == null && instance.agent(username).behavior() instanceof AgentBehavior.Automatic) {
            throw new IllegalArgumentException(username + " is an automatic agent (AgentBehavior.Automatic): nobody"
                    + " sits at a CCP, so there is no agent-side view of them");
        }
        return ccp;
    }

    /**
     * The service behind the CCPs (the CTI operations and the agent snapshot), for another CCP of an agent, such as
     * a page running the real Streams library: its actions change what every CCP shows.
     */
    public CtiService cti() {
        return service;
    }

    /** How external numbers behave when dialled. */
    public PhoneBook phoneBook() {
        return phoneBook;
    }

    public Instance instance() {
        return instance;
    }

    public Timings timings() {
        return timings;
    }

    public long seed() {
        return random.seed();
    }

    /**
     * A customer calls the instance's system number from {@code from}: the call reaches the system after
     * the answer delay and runs the contact flow of that number. Returns the new contact's id.
     */
    public String inboundCall(String from) {
        return dial(from, systemNumber);
    }

    /**
     * A customer calls {@code number}, one of the instance's phone numbers, from {@code from}: the call
     * reaches the system after the answer delay and runs the contact flow the number is bound to.
     */
    public String dial(String from, String number) {
        return dial(from, number, Map.of());
    }

    /** As {@link #dial(String, String)}, with contact attributes the call starts with, as its flow sees them. */
    public String dial(String from, String number, Map<String, String> attributes) {
        PhoneNumber entry = instance.phoneNumber(number).orElseThrow(() -> new IllegalArgumentException(
                "the instance has no phone number " + number + "; it has: " + (instance.phoneNumbers().isEmpty()
                        ? "none" : String.join(", ", instance.phoneNumbers().stream().map(PhoneNumber::number)
                                .toList()))));
        FlowLibrary.Entry flow = flowEngine.flows().named(entry.flowName());
        Contact contact = arriving(from, number, attributes);
        scheduler.schedule(timings.systemAnswer(), () -> "call from " + from + " reaches " + number, () -> {
            if (connect(contact)) {
                flowEngine.start(contact, flow, RunKind.SEGMENT, null);
            }
        });
        return contact.contactId();
    }

    /**
     * A customer calls from {@code from}: the call reaches the system after the answer delay and
     * waits in {@code queueName} for an agent, with no flow. Returns the new contact's id.
     */
    public String inboundCall(String from, String queueName) {
        return inboundCall(from, queueName, Map.of());
    }

    /** As {@link #inboundCall(String, String)}, with contact attributes set before it is queued. */
    public String inboundCall(String from, String queueName, Map<String, String> attributes) {
        instance.queue(queueName);
        Contact contact = arriving(from, systemNumber, attributes);
        scheduler.schedule(timings.systemAnswer(), "call from " + from + " reaches the system", () -> {
            if (connect(contact)) {
                router.enqueue(contact, queueName);
            }
        });
        return contact.contactId();
    }

    /** A new inbound contact whose customer's call is on its way to the system. */
    private Contact arriving(String from, String number, Map<String, String> attributes) {
        if (!PhoneNumber.isE164(from)) {
            throw new IllegalArgumentException("caller number '" + from + "' is not in E.164 form such as +15550100");
        }
        Contact contact = new Contact(random.uuid(), ContactType.VOICE, InitiationMethod.INBOUND, null, null, from,
                number, scheduler.now());
        if (!attributes.isEmpty()) {
            new LinkedHashMap<>(attributes).forEach(contact::putAttribute);
        }
        Connection customer = new Connection(random.uuid(), ConnectionType.INBOUND, Party.CUSTOMER,
                Endpoint.byPhoneNumber(from), true, scheduler.now());
        contact.addConnection(customer);
        contact.moveConnection(customer, ConnectionState.CONNECTING, scheduler.now());
        contacts.add(contact);
        return contact;
    }

    /** The call reaches the system; false when the caller hung up on the way. */
    private boolean connect(Contact contact) {
        Connection customer = contact.initialConnection().orElseThrow();
        if (customer.state() != ConnectionState.CONNECTING) {
            return false;
        }
        contact.moveConnection(customer, ConnectionState.CONNECTED, scheduler.now());
        contact.connectedToSystem(scheduler.now());
        return true;
    }

    /** The caller from {@code from} will press {@code digits} {@code after} the prompt of their next input block. */
    public void callerWillPress(String from, String digits, Duration after) {
        flowEngine.callerWillPress(from, new Keypress(digits, after));
    }

    /** The flows of the instance as they run: visits, flow logs, prompts, how runs ended. */
    public FlowEngine flows() {
        return flowEngine;
    }

    /** The Lambda functions the flows invoke, and the log of their invocations. */
    public LambdaRuntime lambdas() {
        return lambdas;
    }

    /** The customer of {@code contactId} hangs up now. */
    public void customerHangsUp(String contactId) {
        String call = contacts.get(contactId).initialContactId();
        callControl.customerHangsUp(contactId);
        flowEngine.customerLeft(call);
    }

    /** The customer of {@code contactId} hangs up {@code after} from now. */
    public void customerHangsUpAfter(String contactId, Duration after) {
        contacts.get(contactId);
        scheduler.schedule(after, () -> "customer of " + contactId + " hangs up", () -> {
            if (contacts.contains(contactId)) {
                customerHangsUp(contactId);
            }
        });
    }

    /**
     * The next call of {@code operation} by {@code agent} to reach the service (after the CTI
     * latency, so also one already on its way) fails as the service would fail it: the
     * agent's failure callback gets a {@link CtiError} of {@code type} and {@code message} (its
     * {@code type().type()} is Streams' {@code err.type}, such as "InternalServiceError"), and the
     * call changes nothing. Other agents, and the agent's other operations, are not affected.
     */
    public void failNext(String agent, CtiOperation operation, CtiErrorType type, String message) {
        failNext(agent, operation, type, message, 1);
    }

    /**
     * As {@link #failNext(String, CtiOperation, CtiErrorType, String)}, for the next {@code times}
     * calls. Failures planned for the same agent and operation are used up in the order planned.
     */
    public void failNext(String agent, CtiOperation operation, CtiErrorType type, String message, int times) {
        instance.agent(agent);
        faults.failNext(agent, operation, new CtiError(type, message), times);
    }

    /** The server-side contact leg, for assertions on its connections, state and record. */
    public Contact contact(String contactId) {
        return contacts.get(contactId);
    }

    /** Every contact leg so far, in the order they began (without history: the legs still going). */
    public List<Contact> contacts() {
        return List.copyOf(contacts.all());
    }

    /** The contact trace record of every leg, in the order the legs began (without history: the legs still going). */
    public List<ContactRecord> contactRecords() {
        return contacts.all().stream().map(Contact::record).toList();
    }

    /**
     * Tells {@code listener} the contact trace record of every leg as it becomes final: once the customer's part is
     * over and the agent who had the leg cleared it (after-contact work ended), as Connect writes a CTR only then.
     * A leg still going when the run stops has no final record.
     */
    public void onRecordFinal(Consumer<ContactRecord> listener) {
        Objects.requireNonNull(listener, "listener");
        contacts.onRecordFinal(contact -> listener.accept(contact.record()));
    }

    /** How many legs have begun and have no final record yet: calls still going, and those in after-contact work. */
    public int openContacts() {
        return contacts.open();
    }

    /** Runs virtual time forward by {@code duration}. */
    public RunResult runFor(Duration duration) {
        return scheduler.runFor(duration);
    }

    /** Runs virtual time until {@code condition} holds, for at most {@code timeout}. */
    public RunResult runUntil(BooleanSupplier condition, Duration timeout) {
        return scheduler.runUntil(condition, scheduler.now().plus(timeout));
    }

    public Instant now() {
        return scheduler.now();
    }

    /** The scheduler, for code that schedules its own events (a scenario's caller, a transfer procedure). */
    public Scheduler scheduler() {
        return scheduler;
    }

    /** Every event every CCP fired, in order. */
    public EventLog eventLog() {
        return eventLog;
    }

    /** What event handlers and callbacks threw, across every CCP, in the order of the CCPs. */
    public List<HandlerFailure> handlerFailures() {
        return ccps.values().stream().flatMap(c -> c.failures().stream()).toList();
    }

    /** Configures a {@link Simulation}. */
    public static final class Builder {
        private final Instance instance;
        private Timings timings = Timings.defaults();
        private long seed = DEFAULT_SEED;
        private Instant start = DEFAULT_START;
        private String systemNumber = "+18005550100";
        private FlowLibrary flows = FlowLibrary.empty();
        private LambdaRegistry lambdas = new LambdaRegistry();
        private FlowTimings flowTimings = FlowTimings.defaults();
        private Optional<ScvSettings> salesforce = Optional.empty();
        private boolean keepHistory = true;
        private ScenarioValues scenarioValues = ScenarioValues.NONE;

        private Builder(Instance instance) {
            this.instance = Objects.requireNonNull(instance, "instance");
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public Builder timings(Timings value) {
            this.timings = Objects.requireNonNull(value, "timings");
            return this;
        }

        public Builder start(Instant value) {
            this.start = Objects.requireNonNull(value, "start");
            return this;
        }

        /** The instance's number that inbound customers dial. */
        public Builder systemNumber(String value) {
            if (!PhoneNumber.isE164(value)) {
                throw new IllegalArgumentException("system number '" + value + "' is not in E.164 form");
            }
            this.systemNumber = value;
            return this;
        }

        /** The flows the instance's phone numbers, quick connects and hooks run. */
        public Builder flows(FlowLibrary value) {
            this.flows = Objects.requireNonNull(value, "flows");
            return this;
        }

        /** The Lambda functions the flows invoke, by ARN. */
        public Builder lambdas(LambdaRegistry value) {
            this.lambdas = Objects.requireNonNull(value, "lambdas");
            return this;
        }

        /** How long prompts play, and the limit on blocks per contact. */
        public Builder flowTimings(FlowTimings value) {
            this.flowTimings = Objects.requireNonNull(value, "flowTimings");
            return this;
        }

        /**
         * Salesforce Service Cloud Voice: the flows' unbound {@code ...InvokeTelephonyIntegrationApiFunction} ARNs
         * run the telephony-integration function against {@code settings.endpointBase()} (the scenario's
         * simulated Salesforce). Functions bound explicitly keep their binding.
         */
        public Builder salesforce(ScvSettings settings) {
            this.salesforce = Optional.of(Objects.requireNonNull(settings, "settings"));
            return this;
        }

        /**
         * Whether the simulation keeps what happened for reports (default yes): every leg, block visits, flow
         * logs, prompts, finished flow runs, Lambda attempts, the CCPs' event log. Without, it keeps only what is
         * still going: a leg is forgotten as soon as its record is final ({@link #onRecordFinal} listeners get it
         * first), and only the flow runs that ended in a FLOW_ERROR are kept; so memory follows the calls going on
         * at once, not the calls so far. For load runs; scenarios and reports need the history.
         */
        public Builder keepHistory(boolean value) {
            this.keepHistory = value;
            return this;
        }

        /**
         * What the scenario knows that a team's function can name in its environment ({@code ${salesforce.url}}),
         * asked for on each cold start that needs it; none by default.
         */
        public Builder scenarioValues(ScenarioValues value) {
            this.scenarioValues = Objects.requireNonNull(value, "scenarioValues");
            return this;
        }

        public Simulation build() {
            return new Simulation(this);
        }

        /** The bound functions, with the telephony function added where the flows expect it (never changing the given registry). */
        private LambdaRegistry boundLambdas() {
            if (salesforce.isEmpty()) {
                return lambdas;
            }
            LambdaRegistry registry = lambdas.copy();
            TelephonyFunctionBinding.bindUnbound(registry, flows, salesforce.get(),
                    TelephonyIntegrationFunction.overHttp(salesforce.get()));
            return registry;
        }
    }
}

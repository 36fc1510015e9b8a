package dev.connectsim.harness;

import dev.connectsim.agent.Callbacks;
import dev.connectsim.agent.Contact;
import dev.connectsim.contact.ContactRecord;
import dev.connectsim.contact.ContactState;
import dev.connectsim.contact.Endpoint;
import dev.connectsim.cti.CtiErrorType;
import dev.connectsim.cti.CtiOperation;
import dev.connectsim.flow.run.BlockVisit;
import dev.connectsim.flow.run.FlowRunRecord;
import dev.connectsim.flow.run.Unmodelled;
import dev.connectsim.handler.FunctionEnvironment;
import dev.connectsim.harness.salesforce.SalesforceJournal;
import dev.connectsim.harness.salesforce.SalesforceStub;
import dev.connectsim.harness.salesforce.SalesforceStubs;
import dev.connectsim.lambda.FunctionArn;
import dev.connectsim.lambda.FunctionConfig;
import dev.connectsim.lambda.InvocationLog;
import dev.connectsim.lambda.LambdaAttempt;
import dev.connectsim.lambda.LambdaRegistry;
import dev.connectsim.lambda.ScenarioAnswer;
import dev.connectsim.project.Project;
import dev.connectsim.project.ProjectInstance;
import dev.connectsim.routing.AgentBehavior;
import dev.connectsim.routing.AgentOptions;
import dev.connectsim.routing.AgentProfile;
import dev.connectsim.routing.Instance;
import dev.connectsim.scv.InMemoryTelephonyFunction;
import dev.connectsim.scv.ScvSettings;
import dev.connectsim.scv.TelephonyFunctionBinding;
import dev.connectsim.setup.SimulatedInstance;
import dev.connectsim.sim.Simulation;
import dev.connectsim.streams.ResponseOrder;
import dev.connectsim.telephony.ThirdPartyBehavior;
import dev.connectsim.text.NearestName;
import dev.connectsim.transfer.BlindTransfer;
import dev.connectsim.transfer.ColdTransfer;
import dev.connectsim.transfer.TransferProcedure;
import dev.connectsim.transfer.WarmTransfer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One scenario's contact center: the project's instance ({@code flows/instance.yaml}), its own simulated Salesforce,
 * and the simulation built from both when the first call is placed, after the Given steps have said how agents,
 * third parties, Lambda functions and Salesforce behave. Steps ask it to do things and to tell what happened; it
 * holds no Cucumber type, so the same world serves any runner.
 */
public final class ScenarioWorld implements AutoCloseable {

    /** How long a step waits, in virtual time, when it does not say. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);
    /** The usernames of the agents {@link #addAgents} adds start with this. */
    public static final String LOAD_AGENT = "load-agent-";

    private final Project project;
    private SimulatedInstance described;
    private final Map<String, ThirdPartyBehavior> phoneBook = new LinkedHashMap<>();
    private UnaryOperator<FunctionConfig> telephonyFunction = UnaryOperator.identity();
    private Duration keepWarmEvery;
    private SalesforceStub salesforce;
    private Simulation sim;
    private final List<Timeline.Entry> serviceEvents = new ArrayList<>();
    private CallRecorder recorder;
    private String theCall;
    private TransferProcedure transfer;
    private Instant start = Simulation.DEFAULT_START;
    private final List<Consumer<Simulation>> onStart = new ArrayList<>();
    private boolean loadRun;
    private Duration telephonyInMemory;
    private LoadCalls load;
    private final Caller caller = new Caller(this);
    private ScenarioFunctions functions;
    private final ScenarioCcps ccps;
    /** How many of the things not modelled that the call met have failed a step already. */
    private int unmodelledReported;

    /** The world of the project {@link Project#find()} finds (the constructor Cucumber's PicoContainer calls). */
    public ScenarioWorld() {
        this(Project.find());
    }

    /** The world of the project in {@code root}. */
    public static ScenarioWorld in(Path root) {
        return new ScenarioWorld(Project.at(root));
    }

    /** The world of {@code project}. */
    public static ScenarioWorld in(Project project) {
        return new ScenarioWorld(project);
    }

    private ScenarioWorld(Project project) {
        this.project = project;
        this.described = ProjectInstance.of(project);
        this.ccps = new ScenarioCcps(project);
    }

    // ---- set-up, before the first call --------------------------------------------------------------------

    /** The simulated Salesforce, started on first use. */
    public SalesforceStub salesforce() {
        if (salesforce == null) {
            salesforce = SalesforceStubs.borrow(project.stubs().orElseThrow(() -> new NoSalesforceStubs(project,
                    "the scenario uses Salesforce")));
            if (sim != null) {
                salesforce.followClock(sim::now);
            }
        }
        return salesforce;
    }

    /**
     * A value a team's function can name in its environment ({@link FunctionEnvironment#SCENARIO_VALUES}):
     * {@code salesforce.url} is the simulated Salesforce's base URL, which starts it when no step has.
     */
    private Optional<String> scenarioValue(String name) {
        if (!name.equals("salesforce.url")) {
            return Optional.empty();
        }
        if (salesforce == null && project.stubs().isEmpty()) {
            throw new NoSalesforceStubs(project, "a function's environment names ${salesforce.url}");
        }
        return Optional.of(salesforce().baseUrl().toString());
    }

    /** {@code username} answers offers as {@code behavior} says. */
    public void agentBehaves(String username, AgentBehavior behavior) {
        requireNotStarted("say how " + username + " answers");
        AgentProfile agent = described.instance().findAgent(username).orElseThrow(() -> new IllegalArgumentException(
                "no agent " + username + " in flows/instance.yaml (agents: " + described.instance().agents().stream()
                        .map(AgentProfile::username).toList() + ")"));
        Instance changed = described.instance().toBuilder().agent(username, agent.routingProfile(),
                new AgentOptions(agent.id(), agent.arn(), agent.firstName(), agent.lastName(), behavior)).build();
        described = new SimulatedInstance(changed, described.flows(), described.lambdas());
    }

    /** Offers ring an agent for {@code timeout} before they are missed, instead of the instance's (20 s by default). */
    public void offersRingFor(Duration timeout) {
        requireNotStarted("say how long offers ring");
        Instance changed = described.instance().toBuilder().offerTimeout(timeout).build();
        described = new SimulatedInstance(changed, described.flows(), described.lambdas());
    }

    /**
     * {@code count} more agents take the calls of {@code queue}, automatically (no CCP): each accepts an offer after
     * {@code acceptAfter}, stays until the call ends and clears it at once.
     */
    public void addAgents(int count, String queue, Duration acceptAfter) {
        requireNotStarted("add agents");
        String profile = "Load agents of " + queue;
        Instance.Builder changed = described.instance().toBuilder().routingProfile(profile, List.of(queue));
        AgentBehavior behavior = AgentBehavior.Automatic.answering(acceptAfter, Duration.ZERO);
        int first = (int) described.instance().agents().stream().filter(a -> a.username().startsWith(LOAD_AGENT))
                .count() + 1;
        for (int n = first; n < first + count; n++) {
            changed.agent(LOAD_AGENT + String.format(Locale.ROOT, "%04d", n), profile, behavior);
        }
        described = new SimulatedInstance(changed.build(), described.flows(), described.lambdas());
    }

    /** The external number {@code number} behaves as {@code behavior} says. */
    public void numberBehaves(String number, ThirdPartyBehavior behavior) {
        if (sim != null) {
            sim.phoneBook().set(number, behavior);
        }
        phoneBook.put(number, behavior);
    }

    /** Changes how the SCV telephony function is deployed (its timeout, cold start ...). */
    public void telephonyFunction(UnaryOperator<FunctionConfig> change) {
        requireNotStarted("change the telephony function");
        telephonyFunction = telephonyFunction.andThen(change)::apply;
    }

    /** The simulation starts at {@code instant} instead of Monday 2026-01-05 09:00 UTC. */
    public void startAt(Instant instant) {
        requireNotStarted("set the time");
        start = instant;
    }

    /** {@code username}'s next {@code times} calls of {@code operation} fail as the service would fail them. */
    public void agentActionFails(String username, CtiOperation operation, int times) {
        requireNotStarted("plan a failed " + operation);
        onStart.add(sim -> sim.failNext(username, operation, CtiErrorType.INTERNAL_SERVICE_ERROR,
                "We could not complete the request: InternalServiceError", times));
    }

    /**
     * The telephony function answers in memory after {@code latency}, creating a VoiceCall every time, with no
     * token, no HTTP request and no simulated Salesforce ({@link InMemoryTelephonyFunction}): for loads of calls,
     * where thousands of signed requests would cost seconds. Its deployment (timeout, concurrency) is as set.
     */
    public void telephonyInMemory(Duration latency) {
        requireNotStarted("answer the telephony function in memory");
        telephonyInMemory = latency;
    }

    /**
     * The Lambda function {@code name} (a function name or ARN the instance file or a flow names) answers as
     * {@code change} says, in this scenario only; an unknown name fails naming the nearest.
     */
    public void functionAnswers(String name, UnaryOperator<ScenarioAnswer> change) {
        requireNotStarted("say how " + name + " answers");
        functions().answer(name, change);
    }

    /** The scenario's answers of named functions, made on first use; it also says which function a name means. */
    private ScenarioFunctions functions() {
        if (functions == null) {
            functions = new ScenarioFunctions(described.lambdas(), described.flows());
        }
        return functions;
    }

    private static String functionName(String boundAs) {
        return FunctionArn.parse(boundAs).map(FunctionArn::name).orElse(boundAs);
    }

    /**
     * How many times the handler of the function {@code name} (named as {@link #functionAnswers} names it) ran for
     * {@code contactId}, Connect's retries included; an unknown name fails naming the nearest.
     */
    public int handlerCalls(String name, String contactId) {
        String function = functions().resolve(name);
        return (int) sim().lambdas().log().handlerCallsFor(contactId).stream()
                .filter(attempt -> functions().keyOf(attempt.boundAs()).equals(function)).count();
    }

    /** Keeps the telephony function warm with a ping every {@code every}, from the start. */
    public void keepTelephonyFunctionWarm(Duration every) {
        requireNotStarted("keep the telephony function warm");
        keepWarmEvery = every;
    }

    // ---- the simulation ---------------------------------------------------------------------------------------

    /** The simulation, built on first use from what the Given steps said. */
    public Simulation sim() {
        if (sim == null) {
            LambdaRegistry lambdas = functions == null ? described.lambdas() : functions.boundIn(described.lambdas());
            Simulation.Builder builder = Simulation.builder(described).lambdas(lambdas).start(start)
                    .scenarioValues(this::scenarioValue);
            if (needsSalesforce(lambdas)) {
                ScvSettings settings = salesforce().settings();
                settings = settings.withFunction(telephonyFunction.apply(settings.function()));
                builder.salesforce(settings);
                bindInMemoryTelephony(builder, lambdas, settings);
            }
            sim = builder.build();
            if (salesforce != null) {
                salesforce.followClock(sim::now);
            }
            phoneBook.forEach(sim.phoneBook()::set);
            onStart.forEach(action -> action.accept(sim));
            ccps.start(sim);
            if (!loadRun) {
                recorder = new CallRecorder(name -> described.instance().findAgent(name).isPresent());
                sim.scheduler().addListener(event -> {
                    if (!event.description().startsWith("snapshot for")) {
                        serviceEvents.add(new Timeline.Entry(event.at(), "Connect", event.description()));
                        recorder.before(event.at(), event.description(), sim.contacts(), event.at());
                    }
                });
            }
            if (keepWarmEvery != null) {
                telephonyArns().forEach(arn -> sim.lambdas().keepWarm(arn, keepWarmEvery));
            }
        }
        return sim;
    }

    /**
     * Whether the simulation needs the simulated Salesforce: a step used it, or a flow invokes the
     * telephony-integration function that nothing else answers. A project without {@code stubs/} fails here when a
     * flow needs it, naming the flow.
     */
    private boolean needsSalesforce(LambdaRegistry lambdas) {
        if (salesforce != null) {
            return true;
        }
        Optional<TelephonyFunctionBinding.Unbound> unbound = TelephonyFunctionBinding.firstUnbound(lambdas,
                described.flows());
        if (unbound.isPresent() && project.stubs().isEmpty()) {
            TelephonyFunctionBinding.Unbound flow = unbound.get();
            throw new NoSalesforceStubs(project, "the flow '" + flow.flow() + "' invokes the Salesforce telephony"
                    + " function " + flow.arn() + " (action " + flow.action() + ")");
        }
        return unbound.isPresent();
    }

    /** With the telephony function answered in memory (load runs), binds that stand-in under the flows' ARNs. */
    private void bindInMemoryTelephony(Simulation.Builder builder, LambdaRegistry bound, ScvSettings settings) {
        if (telephonyInMemory != null) {
            LambdaRegistry lambdas = bound.copy();
            TelephonyFunctionBinding.bindUnbound(lambdas, described.flows(), settings.function(),
                    new InMemoryTelephonyFunction(telephonyInMemory));
            builder.lambdas(lambdas);
        }
    }

    /** A customer calls {@code number} from {@code from}; the number's flow answers. */
    public String customerCalls(String number, String from) {
        return customerCalls(number, from, Map.of());
    }

    /** As {@link #customerCalls(String, String)}, with the contact attributes the call starts with. */
    public String customerCalls(String number, String from, Map<String, String> attributes) {
        theCall = sim().dial(from, number, attributes);
        caller.called(from);
        return theCall;
    }

    /** The caller's side: the keys they will press, the prompts they heard. */
    public Caller caller() {
        return caller;
    }

    /** A customer calls from {@code from} straight into {@code queue}, with no flow. */
    public String customerWaitsIn(String queue, String from) {
        theCall = sim().inboundCall(from, queue);
        return theCall;
    }

    /**
     * {@code count} customers call {@code number} spread over {@code over}, each hanging up after {@code hangUpAfter}:
     * a load, which the scenario's report summarises instead of drawing every call.
     */
    public LoadCalls customersCall(int count, String number, Duration over, Duration hangUpAfter) {
        if (load != null) {
            throw new IllegalStateException("this scenario has placed its load of calls already: one per scenario");
        }
        if (sim == null) {
            loadRun = true;
        }
        load = LoadCalls.place(sim(), number, count, over, hangUpAfter);
        return load;
    }

    /** The load of calls the scenario placed; fails naming the step that places one. */
    public LoadCalls load() {
        if (load == null) {
            throw new IllegalStateException("no load of calls yet: a step such as 'When 2,000 customers call"
                    + " +18005550100 over 1 minute and hang up after 2 minutes' places one");
        }
        return load;
    }

    /** The load of calls, if the scenario placed one: its report is a summary. */
    public Optional<LoadCalls> loadIfPlaced() {
        return Optional.ofNullable(load);
    }

    /** The customer's call the scenario placed. */
    public dev.connectsim.contact.Contact theCall() {
        if (theCall == null) {
            throw new IllegalStateException("no call yet: a step such as 'When a customer calls ...' places one");
        }
        return sim().contact(theCall);
    }

    /** The transfer leg made from the call, once there is one. */
    public Optional<dev.connectsim.contact.Contact> transferLeg() {
        String callId = theCall().contactId();
        return sim().contacts().stream().filter(c -> callId.equals(c.previousContactId())).findFirst();
    }

    /** Runs virtual time until {@code condition} holds or {@code within} has passed; true if it held. */
    public boolean runUntil(BooleanSupplier condition, Duration within) {
        return sim().runUntil(condition, within).conditionMet();
    }

    public void runFor(Duration duration) {
        sim().runFor(duration);
    }

    /** {@code username}'s CCP view of {@code contactId}, if the CCP shows it. */
    public Optional<Contact> agentView(String username, String contactId) {
        return sim().agent(username).getContacts().stream().filter(c -> c.getContactId().equals(contactId))
                .findFirst();
    }

    /** The state {@code username}'s CCP shows for {@code contactId}, if it shows it. */
    public Optional<ContactState> agentSees(String username, String contactId) {
        return agentView(username, contactId).map(c -> c.getState().type());
    }

    /** {@code username} accepts the call once it is offered to them, within {@code within}. */
    public void agentAccepts(String username, Duration within) {
        String callId = theCall().contactId();
        if (!runUntil(() -> agentSees(username, callId).orElse(null) == ContactState.CONNECTING, within)) {
            throw new ExpectationFailed(username + " was offered the call", username + "'s CCP shows "
                    + agentSees(username, callId).map(ContactState::value).orElse("no such contact"), this);
        }
        agentView(username, callId).orElseThrow().accept(Callbacks.none());
    }

    /** {@code username} adds the quick connect {@code name} to the call (what the SCV agent transfer does). */
    public void agentTransfersToQuickConnect(String username, String name) {
        Contact call = connectedView(username);
        call.addConnection(sim().instance().quickConnect(name).endpoint(), Callbacks.none());
    }

    /** The agent-side transfer procedures a scenario can start. */
    public enum TransferKind {
        /** Hold, dial, wait on REFRESH until the third party is connected, join, leave. */
        COLD,
        /** Hold, dial, consult, then join and leave when the scenario says. */
        WARM,
        /** Dial and leave at once. */
        BLIND
    }

    /** {@code username} starts a {@code kind} transfer of the call to {@code endpoint} (a number or a quick connect). */
    public void agentTransfers(String username, TransferKind kind, Endpoint endpoint) {
        Contact call = connectedView(username);
        Clock clock = sim().scheduler().clock();
        transfer = switch (kind) {
            case COLD -> ColdTransfer.start(call, endpoint, clock);
            case WARM -> WarmTransfer.start(call, endpoint, clock);
            case BLIND -> BlindTransfer.start(call, endpoint, clock);
        };
    }

    /** The transfer procedure the scenario started; fails naming the steps that start one. */
    public TransferProcedure transfer() {
        if (transfer == null) {
            throw new IllegalStateException("no transfer was started: a step such as 'When alice cold-transfers"
                    + " the call to ...' starts one");
        }
        return transfer;
    }

    /** The warm transfer the scenario started. */
    public WarmTransfer warmTransfer() {
        if (!(transfer() instanceof WarmTransfer warm)) {
            throw new IllegalStateException("the transfer under way is not a warm transfer: a step such as"
                    + " 'When alice warm-transfers the call to ...' starts one");
        }
        return warm;
    }

    /** The call's connection to {@code party} (the customer, the agent, a third party), as the service has it. */
    public List<dev.connectsim.contact.Connection> connections() {
        return theCall().connections();
    }

    public void customerHangsUp() {
        sim().customerHangsUp(theCall().contactId());
    }

    /** {@code username}'s view of the call once it is connected (waiting for that up to the default wait). */
    private Contact connectedView(String username) {
        String callId = theCall().contactId();
        runUntil(() -> agentSees(username, callId).orElse(null) == ContactState.CONNECTED, DEFAULT_WAIT);
        return agentView(username, callId).filter(c -> c.getState().type() == ContactState.CONNECTED)
                .orElseThrow(() -> new ExpectationFailed(username + " connected to the call", username
                        + "'s CCP shows " + agentSees(username, callId).map(ContactState::value)
                                .orElse("no such contact"), this));
    }

    // ---- what happened -------------------------------------------------------------------------------------------

    public Instant now() {
        return sim().now();
    }

    /** The Salesforce journal, knowing the Lambda attempts (for VoiceCalls whose creating attempt was not used). */
    public SalesforceJournal journal() {
        return withAttempts(salesforce().journal());
    }

    /** The Salesforce journal, if the scenario used Salesforce at all. */
    public Optional<SalesforceJournal> journalIfUsed() {
        return Optional.ofNullable(salesforce).map(SalesforceStub::journal).map(this::withAttempts);
    }

    private SalesforceJournal withAttempts(SalesforceJournal journal) {
        return sim == null ? journal : journal.withLambdaAttempts(sim.lambdas().log().attempts());
    }

    /** The blocks the flows ran on {@code contactId}, in order. */
    public List<String> path(String contactId) {
        return sim().flows().visits().stream().filter(v -> v.contactId().equals(contactId))
                .map(v -> v.identifier()).toList();
    }

    /** Each contact's path through the flows, block by block with the branch taken, as text. */
    public String flowPaths() {
        if (sim == null) {
            return "no call was placed";
        }
        StringBuilder text = new StringBuilder();
        String contact = null;
        for (BlockVisit visit : sim.flows().visits()) {
            if (!visit.contactId().equals(contact)) {
                contact = visit.contactId();
                text.append("contact ").append(contact).append('\n');
            }
            text.append("  ").append(describe(visit)).append('\n');
        }
        if (text.length() == 0) {
            return "no flow ran";
        }
        text.append("how the flow runs ended\n");
        sim.flows().runs().forEach(run -> text.append("  ").append(run.describe()).append('\n'));
        return text.toString();
    }

    /**
     * How the last {@code count} flow runs of the scenario ended, one a line, with the reason: what a failure
     * message shows so that no end goes unexplained (empty when no flow ran).
     */
    public List<String> flowEnds(int count) {
        if (sim == null) {
            return List.of();
        }
        List<FlowRunRecord> runs = sim.flows().runs();
        return runs.subList(Math.max(0, runs.size() - count), runs.size()).stream().map(FlowRunRecord::describe)
                .toList();
    }

    /** What the scenario's calls met that the simulator does not model, each once (empty before the first call). */
    public List<Unmodelled> unmodelled() {
        return sim == null ? List.of() : sim.flows().unmodelled();
    }

    /**
     * Fails with {@link NotModelled} when the calls have met something the simulator does not model since the last
     * check: run after every step, so the step that met it fails, naming it.
     */
    public void requireModelled() {
        List<Unmodelled> met = unmodelled();
        if (met.size() > unmodelledReported) {
            List<Unmodelled> fresh = met.subList(unmodelledReported, met.size());
            unmodelledReported = met.size();
            throw new NotModelled(fresh);
        }
    }

    /** Every block visit of the scenario, for flow coverage. */
    public List<BlockVisit> visits() {
        return sim == null ? List.of() : sim.flows().visits();
    }

    public List<ContactRecord> contactRecords() {
        return sim == null ? List.of() : sim.contactRecords();
    }

    /** Everything that happened, on one timeline: the service, flow blocks, Lambda attempts, Salesforce requests. */
    public Timeline timeline() {
        if (sim == null) {
            return new Timeline(start, List.of());
        }
        List<Timeline.Entry> entries = new ArrayList<>(serviceEvents);
        sim.flows().visits().forEach(v -> entries.add(new Timeline.Entry(v.at(), "Flow", describe(v))));
        sim.flows().runs().forEach(r -> entries.add(new Timeline.Entry(r.ended(), "Flow", r.describe())));
        for (LambdaAttempt attempt : sim.lambdas().log().attempts()) {
            Instant ran = attempt.startedAt() == null ? attempt.requestedAt() : attempt.startedAt();
            entries.add(new Timeline.Entry(ran, "Lambda", attempt.toString().replaceFirst("^\\S+ ", "")));
            attempt.log().forEach(line -> entries.add(new Timeline.Entry(ran, "Lambda",
                    functionName(attempt.boundAs()) + " logged: " + line)));
        }
        for (InvocationLog.Failure failure : sim.lambdas().log().failures()) {
            entries.add(new Timeline.Entry(failure.error().at(), "Lambda", failure.invokedArn() + ": error branch, "
                    + failure.error().reason()));
        }
        if (salesforce != null) {
            salesforce.journal().requests().forEach(r -> entries.add(new Timeline.Entry(r.at(), "Salesforce",
                    r.summary())));
        }
        ccps.timeline().forEach((agent, lines) -> lines.forEach(line -> entries.add(new Timeline.Entry(line.getKey(),
                "CCP " + agent, line.getValue()))));
        return new Timeline(start, entries);
    }

    /**
     * The call party by party, for its picture: a lane for the customer, each agent and each third party with their
     * connections' states, the flows, Lambda and Salesforce; when the scenario {@code failed}, the present moment
     * is marked as where it failed.
     */
    public CallLanes callLanes(boolean failed) {
        if (sim == null || recorder == null) {
            return new CallLanes(start, start, List.of(), List.of(), List.of(), List.of(), Optional.empty());
        }
        return CallLanesBuilder.of(recorder, sim, start, described.flows(), journalIfUsed(),
                failed ? Optional.of(sim.now()) : Optional.empty());
    }

    /** "Agent Transfer: create-transfer-vc (InvokeLambdaFunction) -> NextAction". */
    private static String describe(BlockVisit visit) {
        return visit.flowName() + ": " + visit.identifier() + " (" + visit.type() + ")"
                + (visit.branch() == null ? "" : " -> " + visit.branch())
                + (visit.reason() == null ? "" : " (" + visit.reason() + ")");
    }

    private List<String> telephonyArns() {
        return sim.lambdas().registry().boundNames().stream().filter(TelephonyFunctionBinding::isTelephonyFunction)
                .toList();
    }

    private void requireNotStarted(String what) {
        if (sim != null) {
            throw new IllegalStateException("cannot " + what + " once the call has started: put this step before"
                    + " the first When step");
        }
    }

    // ---- agents' CCP pages (the team's JavaScript on the real Streams library) -------------------------------

    /** {@code agent}'s CCP runs the team's script {@code script}, a path relative to the project. */
    public void ccpRuns(String agent, String script) {
        described.instance().agent(agent);
        ccps.runs(agent, script, sim);
    }

    /** {@code agent}'s CCP loads the team's own copy of the Streams library instead of the pinned release. */
    public void ccpLoadsStreamsFrom(String agent, String path) {
        ccps.loadsStreamsFrom(agent, path);
    }

    /** Which reaches the CCP pages first when an action's response and the snapshot showing it fall due together. */
    public void ccpOrder(ResponseOrder order) {
        ccps.order(order);
    }

    /** {@code agent}'s CCP calls its global function {@code function} with {@code args}. */
    public void ccpCalls(String agent, String function, List<Object> args) {
        sim();
        ccps.page(agent).call(function, args);
    }

    /**
     * {@code agent}'s CCP logs a line containing {@code text} within {@code within}; when it does not and the page
     * failed meanwhile, the failure says why, with the JavaScript stack.
     */
    public void expectCcpLogs(String agent, String text, Duration within) {
        sim();
        if (!runUntil(() -> ccps.logged(agent, text), within)) {
            ccps.requireNoProblems();
            throw new ExpectationFailed(agent + "'s CCP to log '" + text + "' within " + Seconds.of(within),
                    ccps.describeLogs(agent, timeline()::offset), this);
        }
    }

    /** The page's {@code expression} comes to be {@code expected} (a string, or JSON text) within {@code within}. */
    public void expectCcpValue(String agent, String expression, String expected, Duration within) {
        sim();
        BooleanSupplier matches = () -> {
            String json = ccps.value(agent, expression);
            return json.equals(expected) || json.equals(ccps.quoted(expected));
        };
        if (!runUntil(matches, within)) {
            ccps.requireNoProblems();
            throw new ExpectationFailed(agent + "'s CCP to set " + expression + " to " + expected + " within "
                    + Seconds.of(within), "it is " + ccps.value(agent, expression) + "; "
                    + ccps.describeLogs(agent, timeline()::offset), this);
        }
    }

    /** The scenario's agent pages. */
    public ScenarioCcps ccps() {
        return ccps;
    }

    /**
     * Ends the scenario: its CCP pages close, and its functions' execution environments end (a Node.js or Python
     * handler's worker process with them). Its Salesforce is left for the next scenario on this thread, which resets
     * it.
     */
    @Override
    public void close() {
        salesforce = null;
        ccps.close();
        if (sim != null) {
            sim.lambdas().close();
        }
    }
}

package dev.connectsim.flow.run;

import dev.connectsim.contact.Contact;
import dev.connectsim.customer.CustomerStore;
import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.lambda.LambdaRuntime;
import dev.connectsim.routing.Instance;
import dev.connectsim.time.Scheduler;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs Connect flows on the simulator's contacts: the inbound flow of a number, the transfer flow of a new leg,
 * and the flows a contact's event hooks name (CustomerRemaining, CustomerQueue, whisper and hold).
 *
 * <p>Design note: each contact segment has one {@link ContactFlowState} ({@code $.External}, Loop counters,
 * logging, blocks run) shared by every run on it, so a TransferToFlow or a hook flow sees what the flow before
 * set, and the block limit counts them all. A new segment starts with flow logging as the segment it came from
 * had it. What a run's end does to the contact depends on what the run was for ({@link RunKind}): a segment's
 * flow that ends without queueing or transferring the contact hangs up on the customer; a customer-queue flow
 * hangs up only with DisconnectParticipant; a whisper or hold flow never does. Everything is recorded: block
 * visits (coverage), flow logs (while logging is on), prompts played, how each run ended, and, always and each once,
 * what the calls met that the simulator does not model ({@link Unmodelled}); an engine that keeps
 * no history (load runs) records only the runs that ended in a FLOW_ERROR, and drops a contact's flow state once the
 * simulation {@link #forget}s the contact.
 */
public final class FlowEngine {

    private final Scheduler scheduler;
    private final Instance instance;
    private final FlowLibrary flows;
    private final LambdaRuntime lambdas;
    private final CallHandling calls;
    private final FlowTimings timings;
    private final Blocks blocks = new Blocks();
    private final CustomerStore customers;
    private final Map<String, ContactFlowState> states = new HashMap<>();
    /** The runs going on, by call (the initial contact id): a hang-up looks at its own call's runs, no others. */
    private final Map<String, List<SegmentRun>> active = new LinkedHashMap<>();
    private final Map<String, Deque<Keypress>> keypresses = new HashMap<>();
    private final Map<String, Deque<String>> utterances = new HashMap<>();
    private final List<BlockVisit> visits = new ArrayList<>();
    private final List<FlowLogEntry> flowLogs = new ArrayList<>();
    private final List<PlayedPrompt> prompts = new ArrayList<>();
    private final List<FlowRunRecord> runs = new ArrayList<>();
    private final List<FlowRunRecord> errors = new ArrayList<>();
    /** Each thing not modelled once, in the order first met: a load run meets the same few again and again. */
    private final Set<Unmodelled> unmodelled = new LinkedHashSet<>();
    private final List<Consumer<FlowRunRecord>> endListeners = new ArrayList<>();
    private final boolean keepHistory;

    public FlowEngine(Scheduler scheduler, Instance instance, FlowLibrary flows, LambdaRuntime lambdas,
            CallHandling calls, FlowTimings timings) {
        this(scheduler, instance, flows, lambdas, calls, timings, true);
    }

    /**
     * An engine that keeps block visits, flow logs, prompts and finished runs when {@code keepHistory}, and
     * otherwise only the runs that ended in a FLOW_ERROR.
     */
    public FlowEngine(Scheduler scheduler, Instance instance, FlowLibrary flows, LambdaRuntime lambdas,
            CallHandling calls, FlowTimings timings, boolean keepHistory) {
        this.keepHistory = keepHistory;
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.instance = Objects.requireNonNull(instance, "instance");
        this.flows = Objects.requireNonNull(flows, "flows");
        this.lambdas = Objects.requireNonNull(lambdas, "lambdas");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.timings = Objects.requireNonNull(timings, "timings");
        this.customers = new CustomerStore(instance.customerData());
    }

    /**
     * Starts {@code flow} on {@code contact} now. {@code targetAgent} is the username {@code $.Agent} describes
     * (the target of a transfer to an agent), or null.
     */
    public void start(Contact contact, FlowLibrary.Entry flow, RunKind kind, String targetAgent) {
        ContactFlowState state = states.computeIfAbsent(contact.contactId(), id -> newState(contact, targetAgent));
        if (targetAgent != null) {
            state.setTargetAgent(targetAgent);
        }
        SegmentRun run = new SegmentRun(this, contact, state, kind, flow);
        active.computeIfAbsent(contact.initialContactId(), id -> new ArrayList<>(2)).add(run);
        run.start();
    }

    /**
     * Runs the flow {@code contact}'s event hook {@code hook} names, if it names one that exists. Returns false
     * when there is none (a reference to a flow the instance lacks is recorded as an error run).
     */
    public boolean runHook(Contact contact, String hook, RunKind kind) {
        String reference = contact.settings().eventHooks().get(hook);
        if (reference == null) {
            return false;
        }
        Optional<FlowLibrary.Entry> flow = flows.find(reference);
        if (flow.isEmpty()) {
            record(new FlowRunRecord(contact.contactId(), reference, reference, kind, scheduler.now(),
                    scheduler.now(), EndReason.FLOW_ERROR, "the " + hook + " hook of contact "
                            + contact.contactId() + " names a flow the instance lacks: " + flows.unknown(reference)));
            return false;
        }
        start(contact, flow.get(), kind, null);
        return true;
    }

    /** Stops the runs of {@code kind} still going on {@code contact} (a customer-queue flow once an agent has it). */
    public void stop(Contact contact, RunKind kind, String why) {
        List<SegmentRun> running = active.get(contact.initialContactId());
        if (running == null) {
            return;
        }
        // A copy: a run that stops leaves the list.
        List<SegmentRun> ofKind = new ArrayList<>();
        for (SegmentRun run : running) {
            if (run.contact() == contact && run.kind() == kind) {
                ofKind.add(run);
            }
        }
        for (SegmentRun run : ofKind) {
            run.stop(why);
        }
    }

    /**
     * Ends, as CALLER_LEFT and now, the runs whose contact has ended after the customer of the call that began with
     * {@code initialContactId} hung up: a block was waiting. Whisper and hold flows are left to finish. Only the
     * call's own legs can have lost their caller, so no other call's runs are looked at.
     */
    public void customerLeft(String initialContactId) {
        List<SegmentRun> running = active.get(initialContactId);
        if (running == null) {
            return;
        }
        // A copy: a run that ends leaves its list, and a listener told of its end may start another.
        for (SegmentRun run : List.copyOf(running)) {
            run.noticeCallerLeft();
        }
    }

    /** Whether a flow is running on {@code contact} now. */
    public boolean isRunning(Contact contact) {
        for (SegmentRun run : active.getOrDefault(contact.initialContactId(), List.of())) {
            if (run.contact() == contact && !run.isFinished()) {
                return true;
            }
        }
        return false;
    }

    /** The caller from {@code callerNumber} will press {@code digits} at their next GetParticipantInput. */
    public void callerWillPress(String callerNumber, Keypress keypress) {
        keypresses.computeIfAbsent(callerNumber, n -> new ArrayDeque<>()).add(keypress);
    }

    /** The caller from {@code callerNumber} will say {@code words} to the next Lex bot a flow connects them with. */
    public void callerWillSay(String callerNumber, String words) {
        utterances.computeIfAbsent(callerNumber, n -> new ArrayDeque<>()).add(words);
    }

    /** Tells {@code listener} how every run ends, as it ends. */
    public void onRunEnded(Consumer<FlowRunRecord> listener) {
        endListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Every block run so far, in order, with the way it left. */
    public List<BlockVisit> visits() {
        return Collections.unmodifiableList(visits);
    }

    /** The flow log entries written while logging was enabled, in order. */
    public List<FlowLogEntry> flowLogs() {
        return Collections.unmodifiableList(flowLogs);
    }

    /** Every prompt played, in order. */
    public List<PlayedPrompt> prompts() {
        return Collections.unmodifiableList(prompts);
    }

    /** How each finished run ended, in the order they ended. */
    public List<FlowRunRecord> runs() {
        return Collections.unmodifiableList(runs);
    }

    /** The runs that ended in a FLOW_ERROR, in the order they ended: what a scenario should fail on. */
    public List<FlowRunRecord> errors() {
        return Collections.unmodifiableList(errors);
    }

    /**
     * What the calls met that the simulator does not model (an unsupported block, a parameter, a reference), each
     * once, in the order first met: what a scenario must fail on.
     */
    public List<Unmodelled> unmodelled() {
        return List.copyOf(unmodelled);
    }

    /** Drops what the engine keeps of {@code contact}, which the simulation has forgotten. */
    public void forget(Contact contact) {
        states.remove(contact.contactId());
        List<SegmentRun> running = active.get(contact.initialContactId());
        if (running != null) {
            running.removeIf(run -> run.contact() == contact);
            if (running.isEmpty()) {
                active.remove(contact.initialContactId());
            }
        }
    }

    /** Whether block visits, flow logs, prompts and finished runs are kept. */
    boolean keepsHistory() {
        return keepHistory;
    }

    /** {@code $.External} of {@code contactId} as the last Lambda left it (empty before any). */
    public Map<String, Object> external(String contactId) {
        ContactFlowState state = states.get(contactId);
        return state == null ? Map.of() : state.external();
    }

    public FlowLibrary flows() {
        return flows;
    }

    Instance instance() {
        return instance;
    }

    /** The Customer Profiles and Cases domains as the flows have left them so far. */
    public CustomerStore customers() {
        return customers;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    LambdaRuntime lambdas() {
        return lambdas;
    }

    CallHandling calls() {
        return calls;
    }

    FlowTimings timings() {
        return timings;
    }

    Blocks blocks() {
        return blocks;
    }

    void unmodelled(Unmodelled what) {
        unmodelled.add(what);
    }

    void visited(BlockVisit visit) {
        visits.add(visit);
    }

    void logged(FlowLogEntry entry) {
        flowLogs.add(entry);
    }

    void prompted(PlayedPrompt prompt) {
        prompts.add(prompt);
    }

    /** The caller's next key press, if they have one left; a caller with none left is forgotten. */
    Optional<Keypress> nextKeypress(Contact contact) {
        Deque<Keypress> queue = keypresses.get(contact.customerEndpoint());
        if (queue == null) {
            return Optional.empty();
        }
        Keypress next = queue.poll();
        if (queue.isEmpty()) {
            keypresses.remove(contact.customerEndpoint());
        }
        return Optional.ofNullable(next);
    }

    /** What the caller of {@code contact} says next to a Lex bot, if they have something ready. */
    Optional<String> nextUtterance(Contact contact) {
        Deque<String> queue = utterances.get(contact.customerEndpoint());
        return queue == null ? Optional.empty() : Optional.ofNullable(queue.poll());
    }

    void ended(SegmentRun run, FlowRunRecord record) {
        record(record);
        String call = run.contact().initialContactId();
        List<SegmentRun> running = active.get(call);
        if (running != null) {
            running.remove(run);
            if (running.isEmpty()) {
                active.remove(call);
            }
        }
        if (hangsUp(record)) {
            calls.disconnect(run.contact());
        }
        // Only the listeners there now hear of this run (one may add another); listeners are never removed, so
        // counting them first does what a copy of the list would, without the copy.
        int listeners = endListeners.size();
        for (int i = 0; i < listeners; i++) {
            endListeners.get(i).accept(record);
        }
    }

    private void record(FlowRunRecord record) {
        if (keepHistory) {
            runs.add(record);
        }
        if (record.reason() == EndReason.FLOW_ERROR) {
            errors.add(record);
        }
    }

    private boolean hangsUp(FlowRunRecord record) {
        EndReason reason = record.reason();
        switch (record.kind()) {
            case SEGMENT:
            case CUSTOMER_REMAINING:
                return reason == EndReason.DISCONNECTED || reason == EndReason.NO_NEXT_ACTION
                        || reason == EndReason.FLOW_ERROR || reason == EndReason.FLOW_ENDED;
            case CUSTOMER_QUEUE:
                return reason == EndReason.DISCONNECTED;
            default:
                return false;
        }
    }

    private ContactFlowState newState(Contact contact, String targetAgent) {
        ContactFlowState previous = contact.previousContactId() == null ? null : states.get(contact.previousContactId());
        return new ContactFlowState(previous != null && previous.loggingEnabled(), targetAgent);
    }
}

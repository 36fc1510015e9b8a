package dev.connectsim.flow.run;

import dev.connectsim.contact.Contact;
import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.FlowType;
import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.Transitions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One run of flows on one contact: from a flow's StartAction, block by block, until the flow ends.
 *
 * <p>Design note: blocks run back to back at one virtual instant; only a block that returns
 * {@link BlockOutcome.Wait} lets time pass, and its outcome comes back through {@link #resume}, tagged with the
 * step it belongs to so a late or repeated outcome is dropped. From an outcome and the block's Transitions the
 * run picks the next block: Next follows NextAction; a Branch value takes the first true condition, else raises
 * NoMatchingCondition; an Error takes its own branch, else NoMatchingError's; a Jump starts another flow. A
 * block with nowhere to go ends the run, and so does the engine's limit on blocks per contact, so a flow that
 * cycles with no exit ends with an error instead of hanging.
 */
final class SegmentRun {

    private final FlowEngine engine;
    private final Contact contact;
    private final ContactFlowState state;
    private final RunKind kind;
    private final String startFlow;
    private final Instant started;
    private FlowLibrary.Entry flow;
    /** What references see; made again only when a TransferToFlow changes the flow, as it names the flow. */
    private FlowScope scope;
    private Action current;
    private Instant currentStarted;
    private Map<String, Object> currentParameters;
    private int step;
    private boolean finished;
    /** The last blocks run, as a ring: what a run stopped by the block limit names as its cycle. */
    private final RecentBlocks recent = new RecentBlocks();

    SegmentRun(FlowEngine engine, Contact contact, ContactFlowState state, RunKind kind, FlowLibrary.Entry flow) {
        this.engine = engine;
        this.contact = contact;
        this.state = state;
        this.kind = kind;
        this.flow = flow;
        this.scope = new FlowScope(contact, state, engine.instance(), flow.name());
        this.startFlow = flow.name();
        this.started = engine.scheduler().now();
    }

    Contact contact() {
        return contact;
    }

    ContactFlowState state() {
        return state;
    }

    RunKind kind() {
        return kind;
    }

    String flowName() {
        return flow.name();
    }

    /** The type of the flow running now, as the instance file gives it. */
    FlowType flowType() {
        return flow.type();
    }

    boolean isFinished() {
        return finished;
    }

    FlowScope scope() {
        return scope;
    }

    /** Where {@code action} is, for messages: "file: action Id (/Actions/3)". */
    String place(Action action) {
        return flow.flow().source() + ": action " + action.identifier() + " (" + action.pointer() + ")";
    }

    void start() {
        Optional<String> start = flow.flow().startAction();
        if (start.isEmpty()) {
            finish(EndReason.FLOW_ERROR,
                    () -> flow.flow().source() + ": the flow has no StartAction, so it cannot run");
            return;
        }
        runFrom(start.get(), null);
    }

    /** Ends the run from outside (the contact left the queue its customer-queue flow ran for). */
    void stop(String why) {
        if (!finished) {
            finish(EndReason.STOPPED, () -> why);
        }
    }

    /** Ends the run as CALLER_LEFT if its contact has ended while a block waited (a prompt, a Lambda, a dial). */
    void noticeCallerLeft() {
        callerLeft();
    }

    void resume(int forStep, BlockOutcome outcome) {
        if (finished || forStep != step || outcome instanceof BlockOutcome.Wait) {
            return;
        }
        if (callerLeft()) {
            return;
        }
        noticeUnmodelledReferences(current);
        String next = follow(current, outcome);
        if (next != null) {
            runFrom(next, current);
        }
    }

    private void runFrom(String identifier, Action from) {
        String next = identifier;
        Action previous = from;
        while (next != null && !finished) {
            if (callerLeft()) {
                return;
            }
            Optional<Action> action = flow.flow().action(next);
            if (action.isEmpty()) {
                String where = previous == null ? flow.flow().source() + ": StartAction" : place(previous);
                String missing = next;
                finish(EndReason.FLOW_ERROR,
                        () -> where + ": goes to '" + missing + "', which is no action of the flow");
                return;
            }
            int count = state.countBlock();
            if (count > engine.timings().maxBlocksPerContact()) {
                String cycle = recent.cycleTo(flow.name(), action.get());
                finish(EndReason.FLOW_ERROR, () -> place(action.get()) + ": contact " + contact.contactId() + " ran "
                        + engine.timings().maxBlocksPerContact() + " blocks without the flow ending: " + cycle
                        + " (limit: FlowTimings.maxBlocksPerContact)");
                return;
            }
            recent.add(flow.name(), action.get());
            current = action.get();
            currentStarted = engine.scheduler().now();
            currentParameters = engine.keepsHistory() ? FlowLogParameters.resolve(current.parameters(), scope())
                    : Map.of();
            step++;
            for (String what : UnmodelledParameters.of(current)) {
                unmodelled(current, what);
            }
            BlockOutcome outcome = engine.blocks().run(current, new BlockContext(this, engine, current, step));
            noticeUnmodelledReferences(current);
            if (outcome instanceof BlockOutcome.Wait) {
                return;
            }
            previous = current;
            next = follow(current, outcome);
        }
    }

    /** Where {@code outcome} of {@code action} leads: the next Identifier, or null when the run is over. */
    private String follow(Action action, BlockOutcome outcome) {
        Transitions t = action.transitions();
        if (outcome instanceof BlockOutcome.Next) {
            return leave(action, () -> "NextAction", t.nextAction(), null, "Success");
        }
        if (outcome instanceof BlockOutcome.Branch branch) {
            if (t.conditions().isEmpty()) {
                return leave(action, () -> "NextAction", t.nextAction(), null, branch.value());
            }
            List<Transitions.OnCondition> conditions = t.conditions();
            for (int i = 0; i < conditions.size(); i++) {
                Transitions.OnCondition c = conditions.get(i);
                if (Conditions.holds(c.condition(), branch.value())) {
                    return leave(action, () -> "Condition " + c.condition(), c.nextAction(), null, branch.value());
                }
            }
            return error(action, BlockOutcome.NO_MATCHING_CONDITION,
                    "the result '" + branch.value() + "' meets none of the conditions", branch.value());
        }
        if (outcome instanceof BlockOutcome.Error e) {
            return error(action, e.errorType(), e.reason(), e.errorType());
        }
        if (outcome instanceof BlockOutcome.Jump jump) {
            visit(action, () -> "TransferToFlow " + jump.flow().name(), null, "Success");
            flow = jump.flow();
            scope = new FlowScope(contact, state, engine.instance(), flow.name());
            Optional<String> start = flow.flow().startAction();
            if (start.isEmpty()) {
                finish(EndReason.FLOW_ERROR,
                        () -> place(action) + ": flow '" + flow.name() + "' has no StartAction");
                return null;
            }
            return start.get();
        }
        BlockOutcome.End end = (BlockOutcome.End) outcome;
        visit(action, () -> "End " + end.reason(), null, end.reason().name());
        finish(end.reason(), () -> place(action) + ": " + end.detail());
        return null;
    }

    private String error(Action action, String errorType, String reason, String results) {
        Transitions t = action.transitions();
        Optional<String> target = t.onError(errorType);
        if (target.isPresent()) {
            return leave(action, () -> "Error " + errorType, target.get(), reason, results);
        }
        Optional<String> fallback = t.onError(BlockOutcome.NO_MATCHING_ERROR);
        if (fallback.isPresent()) {
            return leave(action, () -> "Error " + BlockOutcome.NO_MATCHING_ERROR, fallback.get(), reason, results);
        }
        visit(action, () -> "Error " + errorType, null, results, reason);
        finish(EndReason.FLOW_ERROR, () -> place(action) + ": " + errorType + " (" + reason
                + ") and the block has no branch for it, nor for NoMatchingError");
        return null;
    }

    private String leave(Action action, Supplier<String> branch, String target, String reason, String results) {
        visit(action, branch, target, results, reason);
        if (target == null) {
            finish(EndReason.NO_NEXT_ACTION, () -> place(action) + ": " + (reason == null ? "" : reason + "; ")
                    + "the block has no NextAction, so the flow ends");
        }
        return target;
    }

    /** Records the block and the branch it left by (described only when history is kept). */
    private void visit(Action action, Supplier<String> branch, String target, String results) {
        visit(action, branch, target, results, null);
    }

    /** Records the block, the branch it left by and, for an error branch, why (described only when history is kept). */
    private void visit(Action action, Supplier<String> branch, String target, String results, String reason) {
        if (!engine.keepsHistory()) {
            return;
        }
        engine.visited(new BlockVisit(engine.scheduler().now(), contact.contactId(), flow.name(),
                flow.flow().source(), action.identifier(), action.type(), branch.get(), target, reason));
        if (state.loggingEnabled()) {
            engine.logged(new FlowLogEntry(currentStarted == null ? engine.scheduler().now() : currentStarted,
                    contact.contactId(), flow.id(), flow.name(), action.type(), action.identifier(),
                    currentParameters, results,
                    action.type().equals("InvokeLambdaFunction") ? state.external() : Map.of()));
        }
    }

    /** Records that {@code action} holds {@code what}, which the simulator does not model. */
    void unmodelled(Action action, String what) {
        engine.unmodelled(new Unmodelled(flow.flow().source(), flow.name(), action.identifier(), action.type(),
                action.pointer(), what));
    }

    private void noticeUnmodelledReferences(Action action) {
        for (String reference : state.takeUnmodelledReferences()) {
            unmodelled(action, "the reference " + reference + " is not one the simulator knows, so it read as"
                    + " nothing");
        }
    }

    /** Whether the run is still going although its contact has ended (whisper and hold flows never lose theirs). */
    boolean hasLostItsCaller() {
        return kind != RunKind.SIDE_FLOW && contact.isDisconnected() && !finished;
    }

    private boolean callerLeft() {
        if (hasLostItsCaller()) {
            finish(EndReason.CALLER_LEFT, () -> "contact " + contact.contactId() + " ended while flow '" + flow.name()
                    + "' ran" + (current == null ? "" : " (at action " + current.identifier() + ")"));
        }
        return finished;
    }

    private void finish(EndReason reason, Supplier<String> detail) {
        finished = true;
        engine.ended(this, new FlowRunRecord(contact.contactId(), startFlow, flow.name(), kind, started,
                engine.scheduler().now(), reason, detail));
    }
}

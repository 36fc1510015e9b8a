package dev.connectsim.flow.lint;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.CompleteOutboundCall;
import dev.connectsim.flow.action.DisconnectParticipant;
import dev.connectsim.flow.action.EndFlowExecution;
import dev.connectsim.flow.action.TransferContactToAgent;
import dev.connectsim.flow.action.TransferContactToQueue;
import dev.connectsim.flow.action.TransferParticipantToThirdParty;
import dev.connectsim.flow.action.TransferToFlow;
import dev.connectsim.flow.action.Unsupported;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A flow as a graph: its actions (the first of each Identifier, in file order) and where each leads. A transition
 * to an Identifier no action has is left out (the dangling-next-action rule reports it).
 */
final class FlowGraph {

    /** Action types that end the flow whatever their Transitions say (on success, for the transfers). */
    static final Set<String> ENDS_FLOW = Set.of(DisconnectParticipant.TYPE, EndFlowExecution.TYPE,
            TransferContactToQueue.TYPE, TransferContactToAgent.TYPE, TransferToFlow.TYPE,
            TransferParticipantToThirdParty.TYPE, CompleteOutboundCall.TYPE);

    private final Flow flow;
    private final List<Action> nodes;
    private final Map<String, List<Action>> predecessors = new LinkedHashMap<>();

    FlowGraph(Flow flow) {
        this.flow = flow;
        List<Action> first = new ArrayList<>();
        for (Action action : flow.actions()) {
            if (isFirstOfItsIdentifier(action)) {
                first.add(action);
                predecessors.put(action.identifier(), new ArrayList<>());
            }
        }
        this.nodes = List.copyOf(first);
        for (Action node : nodes) {
            for (Action next : successors(node)) {
                predecessors.get(next.identifier()).add(node);
            }
        }
    }

    /** The actions, one per Identifier (the first in file order), in file order. */
    List<Action> nodes() {
        return nodes;
    }

    /** Whether {@code action} is the one its Identifier finds (not a later repeat). */
    private boolean isFirstOfItsIdentifier(Action action) {
        return flow.action(action.identifier()).orElse(null) == action;
    }

    /** The action StartAction names, if there is one. */
    Optional<Action> start() {
        return flow.startAction().flatMap(flow::action);
    }

    /** Where the action leads, in the order NextAction, Errors, Conditions, without repeats or dangling targets. */
    List<Action> successors(Action action) {
        List<Action> next = new ArrayList<>();
        for (String target : action.transitions().targets()) {
            flow.action(target).ifPresent(next::add);
        }
        return next;
    }

    /** The action names a target that no action has. */
    boolean hasDanglingTarget(Action action) {
        return action.transitions().targets().stream().anyMatch(t -> flow.action(t).isEmpty());
    }

    /**
     * The flow can end at this action: it has no transitions, or its type ends the flow, or it is unsupported
     * (what it does is unknown, and unknown-action-type reports it).
     */
    static boolean isEnd(Action action) {
        return action instanceof Unsupported || action.transitions().targets().isEmpty()
                || ENDS_FLOW.contains(action.type());
    }

    /** The Identifiers reachable from StartAction (StartAction included), or empty when StartAction is unknown. */
    Set<String> reachableFromStart() {
        return start().map(s -> reachableFrom(List.of(s), this::successors)).orElse(Set.of());
    }

    /** The Identifiers reachable from {@code roots} (roots included), following {@code step}. */
    static Set<String> reachableFrom(List<Action> roots, Step step) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<Action> todo = new ArrayDeque<>();
        for (Action root : roots) {
            if (seen.add(root.identifier())) {
                todo.add(root);
            }
        }
        while (!todo.isEmpty()) {
            for (Action next : step.from(todo.poll())) {
                if (seen.add(next.identifier())) {
                    todo.add(next);
                }
            }
        }
        return seen;
    }

    /** The actions that lead directly to {@code action} (one of {@link #nodes()}), in file order. */
    List<Action> predecessors(Action action) {
        return List.copyOf(predecessors.getOrDefault(action.identifier(), List.of()));
    }

    /** One step through the graph. */
    interface Step {
        List<Action> from(Action action);
    }
}

package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.MessageParticipantIteratively;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * From every action an end can be reached: an action with empty Transitions, or one that ends the flow
 * (DisconnectParticipant, EndFlowExecution, the transfers ...). A cycle with any way out, such as a menu that loops
 * on timeout but has a branch to a transfer, is fine; a cycle with none would hold a caller for ever. A cycle
 * through MessageParticipantIteratively (queue messages) is left when an agent takes the contact, so it is fine.
 *
 * <p>Design: find the actions that cannot reach an end (a backward search from the ends); among them, report each
 * closed group of actions that lead only to each other (a bottom strongly connected component), once, at its first
 * action in file order. The actions that lead into such a group are not reported again. A TransferToFlow counts as an
 * end here; the cycles it closes (to its own flow, or between flows) are found over the instance file's flows by
 * {@link TransferCycles}, under the same rule id. When StartAction names an
 * action, only what it reaches is checked (unreachable-action warns about the rest). A transition to a missing
 * action counts as a way out, as dangling-next-action reports it.
 */
final class EndlessLoopRule extends Rule {

    private static final int NAMES_SHOWN = 5;

    EndlessLoopRule() {
        super("endless-loop", Severity.ERROR, "from every action an end can be reached (a loop needs a way out to"
                + " a disconnect, a transfer or an action with empty Transitions)");
    }

    @Override
    void check(Check check) {
        FlowGraph graph = check.graph();
        List<Action> ends = graph.nodes().stream()
                .filter(a -> FlowGraph.isEnd(a) || graph.hasDanglingTarget(a) || leftByAnAgent(a))
                .toList();
        Set<String> canEnd = FlowGraph.reachableFrom(ends, graph::predecessors);
        Set<String> checked = graph.start().isPresent() ? graph.reachableFromStart() : null;
        List<Action> stuck = graph.nodes().stream()
                .filter(a -> !canEnd.contains(a.identifier()))
                .filter(a -> checked == null || checked.contains(a.identifier()))
                .toList();
        Set<String> done = new LinkedHashSet<>();
        for (Action action : stuck) {
            if (done.contains(action.identifier())) {
                continue;
            }
            Set<String> forward = FlowGraph.reachableFrom(graph.successors(action), graph::successors);
            Set<String> backward = FlowGraph.reachableFrom(graph.predecessors(action), graph::predecessors);
            if (forward.contains(action.identifier()) && backward.containsAll(forward)) {
                List<Action> group = stuck.stream().filter(a -> forward.contains(a.identifier())).toList();
                group.forEach(a -> done.add(a.identifier()));
                report(check, group);
            }
        }
    }

    /**
     * Messages played while the contact waits in queue: the contact leaves them when an agent takes it, so a
     * customer-queue flow that loops through them (the console's own sample flows do) has a way out.
     */
    private static boolean leftByAnAgent(Action action) {
        return action instanceof MessageParticipantIteratively;
    }

    private static void report(Check check, List<Action> group) {
        Action first = group.get(0);
        String message;
        if (group.size() == 1) {
            message = "this " + first.type() + " action leads only back to itself: no end of the flow can be"
                    + " reached from it";
        } else {
            List<String> names = new ArrayList<>();
            group.stream().limit(NAMES_SHOWN).forEach(a -> names.add(Words.quote(a.identifier())));
            if (group.size() > NAMES_SHOWN) {
                names.add((group.size() - NAMES_SHOWN) + " more");
            }
            message = "the actions " + Words.and(names) + " lead only to each other: no end of the flow can be"
                    + " reached from them";
        }
        check.report(first, "/Transitions", message + " (expected a way out to an action that ends the flow, such"
                + " as DisconnectParticipant or TransferContactToQueue, or one with empty Transitions)",
                "give one of them a branch (NextAction, Errors or Conditions) to an action that ends the flow");
    }
}

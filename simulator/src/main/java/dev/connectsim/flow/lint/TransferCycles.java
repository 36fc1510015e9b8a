package dev.connectsim.flow.lint;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.TransferToFlow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The {@code endless-loop} findings that cross flows: a TransferToFlow that leads back to the start of its own flow,
 * or to another flow that transfers back (A to B to A), with no way out to an end on the way. A flow alone cannot
 * show this, so it is checked over the instance file's flows, which give each ContactFlowId (a name, an id or an
 * ARN) its flow.
 *
 * <p>Design: one graph over the actions of every flow. A TransferToFlow whose ContactFlowId is static and names a
 * flow of the instance leads only to that flow's StartAction (its error branch cannot be taken, the flow exists); every
 * other action leads where its Transitions go, as in {@link FlowGraph}. The actions that cannot reach an end (a
 * backward search from the ends) and that form a closed group (a bottom strongly connected component) with at least
 * one such TransferToFlow are a cycle with no exit; it is reported once, at its first TransferToFlow in a file being
 * validated. Groups within one flow without a TransferToFlow are the per-flow rule's ({@link EndlessLoopRule}).
 */
public final class TransferCycles {

    private static final Rule RULE = Rules.byId("endless-loop").orElseThrow();
    private static final int NAMES_SHOWN = 6;

    private final FlowLibrary flows;
    private final Map<Node, List<Node>> successors = new LinkedHashMap<>();
    private final Map<Node, List<Node>> predecessors = new HashMap<>();
    private final Set<Node> ends = new LinkedHashSet<>();
    /** The TransferToFlow actions that lead to a flow of the instance, with the flow they lead to. */
    private final Map<Node, FlowLibrary.Entry> jumps = new HashMap<>();

    /** One action of one flow. */
    private record Node(FlowLibrary.Entry flow, Action action) {

        String name() {
            return flow.name() + "/" + action.identifier();
        }
    }

    private TransferCycles(FlowLibrary flows) {
        this.flows = flows;
        for (FlowLibrary.Entry entry : flows.all()) {
            FlowGraph graph = new FlowGraph(entry.flow());
            for (Action action : graph.nodes()) {
                Node node = new Node(entry, action);
                List<Node> next = new ArrayList<>();
                Optional<Node> jump = jumpTarget(action);
                if (jump.isPresent()) {
                    next.add(jump.get());
                    jumps.put(node, jump.get().flow());
                } else if (FlowGraph.isEnd(action) || graph.hasDanglingTarget(action)) {
                    ends.add(node);
                } else {
                    graph.successors(action).forEach(a -> next.add(new Node(entry, a)));
                }
                successors.put(node, next);
            }
        }
        successors.forEach((from, next) -> next.forEach(to -> predecessors.computeIfAbsent(to,
                n -> new ArrayList<>()).add(from)));
    }

    /**
     * The cycles through TransferToFlow among {@code flows}, as {@code endless-loop} errors, each reported in the first
     * file of the cycle that {@code reported} accepts (by the flow's source); none for a cycle in no such file.
     */
    public static List<Finding> find(FlowLibrary flows, Predicate<String> reported) {
        return new TransferCycles(flows).findings(reported);
    }

    private List<Finding> findings(Predicate<String> reported) {
        Set<Node> canEnd = reach(new ArrayList<>(ends), predecessors);
        Set<Node> done = new LinkedHashSet<>();
        List<Finding> found = new ArrayList<>();
        for (Node jump : jumps.keySet().stream().sorted((a, b) -> order(a) - order(b)).toList()) {
            if (canEnd.contains(jump) || done.contains(jump) || !reachableInItsFlow(jump)) {
                continue;
            }
            Set<Node> forward = reach(successors.get(jump), successors);
            Set<Node> backward = reach(predecessors.getOrDefault(jump, List.of()), predecessors);
            if (!forward.contains(jump) || !backward.containsAll(forward)) {
                continue;
            }
            done.addAll(forward);
            List<Node> cycle = forward.stream().filter(jumps::containsKey).sorted((a, b) -> order(a) - order(b))
                    .toList();
            cycle.stream().filter(n -> reported.test(n.flow().flow().source())).findFirst()
                    .ifPresent(at -> found.add(finding(at, cycle)));
        }
        return found;
    }

    private Finding finding(Node at, List<Node> cycle) {
        FlowLibrary.Entry target = jumps.get(at);
        String message;
        if (cycle.size() == 1 && target == at.flow()) {
            message = "this TransferToFlow goes back to the start of its own flow '" + target.name() + "', and no"
                    + " end of the flow can be reached on the way";
        } else {
            List<String> steps = new ArrayList<>();
            cycle.stream().limit(NAMES_SHOWN).forEach(n -> steps.add(n.name() + " -> " + jumps.get(n).name()));
            if (cycle.size() > NAMES_SHOWN) {
                steps.add((cycle.size() - NAMES_SHOWN) + " more");
            }
            message = "the flows transfer to each other with no way out: " + String.join(", ", steps)
                    + "; no end of a flow can be reached from this TransferToFlow to '" + target.name() + "'";
        }
        Flow flow = at.flow().flow();
        return new Finding(RULE.id(), RULE.severity(), flow.source(), at.action().identifier(),
                FlowShape.of(flow).at(at.action(), "/Parameters/ContactFlowId"), message + " (expected a way out to"
                        + " an action that ends the flow, such as DisconnectParticipant or TransferContactToQueue)",
                "give one of the flows on the way a branch to an action that ends the flow, or transfer to a flow"
                        + " that does not lead back here");
    }

    /** Where a TransferToFlow goes: the StartAction of the instance's flow its static ContactFlowId names. */
    private Optional<Node> jumpTarget(Action action) {
        if (!(action instanceof TransferToFlow transfer) || transfer.contactFlowId() == null
                || Words.isDynamic(transfer.contactFlowId())) {
            return Optional.empty();
        }
        return flows.find(transfer.contactFlowId()).flatMap(target -> target.flow().startAction()
                .flatMap(target.flow()::action).map(start -> new Node(target, start)));
    }

    private static boolean reachableInItsFlow(Node node) {
        FlowGraph graph = new FlowGraph(node.flow().flow());
        return graph.start().isEmpty() || graph.reachableFromStart().contains(node.action().identifier());
    }

    /** Flows in the instance file's order, then actions in file order. */
    private int order(Node node) {
        return flows.all().indexOf(node.flow()) * 100_000 + node.flow().flow().actions().indexOf(node.action());
    }

    private static Set<Node> reach(List<Node> roots, Map<Node, List<Node>> step) {
        Set<Node> seen = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (seen.add(node)) {
                todo.addAll(step.getOrDefault(node, List.of()));
            }
        }
        return seen;
    }
}

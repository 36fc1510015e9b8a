package dev.connectsim.flow.lint;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.action.Action;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule sees (the flow, the instance's names, the flow as a graph, where things are in the file) and where
 * it reports. One Check per rule and flow; findings carry the rule's id and severity and the position of their
 * action in the file, for sorting.
 */
final class Check {

    /** A finding and the file position of its action (-1 for the whole flow). */
    record Located(int position, Finding finding) {
    }

    private final Flow flow;
    private final KnownNames names;
    private final FlowShape shape;
    private final FlowGraph graph;
    private final Map<Action, Integer> positions;
    private final Rule rule;
    private final List<Located> sink;

    private Check(Flow flow, KnownNames names, FlowShape shape, FlowGraph graph, Map<Action, Integer> positions,
            Rule rule, List<Located> sink) {
        this.flow = flow;
        this.names = names;
        this.shape = shape;
        this.graph = graph;
        this.positions = positions;
        this.rule = rule;
        this.sink = sink;
    }

    /** A check of {@code flow} for no rule yet; {@link #forRule} gives the one a rule reports through. */
    static Check of(Flow flow, KnownNames names) {
        Map<Action, Integer> positions = new IdentityHashMap<>();
        for (int i = 0; i < flow.actions().size(); i++) {
            positions.put(flow.actions().get(i), i);
        }
        return new Check(flow, names, FlowShape.of(flow), new FlowGraph(flow), positions, null, new ArrayList<>());
    }

    /** The same flow, reporting for {@code rule} into {@code into}. */
    Check forRule(Rule rule, List<Located> into) {
        return new Check(flow, names, shape, graph, positions, rule, into);
    }

    Flow flow() {
        return flow;
    }

    KnownNames names() {
        return names;
    }

    FlowShape shape() {
        return shape;
    }

    FlowGraph graph() {
        return graph;
    }

    /** Every Identifier of the flow, for "did you mean". */
    List<String> identifiers() {
        return graph.nodes().stream().map(Action::identifier).toList();
    }

    /** Reports a problem of {@code action}, at {@code suffix} inside it (such as {@code /Parameters/LoopCount}). */
    void report(Action action, String suffix, String message, String hint) {
        sink.add(new Located(positions.getOrDefault(action, -1), new Finding(rule.id(), rule.severity(),
                flow.source(), action.identifier(), shape.at(action, suffix), message, hint)));
    }

    /** Reports a problem of the whole flow, at {@code pointer} (made with {@link FlowShape#key}). */
    void reportFlow(String pointer, String message, String hint) {
        sink.add(new Located(-1, new Finding(rule.id(), rule.severity(), flow.source(), null, pointer, message,
                hint)));
    }
}

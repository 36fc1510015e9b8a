package dev.connectsim.flow.coverage;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.run.BlockVisit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How much of one flow some runs went through: its actions, and its transitions, each covered or not.
 *
 * @param name                the flow's name
 * @param source              the flow's file
 * @param actions             every action's Identifier, in the flow's order
 * @param coveredActions      the Identifiers the runs went through
 * @param transitions         every transition the flow defines, action by action
 * @param coveredTransitions  the transitions the runs took
 */
public record FlowCoverage(String name, String source, List<String> actions, Set<String> coveredActions,
        List<Transition> transitions, Set<Transition> coveredTransitions) {

    public FlowCoverage {
        Objects.requireNonNull(name, "name");
        actions = List.copyOf(actions);
        coveredActions = Set.copyOf(coveredActions);
        transitions = List.copyOf(transitions);
        coveredTransitions = Set.copyOf(coveredTransitions);
    }

    /**
     * The coverage of {@code flow} (named {@code name}) by {@code visits}: those of any contact whose flow name is
     * {@code name}; visits of other flows are ignored.
     */
    public static FlowCoverage of(String name, Flow flow, Collection<BlockVisit> visits) {
        List<String> actions = flow.actions().stream().map(Action::identifier).toList();
        List<Transition> transitions = Transition.allOf(flow);
        Set<String> coveredActions = new LinkedHashSet<>();
        Set<Transition> coveredTransitions = new LinkedHashSet<>();
        for (BlockVisit visit : visits) {
            if (!name.equals(visit.flowName()) || !actions.contains(visit.identifier())) {
                continue;
            }
            coveredActions.add(visit.identifier());
            if (visit.target() != null) {
                Transition taken = new Transition(visit.identifier(), visit.branch(), visit.target());
                if (transitions.contains(taken)) {
                    coveredTransitions.add(taken);
                }
            }
        }
        return new FlowCoverage(name, flow.source(), actions, coveredActions, transitions, coveredTransitions);
    }

    /** The transitions the runs never took, in the flow's order. */
    public List<Transition> uncoveredTransitions() {
        return transitions.stream().filter(t -> !coveredTransitions.contains(t)).toList();
    }

    /** Covered transitions as a share of all, 1.0 for a flow with none. */
    public double transitionRatio() {
        return transitions.isEmpty() ? 1.0 : (double) coveredTransitions.size() / transitions.size();
    }

    /** One line: {@code Agent Transfer: actions 7/9, transitions 10/14 (71%)}. */
    public String summary() {
        return name + ": actions " + coveredActions.size() + "/" + actions.size() + ", transitions "
                + coveredTransitions.size() + "/" + transitions.size() + " (" + Math.round(transitionRatio() * 100)
                + "%)";
    }
}

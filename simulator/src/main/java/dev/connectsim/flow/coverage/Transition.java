package dev.connectsim.flow.coverage;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.Transitions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One way out of an action, as the flow defines it.
 *
 * @param from   the action's Identifier
 * @param branch {@code NextAction}, {@code Error <type>} or {@code Condition <operator> [operands]}, as a block visit
 *               names the branch it took
 * @param to     the Identifier it leads to
 */
public record Transition(String from, String branch, String to) {

    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(to, "to");
    }

    /** Every transition {@code flow} defines, action by action: NextAction, then errors, then conditions. */
    public static List<Transition> allOf(Flow flow) {
        List<Transition> all = new ArrayList<>();
        flow.actions().forEach(action -> all.addAll(of(action)));
        return List.copyOf(all);
    }

    /** The transitions out of {@code action}: NextAction, then errors, then conditions. */
    public static List<Transition> of(Action action) {
        Transitions t = action.transitions();
        List<Transition> out = new ArrayList<>();
        if (t.nextAction() != null) {
            out.add(new Transition(action.identifier(), "NextAction", t.nextAction()));
        }
        t.errors().forEach(e -> out.add(new Transition(action.identifier(), "Error " + e.errorType(), e.nextAction())));
        t.conditions().forEach(c -> out.add(new Transition(action.identifier(), "Condition " + c.condition(),
                c.nextAction())));
        return out;
    }

    @Override
    public String toString() {
        return from + " --" + branch + "--> " + to;
    }
}

package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import java.util.Set;

/**
 * Every action can be reached from StartAction. A warning: Connect accepts blocks that nothing leads to. Silent
 * when StartAction is missing or names no action (other rules report that); repeats of an Identifier are left to
 * duplicate-identifier.
 */
final class UnreachableActionRule extends Rule {

    UnreachableActionRule() {
        super("unreachable-action", Severity.WARNING, "every action can be reached from StartAction (Connect"
                + " accepts unconnected blocks)");
    }

    @Override
    void check(Check check) {
        check.graph().start().ifPresent(start -> {
            Set<String> reached = check.graph().reachableFromStart();
            for (Action action : check.graph().nodes()) {
                if (!reached.contains(action.identifier())) {
                    check.report(action, "", "no path from StartAction " + Words.quote(start.identifier())
                            + " leads to this " + action.type() + " action",
                            "connect it from another action's NextAction, Errors or Conditions, or delete it");
                }
            }
        });
    }
}

package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import java.util.List;

/** The flow names its first action in {@code StartAction}. */
final class MissingStartActionRule extends Rule {

    MissingStartActionRule() {
        super("missing-start-action", Severity.ERROR, "the flow has a StartAction");
    }

    @Override
    void check(Check check) {
        if (check.flow().startAction().isPresent()) {
            return;
        }
        String key = check.shape().legacy() ? "start" : "StartAction";
        List<Action> roots = check.graph().nodes().stream()
                .filter(a -> check.graph().predecessors(a).isEmpty())
                .toList();
        String hint = roots.size() == 1
                ? "set \"" + key + "\": \"" + roots.get(0).identifier() + "\", the only action no other action"
                        + " leads to"
                : "set \"" + key + "\" to the Identifier of the first action";
        check.reportFlow(check.shape().key("StartAction", "start"), "missing " + key
                + " (expected the Identifier of the action the flow starts with)", hint);
    }
}

package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import java.util.LinkedHashMap;
import java.util.Map;

/** No two actions share an Identifier; each repeat is reported, naming where the first one is. */
final class DuplicateIdentifierRule extends Rule {

    DuplicateIdentifierRule() {
        super("duplicate-identifier", Severity.ERROR, "no two actions share an Identifier");
    }

    @Override
    void check(Check check) {
        Map<String, Action> first = new LinkedHashMap<>();
        for (Action action : check.flow().actions()) {
            Action earlier = first.putIfAbsent(action.identifier(), action);
            if (earlier != null) {
                check.report(action, "/Identifier", "Identifier " + Words.quote(action.identifier())
                        + " is already used by the " + earlier.type() + " action at " + earlier.pointer()
                        + " (Identifiers must be unique in a flow)",
                        "give this action an Identifier of its own (the editor uses a new UUID)");
            }
        }
    }
}

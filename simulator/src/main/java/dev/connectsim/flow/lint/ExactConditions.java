package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.Condition;
import dev.connectsim.flow.action.Operator;
import dev.connectsim.flow.action.Transitions;
import dev.connectsim.text.NearestName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that an action has exactly one {@code Equals} condition for each of some results and no other condition
 * (Loop: ContinueLooping and DoneLooping; CheckHoursOfOperation: True and False).
 */
final class ExactConditions {

    private ExactConditions() {
    }

    static void check(Check check, Action action, List<String> results) {
        String expected = Words.and(results.stream().map(r -> "Equals " + r).toList());
        Set<String> seen = new LinkedHashSet<>();
        List<Transitions.OnCondition> conditions = action.transitions().conditions();
        for (int i = 0; i < conditions.size(); i++) {
            Condition condition = conditions.get(i).condition();
            String operand = condition.operands().size() == 1 ? condition.operands().get(0) : null;
            boolean equals = condition.operator().filter(o -> o == Operator.EQUALS).isPresent();
            if (equals && operand != null && results.contains(operand) && seen.add(operand)) {
                continue;
            }
            String found = equals && operand != null && seen.contains(operand)
                    ? "a second condition Equals " + operand
                    : "the condition " + describe(condition);
            String near = operand == null || results.contains(operand) ? "" : NearestName.hint(results, operand);
            check.report(action, "/Transitions/Conditions/" + i + "/Condition", "a " + action.type()
                    + " takes exactly the conditions " + expected + ", found " + found + near,
                    "remove this condition, or make it one of " + expected);
        }
        List<String> missing = new ArrayList<>(results);
        missing.removeAll(seen);
        for (String result : missing) {
            check.report(action, "/Transitions/Conditions", "a " + action.type() + " needs the condition Equals "
                    + result + " (it takes exactly " + expected + "), found "
                    + (conditions.isEmpty() ? "no conditions" : "none for " + result),
                    "add {\"NextAction\": \"<Identifier>\", \"Condition\": {\"Operator\": \"Equals\", \"Operands\":"
                            + " [\"" + result + "\"]}} to Transitions.Conditions");
        }
    }

    private static String describe(Condition condition) {
        List<String> operands = condition.operands().stream().map(Words::quote).toList();
        return Words.oneLine(condition.operatorName()) + " " + String.join(", ", operands);
    }
}

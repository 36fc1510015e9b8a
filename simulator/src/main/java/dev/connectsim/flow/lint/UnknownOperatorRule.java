package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.Condition;
import dev.connectsim.flow.action.Operator;
import dev.connectsim.flow.action.Transitions;
import dev.connectsim.text.NearestName;
import java.util.Arrays;
import java.util.List;

/** Every condition uses an operator of the flow language (Equals, TextStartsWith ... NumberLessOrEqualTo). */
final class UnknownOperatorRule extends Rule {

    private static final List<String> OPERATORS = Arrays.stream(Operator.values()).map(Operator::connectName)
            .toList();

    UnknownOperatorRule() {
        super("unknown-operator", Severity.ERROR, "every condition uses an operator of the flow language");
    }

    @Override
    void check(Check check) {
        for (Action action : check.flow().actions()) {
            List<Transitions.OnCondition> conditions = action.transitions().conditions();
            for (int i = 0; i < conditions.size(); i++) {
                Condition condition = conditions.get(i).condition();
                if (condition.operator().isEmpty()) {
                    String name = condition.operatorName();
                    check.report(action, "/Transitions/Conditions/" + i + "/Condition/Operator", "unknown operator "
                            + Words.quote(name) + " (expected one of " + Words.or(OPERATORS) + ")"
                            + NearestName.hint(OPERATORS, name),
                            NearestName.in(OPERATORS, name).map(n -> "change it to " + n)
                                    .orElse("use one of the operators of the flow language"));
                }
            }
        }
    }
}

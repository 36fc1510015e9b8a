package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.CheckHoursOfOperation;
import java.util.List;
import java.util.Map;

/** CheckHoursOfOperation has exactly the conditions {@code Equals True} and {@code Equals False}. */
final class RequiredConditionsRule extends Rule {

    private static final Map<String, List<String>> RESULTS = Map.of(CheckHoursOfOperation.TYPE,
            List.of("True", "False"));

    RequiredConditionsRule() {
        super("required-conditions", Severity.ERROR, "CheckHoursOfOperation has exactly the conditions Equals True"
                + " and Equals False");
    }

    @Override
    void check(Check check) {
        for (Action action : check.flow().actions()) {
            List<String> results = RESULTS.get(action.type());
            if (results != null) {
                ExactConditions.check(check, action, results);
            }
        }
    }
}

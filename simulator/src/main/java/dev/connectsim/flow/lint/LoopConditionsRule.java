package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.Loop;
import java.util.List;

/** A Loop has exactly the conditions {@code Equals ContinueLooping} and {@code Equals DoneLooping}. */
final class LoopConditionsRule extends Rule {

    LoopConditionsRule() {
        super("loop-conditions", Severity.ERROR, "a Loop has exactly the conditions Equals ContinueLooping and"
                + " Equals DoneLooping");
    }

    @Override
    void check(Check check) {
        for (Action action : check.flow().actions()) {
            if (action instanceof Loop) {
                ExactConditions.check(check, action, List.of("ContinueLooping", "DoneLooping"));
            }
        }
    }
}

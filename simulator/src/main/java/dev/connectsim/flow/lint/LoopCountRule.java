package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.Loop;

/** A Loop's LoopCount is a whole number from 0 to 100 when it is static; a {@code $.} value is checked at run time. */
final class LoopCountRule extends Rule {

    static final int MAX = 100;

    LoopCountRule() {
        super("loop-count", Severity.ERROR, "a Loop has a LoopCount, a whole number from 0 to " + MAX
                + " when static");
    }

    @Override
    void check(Check check) {
        for (Action action : check.flow().actions()) {
            if (!(action instanceof Loop)) {
                continue;
            }
            Object value = action.parameters().get("LoopCount");
            String expected = "a whole number from 0 to " + MAX + ", or a $. reference";
            String hint = "set LoopCount to how many times to loop, from 0 to " + MAX;
            if (value == null) {
                check.report(action, "/Parameters", "missing LoopCount (expected " + expected + ")", hint);
            } else if (!(value instanceof String text)) {
                check.report(action, "/Parameters/LoopCount", "LoopCount must be " + expected + ", found "
                        + Words.kind(value), hint);
            } else if (!Words.isDynamic(text) && !isInRange(text)) {
                check.report(action, "/Parameters/LoopCount", "LoopCount must be " + expected + ", was "
                        + Words.quote(text), hint);
            }
        }
    }

    private static boolean isInRange(String text) {
        return text.matches("\\d{1,3}") && Integer.parseInt(text) <= MAX;
    }
}

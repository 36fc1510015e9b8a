package dev.connectsim.flow.lint;

import dev.connectsim.text.NearestName;

/** {@code StartAction} names an action of the flow. */
final class DanglingStartActionRule extends Rule {

    DanglingStartActionRule() {
        super("dangling-start-action", Severity.ERROR, "StartAction names an action of the flow");
    }

    @Override
    void check(Check check) {
        check.flow().startAction().filter(start -> check.flow().action(start).isEmpty()).ifPresent(start -> {
            String key = check.shape().legacy() ? "start" : "StartAction";
            check.reportFlow(check.shape().key("StartAction", "start"), key + " is " + Words.quote(start)
                    + " but no action has that Identifier" + NearestName.hint(check.identifiers(), start),
                    "set " + key + " to the Identifier of the first action");
        });
    }
}

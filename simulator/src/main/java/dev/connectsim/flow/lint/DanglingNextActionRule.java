package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.Transitions;
import dev.connectsim.text.NearestName;
import java.util.List;

/** Every NextAction (of the action, of each Errors entry, of each Conditions entry) names an action of the flow. */
final class DanglingNextActionRule extends Rule {

    DanglingNextActionRule() {
        super("dangling-next-action", Severity.ERROR, "every NextAction, in Transitions, Errors and Conditions,"
                + " names an action of the flow");
    }

    @Override
    void check(Check check) {
        for (Action action : check.flow().actions()) {
            Transitions t = action.transitions();
            if (t.nextAction() != null) {
                dangling(check, action, "/Transitions/NextAction", "NextAction", t.nextAction());
            }
            for (int i = 0; i < t.errors().size(); i++) {
                Transitions.OnError error = t.errors().get(i);
                dangling(check, action, "/Transitions/Errors/" + i + "/NextAction",
                        "the " + error.errorType() + " branch goes to", error.nextAction());
            }
            for (int i = 0; i < t.conditions().size(); i++) {
                Transitions.OnCondition condition = t.conditions().get(i);
                dangling(check, action, "/Transitions/Conditions/" + i + "/NextAction",
                        "the condition " + condition.condition() + " goes to", condition.nextAction());
            }
        }
    }

    private static void dangling(Check check, Action action, String suffix, String what, String target) {
        if (check.flow().action(target).isPresent()) {
            return;
        }
        List<String> identifiers = check.identifiers();
        String verb = what.equals("NextAction") ? "NextAction is " : what + " ";
        check.report(action, suffix, verb + Words.quote(target) + " but no action has that Identifier"
                + NearestName.hint(identifiers, target), NearestName.in(identifiers, target)
                .map(near -> "change it to '" + near + "', or add the missing action")
                .orElse("point it at the Identifier of an action of this flow, or add the missing action"));
    }
}

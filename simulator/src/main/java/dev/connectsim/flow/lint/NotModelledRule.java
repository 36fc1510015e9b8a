package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.Unsupported;

/**
 * An action of a type the Flow Language reference has but the simulator does not model (InvokeFlowModule ...). A
 * warning: Amazon Connect accepts and runs the flow, so validate must not call it wrong; but a scenario whose call
 * reaches the action fails, naming it, so the team knows which paths the simulator cannot check.
 */
final class NotModelledRule extends Rule {

    NotModelledRule() {
        super("not-modelled", Severity.WARNING, "an action of a Flow Language type the simulator does not model"
                + " (Connect runs it; a scenario whose call reaches it fails)");
    }

    @Override
    void check(Check check) {
        for (Action action : check.flow().actions()) {
            if (action instanceof Unsupported unsupported && unsupported.isReferenceType()) {
                check.report(action, "/Type", Words.oneLine(unsupported.reason()) + "; a scenario whose call reaches"
                        + " it fails, naming it", "docs/fidelity.md (\"Every action type of the Flow Language\") says"
                                + " why; test the paths through it on a sandbox instance");
            }
        }
    }
}

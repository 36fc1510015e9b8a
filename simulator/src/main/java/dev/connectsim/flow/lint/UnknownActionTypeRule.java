package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.Unsupported;

/**
 * Every action has a type the simulator knows: an unknown Type (the message names the nearest known one), or a
 * legacy module with no mapping to the flow language, is reported, never run as a success. A type of the Flow
 * Language reference the simulator does not model is not-modelled's (a warning: Connect accepts it).
 */
final class UnknownActionTypeRule extends Rule {

    UnknownActionTypeRule() {
        super("unknown-action-type", Severity.ERROR, "every action has a known type (legacy modules: one with a"
                + " mapping to the flow language)");
    }

    @Override
    void check(Check check) {
        for (Action action : check.flow().actions()) {
            if (action instanceof Unsupported unsupported && !unsupported.isReferenceType()) {
                check.report(action, "/Type", Words.oneLine(unsupported.reason()), check.shape().legacy()
                        ? "re-create the block in the current flow editor and export the flow again"
                        : "use one of the action types of the flow language, or remove the action");
            }
        }
    }
}

package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import java.util.List;

/**
 * An action that can fail has a branch that catches its error: one for that error type, or NoMatchingError. A
 * warning: Connect accepts the flow (the Salesforce samples have MessageParticipant without one), but when the
 * action fails the contact has nowhere to go. Legacy flows are not checked: the old editor's blocks (Play prompt
 * ...) had no error branch to wire.
 */
final class UnhandledErrorRule extends Rule {

    UnhandledErrorRule() {
        super("unhandled-error", Severity.WARNING, "an action that can fail has a branch for its error or a"
                + " NoMatchingError branch (Connect accepts the flow without; legacy flows not checked)");
    }

    @Override
    void check(Check check) {
        if (check.shape().legacy()) {
            return;
        }
        for (Action action : check.flow().actions()) {
            for (String errorType : ErrorTypes.RAISED.getOrDefault(action.type(), List.of())) {
                boolean caught = action.transitions().onError(errorType).isPresent()
                        || action.transitions().onError(ErrorTypes.NO_MATCHING_ERROR).isPresent();
                if (caught) {
                    continue;
                }
                String branches = errorType.equals(ErrorTypes.NO_MATCHING_ERROR) ? "no NoMatchingError branch"
                        : "neither a " + errorType + " nor a NoMatchingError branch";
                check.report(action, "/Transitions/Errors", action.type() + " can fail with " + errorType
                        + ", and " + branches + " catches it (when it fails the contact has nowhere to go)",
                        "add {\"ErrorType\": \"" + errorType + "\", \"NextAction\": \"<Identifier>\"} to"
                                + " Transitions.Errors, for example to a message and DisconnectParticipant");
            }
        }
    }
}

package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.Transitions;
import dev.connectsim.text.NearestName;
import java.util.List;

/**
 * The error branches Amazon Connect requires are there: NoMatchingError on GetParticipantInput and
 * InvokeLambdaFunction, QueueAtCapacity and NoMatchingError on TransferContactToQueue, and the branches the Flow
 * Language reference marks "Must always be defined" ({@link ErrorTypes#REQUIRED}).
 * Branches that are only advisable are unhandled-error's (a warning).
 */
final class MissingErrorBranchRule extends Rule {

    MissingErrorBranchRule() {
        super("missing-error-branch", Severity.ERROR, "the error branches Connect requires are there (NoMatchingError"
                + " on GetParticipantInput and InvokeLambdaFunction; QueueAtCapacity and NoMatchingError on"
                + " TransferContactToQueue; what the reference marks \"Must always be defined\")");
    }

    @Override
    void check(Check check) {
        for (Action action : check.flow().actions()) {
            List<String> required = ErrorTypes.REQUIRED.getOrDefault(action.type(), List.of());
            List<String> found = action.transitions().errors().stream().map(Transitions.OnError::errorType).toList();
            for (String errorType : required) {
                if (found.contains(errorType)) {
                    continue;
                }
                String foundText = found.isEmpty() ? "found no Errors"
                        : "found branches for " + Words.and(found.stream().map(Words::quote).toList());
                String near = NearestName.in(found, errorType).filter(f -> !required.contains(f))
                        .map(f -> "; is " + Words.quote(f) + " meant to be " + errorType + "?").orElse("");
                check.report(action, "/Transitions/Errors", action.type() + " needs an Errors branch for "
                        + errorType + ", " + foundText + near,
                        "add {\"ErrorType\": \"" + errorType + "\", \"NextAction\": \"<Identifier>\"} to"
                                + " Transitions.Errors");
            }
        }
    }
}

package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.Transitions;
import dev.connectsim.flow.action.Unsupported;
import dev.connectsim.text.NearestName;
import java.util.List;

/**
 * Every Errors entry names an error type the action can raise ({@link ErrorTypes#allowed}); a misspelt one is a
 * branch that is never taken. A warning: the documentation may not list every error type.
 */
final class UnknownErrorTypeRule extends Rule {

    UnknownErrorTypeRule() {
        super("unknown-error-type", Severity.WARNING, "every Errors entry names an error type the action raises");
    }

    @Override
    void check(Check check) {
        for (Action action : check.flow().actions()) {
            if (action instanceof Unsupported) {
                continue;
            }
            List<String> allowed = ErrorTypes.allowed(action.type());
            List<Transitions.OnError> errors = action.transitions().errors();
            for (int i = 0; i < errors.size(); i++) {
                String errorType = errors.get(i).errorType();
                if (!allowed.contains(errorType)) {
                    check.report(action, "/Transitions/Errors/" + i + "/ErrorType", "ErrorType "
                            + Words.quote(errorType) + " is not an error " + action.type() + " raises (expected "
                            + Words.or(allowed) + ")" + NearestName.hint(allowed, errorType),
                            NearestName.in(allowed, errorType).map(n -> "change it to " + n)
                                    .orElse("use one of " + Words.or(allowed) + ", or remove the entry"));
                }
            }
        }
    }
}

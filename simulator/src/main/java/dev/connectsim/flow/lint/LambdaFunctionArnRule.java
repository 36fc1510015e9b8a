package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.InvokeLambdaFunction;

/** InvokeLambdaFunction names the function it invokes in LambdaFunctionARN. */
final class LambdaFunctionArnRule extends Rule {

    LambdaFunctionArnRule() {
        super("lambda-function-arn", Severity.ERROR, "InvokeLambdaFunction has a LambdaFunctionARN");
    }

    @Override
    void check(Check check) {
        for (Action action : check.flow().actions()) {
            if (!(action instanceof InvokeLambdaFunction)) {
                continue;
            }
            Object value = action.parameters().get("LambdaFunctionARN");
            String hint = "set LambdaFunctionARN to the function's ARN (arn:aws:lambda:<region>:<account>:function:"
                    + "<name>) or a $. reference";
            if (value == null) {
                check.report(action, "/Parameters", "missing LambdaFunctionARN (expected the ARN of the function to"
                        + " invoke)", hint);
            } else if (!(value instanceof String text)) {
                check.report(action, "/Parameters/LambdaFunctionARN", "LambdaFunctionARN must be text (an ARN),"
                        + " found " + Words.kind(value), hint);
            } else if (text.isBlank()) {
                check.report(action, "/Parameters/LambdaFunctionARN", "LambdaFunctionARN is empty (expected the ARN"
                        + " of the function to invoke)", hint);
            }
        }
    }
}

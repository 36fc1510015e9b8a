package dev.connectsim.handler;

import dev.connectsim.lambda.FunctionArn;
import dev.connectsim.lambda.LambdaContext;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The names Lambda gives a function's attempt, the same for every runtime: the function's name, the request id, the
 * log group and stream. The first attempt's request id is the invocation's id (drawn from the simulation's seeded
 * ids); a retry's is derived from it, so the same seed gives the same ids.
 */
public final class LambdaNames {

    private LambdaNames() {
    }

    /** The function's name: the ARN's, or a deploy placeholder's name. */
    public static String functionName(String boundAs) {
        return FunctionArn.parse(boundAs).map(FunctionArn::name).orElse(boundAs.replace("%", ""));
    }

    /** The attempt's request id (awsRequestId, aws_request_id). */
    public static String requestId(LambdaContext attempt) {
        return attempt.attempt() == 1 ? attempt.invocationId()
                : UUID.nameUUIDFromBytes((attempt.invocationId() + "/attempt " + attempt.attempt())
                        .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The function's log group: {@code /aws/lambda/<name>}. */
    public static String logGroupName(String functionName) {
        return "/aws/lambda/" + functionName;
    }
}

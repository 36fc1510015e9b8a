package dev.connectsim.handler;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import dev.connectsim.lambda.LambdaContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The {@link Context} a Java handler gets for one attempt, on virtual time, and the log its {@link LambdaLogger}
 * writes.
 *
 * <p>Design note: the handler runs at the virtual instant its attempt starts and its binding's {@code after} is
 * charged once it returns, so {@link #getRemainingTimeInMillis} is the time from that instant, plus the virtual
 * time the handler has slept so far, to whichever comes first, the function's own timeout or the block's time
 * limit: less on a retry than on the first attempt. The logger writes to the environment's {@link HandlerOutput},
 * in order with what the handler prints. The ids and names are {@link LambdaNames}', but for the log stream, which
 * is the environment's.
 */
final class VirtualContext implements Context, LambdaLogger {

    private final LambdaContext attempt;
    private final String functionName;
    private final int memoryMb;
    private final JavaEnvironment environment;

    VirtualContext(LambdaContext attempt, String functionName, int memoryMb, JavaEnvironment environment) {
        this.attempt = attempt;
        this.functionName = functionName;
        this.memoryMb = memoryMb;
        this.environment = environment;
    }

    @Override
    public String getAwsRequestId() {
        return LambdaNames.requestId(attempt);
    }

    @Override
    public String getLogGroupName() {
        return LambdaNames.logGroupName(functionName);
    }

    @Override
    public String getLogStreamName() {
        return environment.logStream();
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return attempt.invokedArn();
    }

    /** None: Amazon Connect invokes functions with no Cognito identity. */
    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    /** None: Amazon Connect invokes functions with no client context. */
    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        long millis = Duration.between(environment.now(), attempt.endsAt()).toMillis();
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, millis));
    }

    @Override
    public int getMemoryLimitInMB() {
        return memoryMb;
    }

    @Override
    public LambdaLogger getLogger() {
        return this;
    }

    @Override
    public void log(String message) {
        environment.output().log(message);
    }

    @Override
    public void log(byte[] message) {
        log(new String(message, StandardCharsets.UTF_8));
    }
}

package dev.connectsim.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Every Connect API call the driver makes, as an SDK interceptor sees it: the operation, its parameters and how it
 * ended. Only the request object is read, never the signed HTTP request, so credentials and tokens cannot appear;
 * members the SDK marks sensitive stay redacted. Each finished call also goes to the listener (the console).
 */
public final class ApiCallLog implements ExecutionInterceptor {

    static final int LONGEST_VALUE = 80;
    private static final String REDACTED = "*** Sensitive Data Redacted ***";

    private final List<ApiCall> calls = new ArrayList<>();
    private final boolean dryRun;
    private volatile Consumer<ApiCall> listener = call -> { };

    public ApiCallLog(boolean dryRun) {
        this.dryRun = dryRun;
    }

    /** Where each finished call goes as well, such as the console. */
    public void listen(Consumer<ApiCall> listener) {
        this.listener = listener;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        add(new ApiCall(operation(attributes), describe(context.request()), dryRun ? ApiCall.DRY_RUN : ApiCall.OK));
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        Throwable error = context.exception();
        String outcome = error.getClass().getSimpleName() + (error.getMessage() == null ? ""
                : ": " + error.getMessage().replaceAll("\\s*\\(Service: .*$", ""));
        add(new ApiCall(operation(attributes), describe(context.request()), outcome));
    }

    /** Every call so far, in order. */
    public synchronized List<ApiCall> calls() {
        return List.copyOf(calls);
    }

    /** The calls from index {@code from} on (a scenario's calls, when {@code from} is where it started). */
    public synchronized List<ApiCall> since(int from) {
        return List.copyOf(calls.subList(from, calls.size()));
    }

    public synchronized int size() {
        return calls.size();
    }

    private void add(ApiCall call) {
        synchronized (this) {
            calls.add(call);
        }
        listener.accept(call);
    }

    private static String operation(ExecutionAttributes attributes) {
        return attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    }

    /** "InstanceId=..., ContactFlowId=..." with long values shortened and sensitive members redacted. */
    static String describe(SdkRequest request) {
        String whole = request.toString();
        StringBuilder text = new StringBuilder();
        for (SdkField<?> field : request.sdkFields()) {
            Object value = field.getValueOrDefault(request);
            if (value == null || value instanceof java.util.Collection<?> c && c.isEmpty()
                    || value instanceof java.util.Map<?, ?> m && m.isEmpty()) {
                continue;
            }
            String name = field.memberName();
            if (name.equals("ClientToken")) {
                continue; // the SDK makes a random one per call: an idempotency token, not a parameter of the test
            }
            String shown = whole.contains(name + "=" + REDACTED) ? REDACTED : String.valueOf(value);
            if (shown.length() > LONGEST_VALUE) {
                shown = "<" + shown.length() + " characters>";
            }
            text.append(text.length() == 0 ? "" : ", ").append(name).append('=').append(shown);
        }
        return text.toString();
    }
}

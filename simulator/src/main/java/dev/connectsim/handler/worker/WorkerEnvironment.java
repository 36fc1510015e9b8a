package dev.connectsim.handler.worker;

import dev.connectsim.handler.FunctionEnvironment;
import dev.connectsim.handler.HandlerBinding;
import dev.connectsim.handler.LambdaNames;
import dev.connectsim.lambda.ColdStart;
import dev.connectsim.lambda.ContactFlowEvent;
import dev.connectsim.lambda.LambdaContext;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.lambda.LambdaReply;
import dev.connectsim.lambda.WarmUpPing;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One execution environment of a Node.js or Python function: one worker process, started on the environment's first
 * invocation and ended when the environment ends ({@link #close()}).
 *
 * <p>Design note: each attempt is one request to the worker with the event, the attempt's virtual instant, the
 * function's own deadline and the instant the attempt ends for its context's remaining time; the handler runs on
 * virtual time there (its sleeps and timers advance a virtual clock), and its reply says how much virtual time it
 * slept. The attempt then costs {@code after} (or, with {@code duration: measured}, the real time the handler ran)
 * plus that. Math.random / random are seeded from the first attempt's request id (drawn from the run's seed) and the
 * function. A handler still busy at the function's own deadline, in virtual time, or after the real-time guard
 * (the timeout plus {@link #GRACE}), times out as on Lambda, and its worker is ended: the environment's next attempt
 * starts a new one, loading the module again, as Lambda does after a time-out.
 */
final class WorkerEnvironment implements LambdaFunction {

    /** Real time a handler gets beyond its timeout before connect-sim stops waiting for it. */
    static final Duration GRACE = Duration.ofSeconds(2);

    private final WorkerFunction function;
    private final HandlerBinding binding;
    private final Map<String, String> variables;
    private final String logStream;
    private WorkerProcess worker;
    private List<String> initLog = List.of();

    WorkerEnvironment(WorkerFunction function, ColdStart start) {
        this.function = function;
        this.binding = function.binding();
        this.variables = FunctionEnvironment.of(binding, start);
        this.logStream = variables.get("AWS_LAMBDA_LOG_STREAM_NAME");
    }

    @Override
    public LambdaReply handle(ContactFlowEvent event, LambdaContext context) {
        return run(event.toMap(), context);
    }

    @Override
    public LambdaReply warmUp(WarmUpPing ping, LambdaContext context) {
        return run(ping.toMap(), context);
    }

    private LambdaReply run(Map<String, Object> event, LambdaContext context) {
        try {
            Optional<LambdaReply> initFailed = startIfNeeded(context);
            if (initFailed.isPresent()) {
                return initFailed.get();
            }
            Duration guard = context.timeout().plus(GRACE);
            Optional<Map<String, Object>> reply = worker.request(invoke(event, context), guard);
            if (reply.isEmpty()) {
                close();
                return timedOut(context, List.of("connect-sim: the handler gave no answer within " + guard.toSeconds()
                        + " s of real time (its timeout plus " + GRACE.toSeconds() + " s); its worker was ended"));
            }
            return reply(reply.get(), context);
        } catch (WorkerProcess.WorkerFailed e) {
            close();
            return new LambdaReply.Failed(binding.after(), "Runtime.ExitError", e.getMessage(), takeInitLog());
        }
    }

    private Optional<LambdaReply> startIfNeeded(LambdaContext context) {
        if (worker != null && worker.isAlive()) {
            return Optional.empty();
        }
        close();
        worker = function.start(variables);
        long seed = (binding.functionArn() + "/" + LambdaNames.requestId(context)).hashCode() & 0xffffffffL;
        Map<String, Object> ready = worker.request(function.init(context.now().toEpochMilli(), seed),
                WorkerFunction.INIT_GUARD).orElse(null);
        if (ready == null || !Boolean.TRUE.equals(ready.get("ready"))) {
            close();
            String message = ready == null ? "the module did not load within "
                    + WorkerFunction.INIT_GUARD.toSeconds() + " s of real time"
                    : HandlerFiles.loadProblem(binding, ready);
            return Optional.of(new LambdaReply.Failed(binding.after(), ready == null ? "Runtime.Unknown"
                    : Objects.toString(ready.get("errorType"), "Runtime.Unknown"), message, logOf(ready)));
        }
        initLog = logOf(ready);
        return Optional.empty();
    }

    private Map<String, Object> invoke(Map<String, Object> event, LambdaContext context) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("type", "invoke");
        request.put("event", event);
        request.put("now", context.now().toEpochMilli());
        request.put("deadline", context.deadline().toEpochMilli());
        request.put("endsAt", context.endsAt().toEpochMilli());
        request.put("awsRequestId", LambdaNames.requestId(context));
        request.put("invokedFunctionArn", context.invokedArn());
        request.put("logStreamName", logStream);
        return request;
    }

    private LambdaReply reply(Map<String, Object> reply, LambdaContext context) {
        List<String> log = takeInitLog();
        log.addAll(logOf(reply));
        if (Boolean.TRUE.equals(reply.get("timedOut"))) {
            close();
            return timedOut(context, log);
        }
        Duration slept = Duration.ofMillis(number(reply.get("sleptMillis")));
        Duration cost = (binding.measured() ? Duration.ofMillis(number(reply.get("realMillis"))) : binding.after())
                .plus(slept);
        if (Boolean.TRUE.equals(reply.get("ok"))) {
            return new LambdaReply.Returned(cost, reply.get("body"), log);
        }
        return new LambdaReply.Failed(cost, Objects.toString(reply.get("errorType"), "Error"),
                Objects.toString(reply.get("errorMessage"), ""), log);
    }

    /** A reply past the function's timeout: the runtime ends the attempt at the timeout, as Lambda's does. */
    private static LambdaReply timedOut(LambdaContext context, List<String> log) {
        Duration timeout = context.timeout();
        return new LambdaReply.Failed(timeout.plusMillis(1), "Sandbox.Timedout", "Task timed out after "
                + timeout.toMillis() / 1000.0 + " seconds", log);
    }

    private List<String> takeInitLog() {
        List<String> log = new ArrayList<>(initLog);
        initLog = List.of();
        return log;
    }

    private static List<String> logOf(Map<String, Object> reply) {
        return reply != null && reply.get("log") instanceof List<?> lines
                ? lines.stream().map(String::valueOf).toList() : List.of();
    }

    private static long number(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }

    /** The environment is over: its worker ends. */
    @Override
    public void close() {
        if (worker != null) {
            worker.close();
            worker = null;
        }
    }

    @Override
    public String toString() {
        return "an execution environment of " + function;
    }
}

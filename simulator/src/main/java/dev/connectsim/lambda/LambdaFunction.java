package dev.connectsim.lambda;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A function's code, as a test or the simulator binds it in a {@link LambdaRegistry}.
 *
 * <p>A handler runs at the virtual instant the function starts (after any cold start) and returns
 * at once: it does not block or sleep, it <em>declares</em> how long the function runs and what it
 * returns, with {@link LambdaReply}. Whatever it does when called (record a request, count a
 * VoiceCall) has happened, even if Connect stops waiting before the declared duration is over.
 * A handler that throws is treated as a function that threw: a function error carrying the
 * exception's class and message.
 *
 * <pre>{@code
 * LambdaFunction createTransferVC = (event, context) ->
 *         LambdaReply.after(Duration.ofMillis(300)).returns(Map.of("voiceCallId", "0LQ000000000001"));
 * }</pre>
 */
@FunctionalInterface
public interface LambdaFunction {

    /** Handles one attempt of a flow's invocation. */
    LambdaReply handle(ContactFlowEvent event, LambdaContext context);

    /**
     * Handles a keep-warm ping. By default the function answers at once as the SCV telephony
     * function does: {@code {"statusCode": 200, "message": "Keep Lambda Warm"}}.
     */
    default LambdaReply warmUp(WarmUpPing ping, LambdaContext context) {
        return LambdaReply.after(Duration.ZERO).returns(Map.of("statusCode", 200, "message", "Keep Lambda Warm"));
    }

    /**
     * The code that serves one new execution environment of this function. By default this same object serves every
     * environment.
     */
    default LambdaFunction newEnvironment() {
        return this;
    }

    /**
     * The code that serves the new execution environment {@code start} describes, asked for on each cold start. By
     * default {@link #newEnvironment()}; a team's handler loads its classes (or starts its worker) anew, so its
     * static state lives as long as the environment, as on Lambda, and takes its environment variables, clock and
     * seeds from {@code start}.
     */
    default LambdaFunction newEnvironment(ColdStart start) {
        return newEnvironment();
    }

    /**
     * The execution environment this code serves is over: idle past its expiry, or the run has ended. Code that holds
     * something outside the JVM for its environment (a worker process) lets it go; by default there is nothing to do.
     * Called once per environment, on the object {@link #newEnvironment(ColdStart)} returned.
     */
    default void close() {
    }

    /**
     * This function, running for {@code runsFor} on every call, whatever it declares: for a scenario that makes a
     * function slow.
     */
    default LambdaFunction runningFor(Duration runsFor) {
        Objects.requireNonNull(runsFor, "runsFor");
        LambdaFunction original = this;
        return new LambdaFunction() {
            @Override
            public LambdaReply handle(ContactFlowEvent event, LambdaContext context) {
                return original.handle(event, context).runningFor(runsFor);
            }

            @Override
            public LambdaReply warmUp(WarmUpPing ping, LambdaContext context) {
                return original.warmUp(ping, context).runningFor(runsFor);
            }

            @Override
            public LambdaFunction newEnvironment(ColdStart start) {
                LambdaFunction environment = original.newEnvironment(start);
                return environment == original ? this : environment.runningFor(runsFor);
            }

            @Override
            public void close() {
                original.close();
            }
        };
    }

    /**
     * A function written against the event's JSON, like the Node.js functions it stands for: it
     * receives {@link LambdaEvent#toMap()} for flow events and for keep-warm pings alike (a ping
     * has {@code "detail-type": "Scheduled Event"}).
     */
    static LambdaFunction onPayload(PayloadHandler handler) {
        Objects.requireNonNull(handler, "handler");
        return new LambdaFunction() {
            @Override
            public LambdaReply handle(ContactFlowEvent event, LambdaContext context) {
                return handler.handle(event.toMap(), context);
            }

            @Override
            public LambdaReply warmUp(WarmUpPing ping, LambdaContext context) {
                return handler.handle(ping.toMap(), context);
            }
        };
    }

    /** A handler of the event's JSON; see {@link #onPayload}. */
    @FunctionalInterface
    interface PayloadHandler {

        LambdaReply handle(Map<String, Object> event, LambdaContext context);
    }
}

package dev.connectsim.bench;

import dev.connectsim.harness.salesforce.SalesforceStub;
import dev.connectsim.lambda.FunctionConfig;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.scv.HttpTelephonyApi;
import dev.connectsim.scv.InMemoryTelephonyFunction;
import dev.connectsim.scv.ScvSettings;
import dev.connectsim.scv.TelephonyApiTransport;
import dev.connectsim.scv.TelephonyIntegrationFunction;
import dev.connectsim.sim.Simulation;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Where one bench simulation's telephony-integration function answers: in memory, or a simulated Salesforce. */
interface Telephony {

    /** A new function for one simulation. */
    LambdaFunction function();

    /** How the function is deployed (its timeout). */
    FunctionConfig config();

    /** Lets the far end follow {@code sim}'s clock, for token expiry. */
    void follow(Simulation sim);

    /** HTTP requests its functions have sent so far, all simulations together; 0 in memory. */
    long requestsSent();

    /** Answers in memory after {@code latency}. */
    static Telephony inMemory(Duration latency) {
        return new Telephony() {
            @Override
            public LambdaFunction function() {
                return new InMemoryTelephonyFunction(latency);
            }

            @Override
            public FunctionConfig config() {
                return FunctionConfig.defaults().withTimeout(ScvSettings.FUNCTION_TIMEOUT);
            }

            @Override
            public void follow(Simulation sim) {
            }

            @Override
            public long requestsSent() {
                return 0;
            }
        };
    }

    /** The real function, over HTTP, against {@code salesforce}. */
    static Telephony over(SalesforceStub salesforce) {
        AtomicLong sent = new AtomicLong();
        HttpTelephonyApi api = new HttpTelephonyApi(salesforce.settings().endpointBase());
        TelephonyApiTransport counted = request -> {
            sent.incrementAndGet();
            return api.send(request);
        };
        return new Telephony() {
            @Override
            public LambdaFunction function() {
                return new TelephonyIntegrationFunction(salesforce.settings(), counted);
            }

            @Override
            public FunctionConfig config() {
                return salesforce.settings().function();
            }

            @Override
            public void follow(Simulation sim) {
                salesforce.followClock(sim::now);
            }

            @Override
            public long requestsSent() {
                return sent.get();
            }
        };
    }
}

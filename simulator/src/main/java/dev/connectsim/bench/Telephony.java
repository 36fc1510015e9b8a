package dev.connectsim.bench;

import dev.connectsim.harness.salesforce.SalesforceStub;
import dev.connectsim.lambda.FunctionConfig;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.scv.InMemoryTelephonyFunction;
import dev.connectsim.scv.ScvSettings;
import dev.connectsim.scv.TelephonyIntegrationFunction;
import dev.connectsim.sim.Simulation;
import java.time.Duration;

/** Where one bench simulation's telephony-integration function answers: in memory, or a simulated Salesforce. */
interface Telephony {

    /** A new function for one simulation. */
    LambdaFunction function();

    /** How the function is deployed (its timeout). */
    FunctionConfig config();

    /** Lets the far end follow {@code sim}'s clock, for token expiry. */
    void follow(Simulation sim);

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
        };
    }

    /** The real function, over HTTP, against {@code salesforce}. */
    static Telephony over(SalesforceStub salesforce) {
        return new Telephony() {
            @Override
            public LambdaFunction function() {
                return TelephonyIntegrationFunction.overHttp(salesforce.settings());
            }

            @Override
            public FunctionConfig config() {
                return salesforce.settings().function();
            }

            @Override
            public void follow(Simulation sim) {
                salesforce.followClock(sim::now);
            }
        };
    }
}

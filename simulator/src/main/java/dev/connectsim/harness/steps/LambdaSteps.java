package dev.connectsim.harness.steps;

import dev.connectsim.harness.Capability;
import dev.connectsim.harness.ScenarioWorld;
import dev.connectsim.harness.Target;
import io.cucumber.java.en.Given;
import java.time.Duration;

/** How the SCV telephony function is deployed. */
public final class LambdaSteps {

    private final Target target;

    public LambdaSteps(Target target) {
        this.target = target;
    }

    private ScenarioWorld world() {
        return target.simulator(Capability.LAMBDA_DEPLOYMENT);
    }

    @Given("the telephony function's timeout is {duration}")
    public void functionTimeout(Duration timeout) {
        world().telephonyFunction(config -> config.withTimeout(timeout));
    }

    @Given("the telephony function is cold and takes {duration} to start")
    public void functionIsCold(Duration coldStart) {
        world().telephonyFunction(config -> config.withColdStart(coldStart));
    }

    @Given("the telephony function is kept warm every {duration}")
    public void functionKeptWarm(Duration every) {
        world().keepTelephonyFunctionWarm(every);
    }
}

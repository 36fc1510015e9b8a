package dev.connectsim.harness.steps;

import dev.connectsim.harness.ScenarioWorld;
import io.cucumber.java.en.Given;
import java.time.Duration;

/** How the SCV telephony function is deployed. */
public final class LambdaSteps {

    private final ScenarioWorld world;

    public LambdaSteps(ScenarioWorld world) {
        this.world = world;
    }

    @Given("the telephony function's timeout is {duration}")
    public void functionTimeout(Duration timeout) {
        world.telephonyFunction(config -> config.withTimeout(timeout));
    }

    @Given("the telephony function is cold and takes {duration} to start")
    public void functionIsCold(Duration coldStart) {
        world.telephonyFunction(config -> config.withColdStart(coldStart));
    }

    @Given("the telephony function is kept warm every {duration}")
    public void functionKeptWarm(Duration every) {
        world.keepTelephonyFunctionWarm(every);
    }
}

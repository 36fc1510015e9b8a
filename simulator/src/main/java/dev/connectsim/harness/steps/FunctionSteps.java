package dev.connectsim.harness.steps;

import dev.connectsim.harness.CallRef;
import dev.connectsim.harness.Capability;
import dev.connectsim.harness.ExpectationFailed;
import dev.connectsim.harness.ScenarioWorld;
import dev.connectsim.harness.Target;
import io.cucumber.java.en.Then;

/** The Lambda functions of the instance file: how often a handler ran (how they answer: {@link LambdaSteps}). */
public final class FunctionSteps {

    private final Target target;

    public FunctionSteps(Target target) {
        this.target = target;
    }

    private ScenarioWorld world() {
        return target.simulator(Capability.LAMBDA_FUNCTIONS);
    }

    @Then("the function {word} ran {count} time(s) for {call}")
    public void functionRan(String name, int times, CallRef call) {
        ScenarioWorld world = world();
        int ran = world.handlerCalls(name, call.in(world).contactId());
        if (ran != times) {
            throw new ExpectationFailed("the function " + name + " to run " + times + " time(s) for " + call,
                    "it ran " + ran + " time(s)", world);
        }
    }
}

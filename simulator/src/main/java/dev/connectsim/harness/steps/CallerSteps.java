package dev.connectsim.harness.steps;

import dev.connectsim.harness.Caller;
import dev.connectsim.harness.Capability;
import dev.connectsim.harness.ScenarioWorld;
import dev.connectsim.harness.Target;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;

/** The caller's side: the keys they press at the flows' inputs, and the prompts they hear. */
public final class CallerSteps {

    private final Target target;

    public CallerSteps(Target target) {
        this.target = target;
    }

    private Caller caller(Capability needed) {
        return target.simulator(needed).caller();
    }

    /** At the next input block, 1 s after its prompt: {@code the caller presses 1}, {@code ... enters 12345#}. */
    @When("the caller presses/enters {digits}")
    public void callerPresses(String digits) {
        caller(Capability.CALLER_KEYPRESSES).presses(digits);
    }

    /** The next input block hears nothing and times out (InputTimeLimitExceeded). */
    @When("the caller says nothing")
    public void callerSaysNothing() {
        caller(Capability.CALLER_KEYPRESSES).saysNothing();
    }

    /** The next Lex bot a flow connects the caller with hears {@code words}: {@code the caller says "balance"}. */
    @When("the caller says {string}")
    public void callerSays(String words) {
        caller(Capability.CALLER_SPEECH).says(words);
    }

    @Then("the caller hears {string}")
    public void callerHears(String prompt) {
        caller(Capability.PROMPTS_HEARD).expectHeard(List.of(prompt), ScenarioWorld.DEFAULT_WAIT);
    }

    @Then("the caller hears, in order:")
    public void callerHearsInOrder(List<String> prompts) {
        caller(Capability.PROMPTS_HEARD).expectHeard(prompts, ScenarioWorld.DEFAULT_WAIT);
    }
}

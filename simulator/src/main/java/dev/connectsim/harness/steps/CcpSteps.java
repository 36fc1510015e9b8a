package dev.connectsim.harness.steps;

import dev.connectsim.harness.Capability;
import dev.connectsim.harness.ScenarioWorld;
import dev.connectsim.harness.Target;
import dev.connectsim.harness.arguments.ScriptCall;
import dev.connectsim.streams.ResponseOrder;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;

/** An agent's CCP running the team's own JavaScript on the real Streams library: load it, call it, read it. */
public final class CcpSteps {

    private final Target target;

    public CcpSteps(Target target) {
        this.target = target;
    }

    private ScenarioWorld world() {
        return target.simulator(Capability.CCP_PAGES);
    }

    /** A call of a function the page defines, with JSON arguments: coldTransferToDestination("+15550199"). */
    @ParameterType(ScriptCall.FORM)
    public ScriptCall scriptCall(String written) {
        return ScriptCall.parse(written);
    }

    @Given("{word}'s CCP runs {string}")
    public void ccpRuns(String agent, String script) {
        world().ccpRuns(agent, script);
    }

    @Given("{word}'s CCP loads Streams from {string}")
    public void ccpLoadsStreams(String agent, String bundle) {
        world().ccpLoadsStreamsFrom(agent, bundle);
    }

    /** The snapshot showing an action's effect reaches the page before the action's own response. */
    @Given("the CCP gets the snapshot before the action's response")
    public void snapshotFirst() {
        world().ccpOrder(ResponseOrder.SNAPSHOT_FIRST);
    }

    @When("{word}'s CCP calls {scriptCall}")
    public void ccpCalls(String agent, ScriptCall call) {
        world().ccpCalls(agent, call.function(), call.args());
    }

    @Then("{word}'s CCP logs {string} within {duration}")
    public void ccpLogs(String agent, String text, Duration within) {
        world().expectCcpLogs(agent, text, within);
    }

    /** The page's global {@code name} (a string, or JSON such as false or 3) is as given, within the time. */
    @Then("{word}'s CCP sets {word} to {string} within {duration}")
    public void ccpSets(String agent, String name, String value, Duration within) {
        world().expectCcpValue(agent, name, value, within);
    }
}

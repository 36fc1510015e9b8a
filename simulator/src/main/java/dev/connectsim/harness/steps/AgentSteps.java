package dev.connectsim.harness.steps;

import dev.connectsim.contact.Endpoint;
import dev.connectsim.harness.ScenarioWorld;
import dev.connectsim.routing.AgentBehavior;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.time.Duration;

/** What agents do: answer offers, and transfer the call. */
public final class AgentSteps {

    private final ScenarioWorld world;

    public AgentSteps(ScenarioWorld world) {
        this.world = world;
    }

    @Given("{word} does not answer")
    public void agentDoesNotAnswer(String agent) {
        world.agentBehaves(agent, new AgentBehavior.Misses());
    }

    @Given("{word} accepts calls after {duration}")
    public void agentAcceptsAfter(String agent, Duration after) {
        world.agentBehaves(agent, AgentBehavior.acceptsAfter(after));
    }

    @When("{word} accepts the call")
    public void agentAccepts(String agent) {
        world.agentAccepts(agent, ScenarioWorld.DEFAULT_WAIT);
    }

    @When("{word} transfers the call to the quick connect {string}")
    public void agentTransfersToQuickConnect(String agent, String quickConnect) {
        world.agentTransfersToQuickConnect(agent, quickConnect);
    }

    @When("{word} cold-transfers the call to {phone}")
    public void agentColdTransfersToNumber(String agent, String number) {
        world.agentColdTransfers(agent, Endpoint.byPhoneNumber(number));
    }

    @When("{word} cold-transfers the call to the quick connect {string}")
    public void agentColdTransfersToQuickConnect(String agent, String quickConnect) {
        world.agentColdTransfers(agent, world.sim().instance().quickConnect(quickConnect).endpoint());
    }
}

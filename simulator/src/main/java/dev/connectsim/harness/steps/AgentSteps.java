package dev.connectsim.harness.steps;

import dev.connectsim.contact.Endpoint;
import dev.connectsim.cti.CtiOperation;
import dev.connectsim.harness.ExpectationFailed;
import dev.connectsim.harness.ScenarioWorld;
import dev.connectsim.routing.AgentBehavior;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
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

    /** The agent's next action of that kind fails as the service fails it (InternalServiceError). */
    @Given("{word}'s {agentAction} fails")
    public void agentActionFails(String agent, CtiOperation operation) {
        world.agentActionFails(agent, operation, 1);
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
        world.agentColdTransfers(agent, quickConnect(quickConnect));
    }

    @When("{word} warm-transfers the call to {phone}")
    public void agentWarmTransfersToNumber(String agent, String number) {
        world.agentWarmTransfers(agent, Endpoint.byPhoneNumber(number));
    }

    @When("{word} warm-transfers the call to the quick connect {string}")
    public void agentWarmTransfersToQuickConnect(String agent, String quickConnect) {
        world.agentWarmTransfers(agent, quickConnect(quickConnect));
    }

    @When("{word} blind-transfers the call to {phone}")
    public void agentBlindTransfersToNumber(String agent, String number) {
        world.agentBlindTransfers(agent, Endpoint.byPhoneNumber(number));
    }

    @When("{word} blind-transfers the call to the quick connect {string}")
    public void agentBlindTransfersToQuickConnect(String agent, String quickConnect) {
        world.agentBlindTransfers(agent, quickConnect(quickConnect));
    }

    @Then("{word} is consulting the third party within {duration}")
    public void agentConsulting(String agent, Duration within) {
        if (!world.runUntil(() -> world.warmTransfer().isConsulting() || world.warmTransfer().isDone(), within)
                || !world.warmTransfer().isConsulting()) {
            throw new ExpectationFailed(agent + " consulting the third party within " + ContactSteps.seconds(within),
                    "the warm transfer " + world.warmTransfer().outcome().map(Object::toString)
                            .orElse("is still dialling"), world);
        }
    }

    @When("{word} joins the call and leaves")
    public void agentJoinsAndLeaves(String agent) {
        world.warmTransfer().joinAndLeave();
    }

    @When("{word} swaps between the customer and the third party")
    public void agentSwaps(String agent) {
        world.warmTransfer().swap();
    }

    private Endpoint quickConnect(String name) {
        return world.sim().instance().quickConnect(name).endpoint();
    }
}

package dev.connectsim.harness.steps;

import dev.connectsim.contact.Endpoint;
import dev.connectsim.cti.CtiOperation;
import dev.connectsim.harness.ExpectationFailed;
import dev.connectsim.harness.Capability;
import dev.connectsim.harness.ScenarioWorld;
import dev.connectsim.harness.Seconds;
import dev.connectsim.harness.Target;
import dev.connectsim.routing.AgentBehavior;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;

/** What agents do: answer offers, and transfer the call. */
public final class AgentSteps {

    private final Target target;

    public AgentSteps(Target target) {
        this.target = target;
    }

    /** The CCP's actions have no public Connect API: only the simulator drives them. */
    private ScenarioWorld world() {
        return target.simulator(Capability.AGENT_ACTIONS);
    }

    @Given("{word} does not answer")
    public void agentDoesNotAnswer(String agent) {
        target.simulator(Capability.AGENT_BEHAVIOUR).agentBehaves(agent, new AgentBehavior.Misses());
    }

    @Given("{word} accepts calls after {duration}")
    public void agentAcceptsAfter(String agent, Duration after) {
        target.simulator(Capability.AGENT_BEHAVIOUR).agentBehaves(agent, AgentBehavior.acceptsAfter(after));
    }

    /** How long an offer rings an agent before it is missed (20 s unless the instance file says otherwise). */
    @Given("offers ring for {duration}")
    public void offersRingFor(Duration timeout) {
        target.simulator(Capability.OFFER_TIMEOUT).offersRingFor(timeout);
    }

    /** The agent's next action of that kind fails as the service fails it (InternalServiceError). */
    @Given("{word}'s {agentAction} fails")
    public void agentActionFails(String agent, CtiOperation operation) {
        target.simulator(Capability.AGENT_FAULTS).agentActionFails(agent, operation, 1);
    }

    @When("{word} accepts the call")
    public void agentAccepts(String agent) {
        world().agentAccepts(agent, ScenarioWorld.DEFAULT_WAIT);
    }

    @When("{word} transfers the call to the quick connect {string}")
    public void agentTransfersToQuickConnect(String agent, String quickConnect) {
        world().agentTransfersToQuickConnect(agent, quickConnect);
    }

    @When("{word} {transferKind}-transfers the call to {phone}")
    public void agentTransfersToNumber(String agent, ScenarioWorld.TransferKind kind, String number) {
        world().agentTransfers(agent, kind, Endpoint.byPhoneNumber(number));
    }

    @When("{word} {transferKind}-transfers the call to the quick connect {string}")
    public void agentTransfersToQuickConnect(String agent, ScenarioWorld.TransferKind kind, String quickConnect) {
        ScenarioWorld world = world();
        world.agentTransfers(agent, kind, world.sim().instance().quickConnect(quickConnect).endpoint());
    }

    @Then("{word} is consulting the third party within {duration}")
    public void agentConsulting(String agent, Duration within) {
        ScenarioWorld world = world();
        if (!world.runUntil(() -> world.warmTransfer().isConsulting() || world.warmTransfer().isDone(), within)
                || !world.warmTransfer().isConsulting()) {
            throw new ExpectationFailed(agent + " consulting the third party within " + Seconds.of(within),
                    "the warm transfer " + world.warmTransfer().outcome().map(Object::toString)
                            .orElse("is still dialling"), world);
        }
    }

    @When("{word} joins the call and leaves")
    public void agentJoinsAndLeaves(String agent) {
        world().warmTransfer().joinAndLeave();
    }

    @When("{word} swaps between the customer and the third party")
    public void agentSwaps(String agent) {
        world().warmTransfer().swap();
    }

}

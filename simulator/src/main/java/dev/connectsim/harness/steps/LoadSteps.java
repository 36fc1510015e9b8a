package dev.connectsim.harness.steps;

import dev.connectsim.harness.Capability;
import dev.connectsim.harness.LoadCalls;
import dev.connectsim.harness.ScenarioWorld;
import dev.connectsim.harness.Target;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;

/** Load: many agents, thousands of calls, and what became of them (queue and Salesforce outcomes). */
public final class LoadSteps {

    private final Target target;

    public LoadSteps(Target target) {
        this.target = target;
    }

    /** Thousands of calls with automatic agents: only the simulator runs them. */
    private ScenarioWorld world() {
        return target.simulator(Capability.LOAD);
    }

    @Given("{count} agents in {word} accept calls after {duration}")
    public void agentsAcceptAfter(int count, String queue, Duration after) {
        world().addAgents(count, queue, after);
    }

    @Given("the telephony function answers in memory after {duration}")
    public void telephonyInMemory(Duration latency) {
        world().telephonyInMemory(latency);
    }

    @Given("the telephony function runs at most {count} at a time")
    public void telephonyConcurrency(int limit) {
        world().telephonyFunction(config -> config.withReservedConcurrency(limit));
    }

    @When("{count} customers call {phone} over {duration} and hang up after {duration}")
    public void customersCall(int count, String number, Duration over, Duration hangUpAfter) {
        world().customersCall(count, number, over, hangUpAfter);
    }

    @Then("every call gets a VoiceCall")
    public void everyCallGetsAVoiceCall() {
        LoadCalls load = ended();
        List<String> without = load.withoutVoiceCall();
        if (!without.isEmpty()) {
            throw new AssertionError("expected every call to carry its VoiceCall id\n  but " + load.some(without)
                    + " carry none (attribute " + LoadCalls.VOICE_CALL_ID + ")");
        }
    }

    @Then("at least {count} calls get no VoiceCall")
    public void atLeastGetNoVoiceCall(int count) {
        LoadCalls load = ended();
        int without = load.withoutVoiceCall().size();
        if (without < count) {
            throw new AssertionError("expected at least " + count + " calls to carry no VoiceCall id\n  but " + without
                    + " of " + load.count() + " carry none");
        }
    }

    @Then("no call is lost")
    public void noCallIsLost() {
        LoadCalls load = ended();
        List<String> lost = load.lost();
        if (!lost.isEmpty()) {
            throw new AssertionError("expected every call to end with its contact records\n  but "
                    + load.some(lost) + " have a leg still going " + LoadCalls.LIMIT.toHours()
                    + " hours after the last call");
        }
    }

    @Then("at least {count} calls reach an agent within {duration}")
    public void atLeastReachAnAgent(int count, Duration within) {
        long reached = ended().reachedAnAgentWithin(within);
        if (reached < count) {
            throw new AssertionError("expected at least " + count + " calls to reach an agent within " + within
                    .toSeconds() + " s\n  but " + reached + " did");
        }
    }

    @Then("at most {count} calls reach an agent")
    public void atMostReachAnAgent(int count) {
        long reached = ended().reachedAnAgent();
        if (reached > count) {
            throw new AssertionError("expected at most " + count + " calls to reach an agent\n  but " + reached
                    + " did");
        }
    }

    private LoadCalls ended() {
        LoadCalls load = world().load();
        load.runToTheEnd();
        return load;
    }
}

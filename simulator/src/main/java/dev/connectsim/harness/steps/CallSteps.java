package dev.connectsim.harness.steps;

import dev.connectsim.harness.ScenarioWorld;
import dev.connectsim.telephony.ThirdPartyBehavior;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.time.Duration;

/** Customers and the external numbers agents transfer to. */
public final class CallSteps {

    private final ScenarioWorld world;

    public CallSteps(ScenarioWorld world) {
        this.world = world;
    }

    @Given("{phone} answers after {duration}")
    public void numberAnswersAfter(String number, Duration after) {
        world.numberBehaves(number, ThirdPartyBehavior.answersAfter(after));
    }

    @Given("{phone} never answers")
    public void numberNeverAnswers(String number) {
        world.numberBehaves(number, ThirdPartyBehavior.neverAnswers());
    }

    @Given("{phone} is busy")
    public void numberIsBusy(String number) {
        world.numberBehaves(number, ThirdPartyBehavior.busy());
    }

    @Given("{phone} declines after {duration}")
    public void numberDeclines(String number, Duration after) {
        world.numberBehaves(number, ThirdPartyBehavior.rejectsAfter(after));
    }

    /** When the scenario starts, in UTC: {@code Given the time is "2026-01-05 15:00" UTC}. */
    @Given("the time is {string} UTC")
    public void timeIs(String dateTime) {
        world.startAt(java.time.LocalDateTime.parse(dateTime.replace(' ', 'T')).toInstant(java.time.ZoneOffset.UTC));
    }

    @When("a customer calls {phone} from {phone}")
    public void customerCalls(String number, String from) {
        world.customerCalls(number, from);
    }

    @When("a customer calls from {phone} and waits in {word}")
    public void customerWaitsIn(String from, String queue) {
        world.customerWaitsIn(queue, from);
    }

    @When("the customer hangs up")
    public void customerHangsUp() {
        world.customerHangsUp();
    }

    @When("{duration} pass(es)")
    public void timePasses(Duration duration) {
        world.runFor(duration);
    }
}

package dev.connectsim.harness.steps;

import dev.connectsim.harness.Capability;
import dev.connectsim.harness.ScenarioWorld;
import dev.connectsim.harness.Target;
import dev.connectsim.telephony.ThirdPartyBehavior;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/** Customers and the external numbers agents transfer to. */
public final class CallSteps {

    private final Target target;

    public CallSteps(Target target) {
        this.target = target;
    }

    private ScenarioWorld numbers() {
        return target.simulator(Capability.EXTERNAL_NUMBER_BEHAVIOUR);
    }

    @Given("{phone} answers after {duration}")
    public void numberAnswersAfter(String number, Duration after) {
        numbers().numberBehaves(number, ThirdPartyBehavior.answersAfter(after));
    }

    @Given("{phone} never answers")
    public void numberNeverAnswers(String number) {
        numbers().numberBehaves(number, ThirdPartyBehavior.neverAnswers());
    }

    @Given("{phone} is busy")
    public void numberIsBusy(String number) {
        numbers().numberBehaves(number, ThirdPartyBehavior.busy());
    }

    @Given("{phone} declines after {duration}")
    public void numberDeclines(String number, Duration after) {
        numbers().numberBehaves(number, ThirdPartyBehavior.rejectsAfter(after));
    }

    /** When the scenario starts, in UTC: {@code Given the time is "2026-01-05 15:00" UTC}. */
    @Given("the time is {string} UTC")
    public void timeIs(String dateTime) {
        Instant start = LocalDateTime.parse(dateTime.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        target.simulator(Capability.VIRTUAL_TIME).startAt(start);
    }

    @When("a customer calls {phone} from {phone}")
    public void customerCalls(String number, String from) {
        target.center().customerCalls(number, from);
    }

    /** The call starts with these contact attributes: a table of name and value, as its flow sees them. */
    @When("a customer calls {phone} from {phone} with the attributes:")
    public void customerCallsWith(String number, String from, Map<String, String> attributes) {
        target.center().customerCalls(number, from, attributes);
    }

    @When("a customer calls from {phone} and waits in {word}")
    public void customerWaitsIn(String from, String queue) {
        target.simulator(Capability.QUEUE_WITHOUT_FLOW).customerWaitsIn(queue, from);
    }

    @When("the customer hangs up")
    public void customerHangsUp() {
        target.center().customerHangsUp();
    }

    @When("{duration} pass(es)")
    public void timePasses(Duration duration) {
        target.center().timePasses(duration);
    }
}

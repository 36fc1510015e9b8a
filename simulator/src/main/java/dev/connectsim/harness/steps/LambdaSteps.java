package dev.connectsim.harness.steps;

import dev.connectsim.harness.Capability;
import dev.connectsim.harness.ScenarioWorld;
import dev.connectsim.harness.Target;
import dev.connectsim.harness.arguments.JsonObjectArgument;
import dev.connectsim.lambda.ScenarioAnswer;
import io.cucumber.java.en.Given;
import java.time.Duration;
import java.util.Map;

/** How the SCV telephony function is deployed, and how a named function answers in one scenario. */
public final class LambdaSteps {

    private final Target target;

    public LambdaSteps(Target target) {
        this.target = target;
    }

    private ScenarioWorld world() {
        return target.simulator(Capability.LAMBDA_DEPLOYMENT);
    }

    @Given("the telephony function's timeout is {duration}")
    public void functionTimeout(Duration timeout) {
        world().telephonyFunction(config -> config.withTimeout(timeout));
    }

    @Given("the telephony function is cold and takes {duration} to start")
    public void functionIsCold(Duration coldStart) {
        world().telephonyFunction(config -> config.withColdStart(coldStart));
    }

    @Given("the telephony function is kept warm every {duration}")
    public void functionKeptWarm(Duration every) {
        world().keepTelephonyFunctionWarm(every);
    }

    /** Returns these values (a two-column table of name and value) in this scenario: {@code $.External.name}. */
    @Given("the function {word} answers:")
    public void functionAnswers(String name, Map<String, String> values) {
        answers().functionAnswers(name, answer -> answer.returning(values));
    }

    /**
     * Returns this JSON object (a doc string) in this scenario: nested values too, which a STRING_MAP block refuses
     * and a JSON block keeps, as the service does.
     */
    @Given("the function {word} answers with the JSON:")
    public void functionAnswersJson(String name, String docString) {
        Map<String, Object> body = JsonObjectArgument.parse(docString);
        answers().functionAnswers(name, answer -> answer.returning(body));
    }

    @Given("the function {word} fails")
    public void functionFails(String name) {
        answers().functionAnswers(name, ScenarioAnswer::failing);
    }

    /** Runs that long before it answers; past the flow's time limit the block takes its error branch. */
    @Given("the function {word} takes {duration}")
    public void functionTakes(String name, Duration duration) {
        answers().functionAnswers(name, answer -> answer.running(duration));
    }

    private ScenarioWorld answers() {
        return target.simulator(Capability.LAMBDA_ANSWERS);
    }
}

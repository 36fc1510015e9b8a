package dev.connectsim.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.project.Project;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The caller's side on the project's Customer Menu flow (+18005550101). */
class CallerTest {

    private static final Duration MINUTE = Duration.ofSeconds(60);

    private final ScenarioWorld world = ScenarioWorld.in(Project.find());

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void keysGivenBeforeTheCallGoToItsInputsInOrder() {
        world.caller().presses("1");
        world.caller().presses("12345#");
        world.customerCalls("+18005550101", "+15550100");

        world.caller().expectHeard(List.of("Enter your account number, then press the pound key."), MINUTE);
        world.runFor(Duration.ofSeconds(5));

        assertEquals("12345", world.theCall().attributes().get("accountNumber"));
    }

    @Test
    void eachExpectationGoesOnFromThePromptThePreviousOneMet() {
        world.caller().saysNothing();
        world.customerCalls("+18005550101", "+15550100");
        world.caller().expectHeard(List.of("Welcome back, Ada.", "We did not hear a choice."), MINUTE);

        ExpectationFailed failed = assertThrows(ExpectationFailed.class, () -> world.caller().expectHeard(
                List.of("Thank you for calling Example Corp."), Duration.ofSeconds(5)));

        assertTrue(failed.getMessage().startsWith("expected the caller to hear \"Thank you for calling Example Corp.\""
                + " after prompt 4 within 5 s"), failed.getMessage());
        assertTrue(failed.getMessage().contains("1. \"Thank you for calling Example Corp.\""), failed.getMessage());
    }
}

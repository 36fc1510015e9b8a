package dev.connectsim.harness.arguments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepDurationTest {

    @ParameterizedTest
    @CsvSource({"300 ms, PT0.3S", "8 seconds, PT8S", "1.5 s, PT1.5S", "2 minutes, PT2M", "1 minute, PT1M",
        "1 hour, PT1H", "7 days, PT168H", "0 seconds, PT0S", "250ms, PT0.25S"})
    void aNumberAndAKnownUnitIsADuration(String written, String expected) {
        assertEquals(Duration.parse(expected), StepDuration.parse(written));
    }

    /** Issue 16: "3 fortnights" was an undefined step with a snippet. */
    @Test
    void anUnknownUnitIsNamedWithTheUnitsExpected() {
        assertEquals("'3 fortnights' is not a duration: unknown unit 'fortnights'; expected a number and a unit (ms,"
                + " s, seconds, minutes, hours or days), such as 8 seconds", message("3 fortnights"));
    }

    @Test
    void aMisspeltUnitNamesTheNearestUnit() {
        assertEquals("'60 secnds' is not a duration: unknown unit 'secnds' (did you mean 'seconds'?); expected a"
                + " number and a unit (ms, s, seconds, minutes, hours or days), such as 8 seconds",
                message("60 secnds"));
    }

    /** Issue 16: "-5 seconds" was an undefined step with a snippet. */
    @Test
    void aNegativeDurationIsRefused() {
        assertEquals("'-5 seconds' is not a duration: it is negative; expected 0 or more, such as 8 seconds",
                message("-5 seconds"));
    }

    /** Issue 16: "99999999999999 minutes pass" ran for minutes of wall time. */
    @Test
    void aDurationPastSevenDaysIsOutOfRange() {
        assertEquals("'99999999999999 minutes' is out of range for a duration: expected at most 7 days, the longest"
                + " timed wait Amazon Connect documents (a Wait block's timeout, a chat, a task)",
                message("99999999999999 minutes"));
        assertEquals(StepDuration.LONGEST, StepDuration.parse("10080 minutes"));
        assertThrows(MalformedArgument.class, () -> StepDuration.parse("10080.001 minutes"));
    }

    private static String message(String written) {
        return assertThrows(MalformedArgument.class, () -> StepDuration.parse(written)).getMessage();
    }
}

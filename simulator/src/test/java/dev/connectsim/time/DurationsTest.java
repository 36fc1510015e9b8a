package dev.connectsim.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void millisecondsSecondsAndMinutesAreRead() {
        assertEquals(Duration.ofMillis(300), Durations.parse("300ms"));
        assertEquals(Duration.ofSeconds(5), Durations.parse(" 5s "));
        assertEquals(Duration.ofMinutes(2), Durations.parse("2m"));
        assertEquals(Duration.ZERO, Durations.parse("0ms"));
    }

    @Test
    void anythingElseIsRefusedSayingWhatADurationLooksLike() {
        for (String text : new String[] {"5", "5 s", "1.5s", "-1s", "5h", "PT5S", "", "9999999999s"}) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Durations.parse(text));
            assertEquals("'" + text + "' is not a duration; expected a whole number with ms, s or m, such as 5s",
                    error.getMessage());
        }
    }
}

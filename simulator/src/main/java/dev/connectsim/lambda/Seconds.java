package dev.connectsim.lambda;

import java.math.BigDecimal;
import java.time.Duration;

/** Durations in messages: "8 s", "7.5 s", "8.001 s". */
final class Seconds {

    private Seconds() {
    }

    static String format(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }
}

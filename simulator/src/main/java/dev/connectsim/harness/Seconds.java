package dev.connectsim.harness;

import java.time.Duration;

/** A duration as a scenario says it: "30 s", "300 ms". */
public final class Seconds {

    private Seconds() {
    }

    public static String of(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}

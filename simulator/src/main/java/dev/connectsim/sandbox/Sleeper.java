package dev.connectsim.sandbox;

import java.time.Duration;

/** Pauses in real time: the backoff after a throttled call, and the steps that let time pass. */
@FunctionalInterface
public interface Sleeper {

    /** The real pause. */
    Sleeper REAL = duration -> {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while waiting " + duration.toMillis() + " ms");
        }
    };

    void sleep(Duration duration);
}

package dev.connectsim.sandbox;

import dev.connectsim.harness.Seconds;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Waiting on the real service, in real time, with the step's own timeout: Awaitility asks again every poll
 * interval (on this thread, so calls stay in order). A dry run asks once, says what it would wait for, and goes on
 * as if it held: there is nothing real to wait for.
 */
final class Waiting {

    private final SandboxDriver driver;

    Waiting(SandboxDriver driver) {
        this.driver = driver;
    }

    /** Whether {@code condition} held within {@code within}; {@code what} says what it waits for. */
    boolean until(String what, Duration within, BooleanSupplier condition) {
        if (driver.dryRun()) {
            condition.getAsBoolean();
            driver.note("repeated every " + Seconds.of(driver.config().poll()) + " for up to " + Seconds.of(within)
                    + ", expecting " + what);
            return true;
        }
        try {
            Awaitility.await(what).atMost(within).pollInSameThread().pollDelay(Duration.ZERO)
                    .pollInterval(driver.config().poll()).until(condition::getAsBoolean);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    /** Whether {@code check} holds now; a dry run makes the calls and goes on as if it held. */
    boolean now(String what, BooleanSupplier check) {
        boolean holds = check.getAsBoolean();
        if (driver.dryRun()) {
            driver.note("expecting " + what);
            return true;
        }
        return holds;
    }

    /** Lets {@code duration} pass in real time. */
    void pass(Duration duration) {
        if (driver.dryRun()) {
            driver.note("waits " + Seconds.of(duration));
            return;
        }
        driver.sleeper().sleep(duration);
    }
}

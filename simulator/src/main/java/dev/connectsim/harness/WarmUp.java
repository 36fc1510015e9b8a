package dev.connectsim.harness;

import dev.connectsim.contact.ContactState;
import dev.connectsim.harness.report.TimelinePicture;
import dev.connectsim.harness.salesforce.SalesforceFault;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Start-up work done once before the scenarios run: loading the instance, generating the call center's key pair,
 * and loading and compiling the classes a scenario uses (WireMock and Jetty, the HTTP client, the JWT library,
 * PlantUML), by running one agent transfer that nobody sees. Without it the first scenarios of a run each pay
 * seconds of JVM start-up.
 */
public final class WarmUp {

    private WarmUp() {
    }

    /** Runs the unseen transfer in the project at {@code root}; nothing when its instance has no number and no queue. */
    public static void run(Path root) {
        for (int round = 0; round < ROUNDS; round++) {
            call(root, false);
            call(root, true);
        }
    }

    /** Enough unseen calls for the JIT compiler to have compiled the hot paths before the first scenario. */
    private static final int ROUNDS = 4;

    /** One unseen call, with Salesforce failing every VoiceCall creation if {@code failing}. */
    private static void call(Path root, boolean failing) {
        try (ScenarioWorld world = ScenarioWorld.in(root)) {
            if (failing) {
                world.salesforce().switchOn(SalesforceFault.CREATE_500);
            }
            var numbers = world.sim().instance().phoneNumbers();
            if (numbers.isEmpty() && world.sim().instance().queues().isEmpty()) {
                return;
            }
            if (numbers.isEmpty()) {
                world.customerWaitsIn(world.sim().instance().queues().get(0).name(), CALLER);
            } else {
                world.customerCalls(numbers.get(0).number(), CALLER);
            }
            world.runUntil(() -> world.theCall().state() == ContactState.CONNECTED, Duration.ofSeconds(60));
            TimelinePicture.svg(world.timeline());
        }
    }

    private static final String CALLER = "+15550100";
}

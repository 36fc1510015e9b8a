package dev.connectsim.harness;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The contact center one scenario's steps drive, and the gate for steps that need more than placing, following
 * and ending calls. Which contact center that is gets chosen once per run ({@link #use}): the simulator by default,
 * a sandbox instance for {@code run --target sandbox}. Cucumber's PicoContainer makes one per scenario.
 */
public final class Target {

    private static volatile Function<ScenarioWorld, ContactCenter> opener = SimulatedContactCenter::new;

    private final ScenarioWorld world;
    private ContactCenter center;

    public Target(ScenarioWorld world) {
        this.world = world;
    }

    /** From now on, each scenario drives the contact center {@code opener} makes for it. */
    public static void use(Function<ScenarioWorld, ContactCenter> opener) {
        Target.opener = Objects.requireNonNull(opener);
    }

    /** From now on, scenarios drive the simulator (the default). */
    public static void useSimulator() {
        opener = SimulatedContactCenter::new;
    }

    /** The contact center of this scenario, opened on first use. */
    public ContactCenter center() {
        if (center == null) {
            center = opener.apply(world);
        }
        return center;
    }

    public boolean isSimulator() {
        return center() instanceof SimulatedContactCenter;
    }

    /** The simulator, for a step that needs {@code needed}; skips the scenario where the target lacks it. */
    public ScenarioWorld simulator(Capability needed) {
        Optional<String> reason = center().cannot(needed);
        if (reason.isPresent()) {
            throw new NotOnTarget(reason.get());
        }
        return world;
    }
}

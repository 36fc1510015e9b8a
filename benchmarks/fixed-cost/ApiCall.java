package fixedcost;

import dev.connectsim.contact.ContactState;
import dev.connectsim.harness.CallRef;
import dev.connectsim.harness.ScenarioWorld;
import dev.connectsim.harness.SimulatedContactCenter;
import dev.connectsim.project.Project;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The call of features/inbound/priority-line.feature made through the Java API the steps use, in a JVM of its own:
 * the project found and its instance file loaded (flows, Lambda bindings and their probe workers), one scenario's
 * world, the same When and Then as the feature with the same checks, then the world closed. No Cucumber, no report,
 * no warm-up, no picture. The fixed-cost benchmark (run.sh) compares the CPU of this process with the CPU of
 * {@code ./connect-sim run --features features/inbound/priority-line.feature}.
 *
 * <p>Usage: {@code java -cp connect-sim.jar:classes fixedcost.ApiCall PROJECT_ROOT}; exit 0 when every check held, 1
 * with the failure on stderr otherwise.
 */
public final class ApiCall {

    private ApiCall() {
    }

    public static void main(String[] args) {
        Project project = Project.at(Path.of(args.length > 0 ? args[0] : "."));
        try (ScenarioWorld world = ScenarioWorld.in(project)) {
            SimulatedContactCenter center = new SimulatedContactCenter(world);
            // When a customer calls +18005550302 from +15550100
            center.customerCalls("+18005550302", "+15550100");
            // Then the caller hears "Welcome to the priority line."
            world.caller().expectHeard(List.of("Welcome to the priority line."), ScenarioWorld.DEFAULT_WAIT);
            // And alice sees the call connecting within 60 seconds
            center.expectAgentSees("alice", CallRef.CALL, ContactState.CONNECTING, Duration.ofSeconds(60));
            // And the contact record of the call shows: ...
            center.expectContactRecord(CallRef.CALL, Map.of("tags", "line=priority",
                    "recorded participants", "Agent, Customer", "analytics", "RealTime"));
            world.requireModelled();
        } catch (RuntimeException | AssertionError e) {
            System.err.println("ApiCall: " + e.getMessage());
            System.exit(1);
        }
        System.out.println("ApiCall: passed");
    }
}

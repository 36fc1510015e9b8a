package dev.connectsim.harness;

import dev.connectsim.contact.ContactState;
import dev.connectsim.harness.report.TimelineSvg;
import dev.connectsim.harness.salesforce.SalesforceFault;
import dev.connectsim.project.Project;
import dev.connectsim.routing.AgentProfile;
import dev.connectsim.streams.CcpPageException;
import dev.connectsim.streams.CcpPages;
import dev.connectsim.streams.NodeHosts;
import dev.connectsim.streams.ResponseOrder;
import dev.connectsim.streams.StreamsBundle;
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

    /**
     * Runs the unseen calls in {@code project}; nothing when its instance has no number and no queue. What breaks the
     * whole project (an instance file or a stub that does not load) ends the run here, before any scenario. A flow
     * that needs Salesforce in a project without {@code stubs/} ends only the warm-up: the scenarios that take that
     * flow fail, naming it, and the others run.
     */
    public static void run(Project project) {
        run(project, false);
    }

    /**
     * As {@link #run(Project)}; with {@code pages}, for a run whose scenarios open CCP pages, every agent of the
     * unseen calls also gets a page on the pinned Streams library, so that the Java and JavaScript paths a page takes
     * are loaded and compiled before the first scenario too. That page's host is then given back for a scenario's
     * thread to take. A jar without the bundle, or no Node.js, leaves it out: the scenarios say so.
     */
    public static void run(Project project, boolean pages) {
        boolean salesforce = project.stubs().isPresent();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                call(project, false, pages);
                if (salesforce) {
                    call(project, true, false);
                }
            }
        } catch (NoSalesforceStubs scenariosWillSay) {
            // the scenarios that call that flow report it
        } finally {
            if (pages) {
                NodeHosts.giveBack();
            }
        }
    }

    /** Enough unseen calls for the JIT compiler to have compiled the hot paths before the first scenario. */
    private static final int ROUNDS = 4;

    /** One unseen call, with Salesforce failing every VoiceCall creation if {@code failing}. */
    private static void call(Project project, boolean failing, boolean pages) {
        try (ScenarioWorld world = ScenarioWorld.in(project)) {
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
            try (CcpPages ccps = new CcpPages(world.sim())) {
                if (pages) {
                    openPages(world, ccps);
                }
                world.runUntil(() -> world.theCall().state() == ContactState.CONNECTED, Duration.ofSeconds(60));
                TimelineSvg.svg(world.callLanes(false));
            }
        }
    }

    private static void openPages(ScenarioWorld world, CcpPages ccps) {
        try {
            for (AgentProfile agent : world.sim().instance().agents()) {
                ccps.open(agent.username(), StreamsBundle.pinned(), ResponseOrder.RESPONSE_FIRST);
            }
        } catch (CcpPageException scenariosWillSay) {
            // no bundle in the jar, or no Node.js: the first scenario that opens a page says so
        }
    }

    private static final String CALLER = "+15550100";
}

package dev.connectsim.harness.steps;

import dev.connectsim.flow.run.Unmodelled;
import dev.connectsim.harness.Divergences;
import dev.connectsim.harness.NotOnTarget;
import dev.connectsim.harness.ScenarioWorld;
import dev.connectsim.harness.Target;
import dev.connectsim.harness.Timeline;
import dev.connectsim.harness.report.CoverageReport;
import dev.connectsim.harness.report.RunSummary;
import dev.connectsim.harness.report.ScenarioTables;
import dev.connectsim.harness.report.TimelineSvg;
import dev.connectsim.project.Project;
import io.cucumber.java.After;
import io.cucumber.java.AfterStep;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * Around each scenario: skip a {@code @simulator-only} scenario on another target, with its reason from
 * {@code features/simulator-only.yaml}; afterwards attach what a person would rather look at than read.
 */
public final class Hooks {

    /** The attachment holding a sandbox scenario's Connect API calls. */
    private static final String API_CALLS = "Connect API calls";

    private final ScenarioWorld world;
    private final Target target;

    public Hooks(ScenarioWorld world, Target target) {
        this.world = world;
        this.target = target;
    }

    @Before
    public void skipWhereNotSupported(Scenario scenario) {
        if (!target.isSimulator() && scenario.getSourceTagNames().contains(Divergences.TAG)) {
            throw new NotOnTarget(Divergences.in(Project.find().features())
                    .reason(scenario.getUri(), scenario.getName())
                    .orElse("tagged " + Divergences.TAG + " but not listed in features/" + Divergences.FILE));
        }
    }

    /**
     * A step after which the call has met something the simulator does not model fails, naming it; so does a step
     * after which an agent's CCP page threw (or Streams caught and logged what it threw), with the JavaScript stack.
     */
    @AfterStep
    public void failOnWhatIsNotModelled() {
        if (target.isSimulator()) {
            world.requireModelled();
            world.ccps().requireNoProblems();
        }
    }

    @After
    public void attachWhatHappened(Scenario scenario) {
        try {
            if (target.isSimulator()) {
                attachSimulation(scenario);
            } else {
                attachText(scenario, API_CALLS, target.center().toString());
            }
        } finally {
            world.close();
        }
    }

    private void attachSimulation(Scenario scenario) {
        if (!world.unmodelled().isEmpty()) {
            scenario.attach(world.unmodelled().stream().map(Unmodelled::describe).collect(Collectors.joining("\n"))
                    .getBytes(StandardCharsets.UTF_8), RunSummary.NOT_MODELLED_MEDIA_TYPE, "Not modelled by the simulator");
        }
        if (world.loadIfPlaced().isPresent()) {
            attachText(scenario, "Load", world.loadIfPlaced().get().summary());
            return;
        }
        Timeline timeline = world.timeline();
        String pages = world.ccps().describe(timeline::offset);
        if (!pages.isEmpty()) {
            attachText(scenario, "CCP pages", pages);
        }
        scenario.attach(TimelineSvg.svg(world.callLanes(scenario.isFailed())), "image/svg+xml", "Timeline of the call");
        attachText(scenario, "Timeline (text)", timeline.describe());
        world.journalIfUsed().ifPresent(journal -> {
            attachHtml(scenario, "Salesforce requests", ScenarioTables.salesforceRequests(journal, timeline));
            if (!journal.findings().isEmpty()) {
                scenario.log("Salesforce findings:\n" + journal.findings().stream()
                        .map(finding -> "- " + finding.message()).collect(Collectors.joining("\n")));
            }
        });
        attachText(scenario, "Path through the flows", world.flowPaths());
        scenario.attach(CoverageReport.visitsJson(world.visits()), CoverageReport.VISITS_MEDIA_TYPE,
                "Flow visits (coverage data)");
        attachHtml(scenario, "Contact records", ScenarioTables.contactRecords(world.contactRecords(), timeline));
    }

    private static void attachHtml(Scenario scenario, String name, String html) {
        scenario.attach(html.getBytes(StandardCharsets.UTF_8), ScenarioTables.MEDIA_TYPE, name);
    }

    private static void attachText(Scenario scenario, String name, String text) {
        scenario.attach(text.getBytes(StandardCharsets.UTF_8), "text/plain", name);
    }
}

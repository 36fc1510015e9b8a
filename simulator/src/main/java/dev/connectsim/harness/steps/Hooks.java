package dev.connectsim.harness.steps;

import dev.connectsim.harness.ScenarioWorld;
import dev.connectsim.harness.Timeline;
import dev.connectsim.harness.report.CoverageReport;
import dev.connectsim.harness.report.TimelinePicture;
import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** After each scenario: attach what a person would rather look at than read, then stop its Salesforce. */
public final class Hooks {

    private final ScenarioWorld world;

    public Hooks(ScenarioWorld world) {
        this.world = world;
    }

    @After
    public void attachWhatHappened(Scenario scenario) {
        try {
            if (world.loadIfPlaced().isPresent()) {
                attachText(scenario, "Load", world.loadIfPlaced().get().summary());
                return;
            }
            Timeline timeline = world.timeline();
            scenario.attach(TimelinePicture.svg(timeline), "image/svg+xml", "Timeline of the call");
            attachText(scenario, "Timeline (text)", timeline.describe());
            world.journalIfUsed().ifPresent(journal -> {
                attachText(scenario, "Salesforce requests", journal.describe());
                if (!journal.findings().isEmpty()) {
                    scenario.log("Salesforce findings:\n" + journal.findings().stream()
                            .map(finding -> "- " + finding.message()).collect(Collectors.joining("\n")));
                }
            });
            attachText(scenario, "Path through the flows", world.flowPaths());
            scenario.attach(CoverageReport.visitsJson(world.visits()), CoverageReport.VISITS_MEDIA_TYPE,
                    "Flow visits (coverage data)");
            attachText(scenario, "Contact records", world.contactRecords().stream().map(Object::toString)
                    .collect(Collectors.joining("\n\n")));
        } finally {
            world.close();
        }
    }

    private static void attachText(Scenario scenario, String name, String text) {
        scenario.attach(text.getBytes(StandardCharsets.UTF_8), "text/plain", name);
    }
}

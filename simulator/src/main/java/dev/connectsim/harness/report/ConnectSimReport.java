package dev.connectsim.harness.report;

import dev.connectsim.harness.gherkin.OutlineExamplesCheck;
import dev.connectsim.project.Project;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import java.nio.file.Path;
import java.util.List;

/**
 * connect-sim's report as one Cucumber plugin, for a team's own runner (the JUnit Platform suite that
 * {@code connect-sim init} writes): the single-file HTML report ({@code connect-sim.html}) and flow coverage
 * ({@code coverage/}) in the project's {@code reports/}, or the folder the plugin's argument names
 * ({@code dev.connectsim.harness.report.ConnectSimReport:target/connect-sim}); and a Scenario Outline that would
 * run no example fails the run ({@link OutlineExamplesCheck}).
 */
public final class ConnectSimReport implements ConcurrentEventListener {

    private final Path reports;
    private final List<ConcurrentEventListener> parts;
    private volatile ReportFolderLock held;

    /** Writes into the {@code reports/} folder of the project {@link Project#find()} finds. */
    public ConnectSimReport() {
        this(Project.find().reports().toString());
    }

    /** Writes into {@code folder}. */
    public ConnectSimReport(String folder) {
        reports = Path.of(folder);
        parts = List.of(new OutlineExamplesCheck(), new HtmlReport(reports.resolve("connect-sim.html").toString()),
                new CoverageReport(reports.toString()));
    }

    /**
     * The folder is held from the run's start to its end, as {@code connect-sim run} holds it
     * ({@link ReportFolderLock}): a run of connect-sim, or another runner, writing into it meanwhile fails instead of
     * mixing its results with these.
     */
    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, event -> held = ReportFolderLock.take(reports,
                "give the plugin another folder (" + ConnectSimReport.class.getName() + ":DIR)"));
        parts.forEach(part -> part.setEventPublisher(publisher));
        publisher.registerHandlerFor(TestRunFinished.class, event -> {
            if (held != null) {
                held.close();
            }
        });
    }
}

package dev.connectsim.harness.report;

import dev.connectsim.concurrent.Background;
import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.run.BlockVisit;
import dev.connectsim.project.Project;
import dev.connectsim.project.ProjectInstance;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.DataTableArgument;
import io.cucumber.plugin.event.DocStringArgument;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.HookTestStep;
import io.cucumber.plugin.event.Node;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.StepArgument;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.TestSourceParsed;
import io.cucumber.plugin.event.TestStepFinished;
import io.cucumber.plugin.event.WriteEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The report {@code ./connect-sim run} leaves: one self-contained HTML file (no script, no network) with every
 * scenario by feature, its steps and what failed, and what the scenario attached: the timeline picture inline,
 * the text timeline, the Salesforce journal and the contact records. Next to it, {@code run.json}
 * ({@link RunRecord}) keeps each scenario's result and rendered section, from which {@code report merge} puts the
 * shards of a run into one page ({@link HtmlPage}). Allure's results of the run get the same pictures on the
 * scenarios' steps ({@link AllureStepAttachments}).
 */
public final class HtmlReport implements ConcurrentEventListener {

    /** Where Allure's plugin writes its results (its own default when unset), which this puts pictures into. */
    public static final String ALLURE_RESULTS = "allure.results.directory";

    private final Path file;
    private final Map<URI, String> featureNames = new LinkedHashMap<>();
    private final Map<UUID, ScenarioReport> scenarios = new LinkedHashMap<>();
    private volatile Instant runStarted;
    private FlowLibrary flows;

    public HtmlReport(String file) {
        this.file = Path.of(file);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, event -> runStarted = event.getInstant());
        publisher.registerHandlerFor(TestSourceParsed.class, this::parsed);
        publisher.registerHandlerFor(TestCaseStarted.class, this::started);
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        publisher.registerHandlerFor(EmbedEvent.class, this::embedded);
        publisher.registerHandlerFor(WriteEvent.class, this::written);
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, this::runFinished);
    }

    private synchronized void parsed(TestSourceParsed event) {
        event.getNodes().stream().filter(Node.Feature.class::isInstance).findFirst()
                .flatMap(Node::getName).ifPresent(name -> featureNames.put(event.getUri(), name));
    }

    private synchronized void started(TestCaseStarted event) {
        scenarios.put(event.getTestCase().getId(), new ScenarioReport(event.getTestCase()));
    }

    private synchronized void stepFinished(TestStepFinished event) {
        if (event.getTestStep() instanceof PickleStepTestStep step) {
            Throwable error = event.getResult().getError();
            scenario(event.getTestCase()).steps.add(new StepLine(step.getStep().getKeyword() + step.getStep().getText(),
                    event.getResult().getStatus(), error == null ? null : String.valueOf(error.getMessage()),
                    argument(step.getStep().getArgument())));
        } else if (event.getTestStep() instanceof HookTestStep && event.getResult().getStatus() == Status.FAILED) {
            Throwable error = event.getResult().getError();
            scenario(event.getTestCase()).steps.add(new StepLine("the check after the step above", Status.FAILED,
                    error == null ? null : String.valueOf(error.getMessage()), ""));
        }
    }

    /** A step's data table as a table, its doc string as a block of text; nothing for a step without either. */
    private static String argument(StepArgument argument) {
        if (argument instanceof DataTableArgument table) {
            StringBuilder html = new StringBuilder("<table class=\"data\">");
            table.cells().forEach(row -> {
                html.append("<tr>");
                row.forEach(cell -> html.append("<td>").append(Html.escape(cell)).append("</td>"));
                html.append("</tr>");
            });
            return html.append("</table>").toString();
        }
        if (argument instanceof DocStringArgument doc) {
            return "<pre class=\"doc\">" + Html.escape(doc.getContent()) + "</pre>";
        }
        return "";
    }

    private synchronized void embedded(EmbedEvent event) {
        if (CoverageReport.VISITS_MEDIA_TYPE.equals(event.getMediaType())) {
            scenario(event.getTestCase()).visits.addAll(CoverageReport.readVisits(event.getData()));
            return;
        }
        scenario(event.getTestCase()).attachments.add(new Attachment(event.getName(), event.getMediaType(),
                event.getData()));
    }

    private synchronized void written(WriteEvent event) {
        scenario(event.getTestCase()).attachments.add(new Attachment("Log", "text/plain",
                event.getText().getBytes(StandardCharsets.UTF_8)));
    }

    /** A scenario's end: its flow pictures start drawing in the background, while the other scenarios run. */
    private synchronized void finished(TestCaseFinished event) {
        ScenarioReport s = scenario(event.getTestCase());
        s.status = event.getResult().getStatus();
        if (!s.visits.isEmpty()) {
            PlantUmlSvg.drawSoon(PathPicture.texts(flows(), s.visits));
        }
    }

    private FlowLibrary flows() {
        if (flows == null) {
            flows = ProjectInstance.of(Project.find()).flows();
        }
        return flows;
    }

    private synchronized void runFinished(TestRunFinished event) {
        RunTimings.mark("report: connect-sim.html and its flow pictures");
        FlowLibrary flows = flows();
        List<String> texts = new ArrayList<>();
        scenarios.values().forEach(s -> texts.addAll(PathPicture.texts(flows, s.visits)));
        PlantUmlSvg.drawAll(texts);
        Map<String, byte[]> drawn = new HashMap<>();
        Map<String, List<PathPicture>> paths = new HashMap<>();
        List<ScenarioResult> results = new ArrayList<>();
        for (ScenarioReport s : scenarios.values()) {
            List<PathPicture> pictures = s.visits.stream().map(BlockVisit::flowName).distinct()
                    .flatMap(name -> flows.find(name).stream()).map(flow -> PathPicture.of(flow, s.visits, drawn))
                    .toList();
            paths.put(AllureStepAttachments.key(s.testCase.getUri(), s.testCase.getLocation().getLine()), pictures);
            results.add(new ScenarioResult(feature(s), Html.featurePlace(s.testCase.getUri()),
                    s.testCase.getLocation().getLine(), s.testCase.getName(), status(s.status), s.anchor(),
                    section(s, pictures), CoverageReport.visitsRows(s.visits)));
        }
        results.sort(Comparator.comparing(ScenarioResult::place).thenComparingInt(ScenarioResult::line));
        // Allure's files are rewritten on another core while this one writes run.json and the page
        CompletableFuture<Void> moving = CompletableFuture.completedFuture(null);
        if (runStarted != null) {
            AllureResultsQueue.flushInstalled();
            Path allureResults = Path.of(System.getProperty(ALLURE_RESULTS, "allure-results"));
            moving = Background.run("allure attachments into steps",
                    () -> AllureStepAttachments.moveIntoSteps(allureResults, runStarted, paths));
        }
        RunRecord.of(results).write(file.resolveSibling(RunRecord.FILE));
        HtmlPage.write(file, results, flows);
        Background.join(moving);
        RunTimings.mark("report: the other plugins (Cucumber's html, JUnit XML, Allure, the summary)");
    }

    private ScenarioReport scenario(TestCase testCase) {
        return scenarios.computeIfAbsent(testCase.getId(), id -> new ScenarioReport(testCase));
    }

    /** The scenario's section: its steps, the error of the one that failed, its paths and attachments. */
    private String section(ScenarioReport s, List<PathPicture> pictures) {
        String status = status(s.status);
        StringBuilder html = new StringBuilder("<section id=\"").append(s.anchor()).append("\" class=\"")
                .append(HtmlPage.cssStatus(status)).append("\"><h2>").append(Html.escape(s.testCase.getName()))
                .append(" <small>").append(Html.escape(feature(s))).append(" &middot; ")
                .append(Html.escape(Html.featurePlace(s.testCase.getUri()))).append(':')
                .append(s.testCase.getLocation().getLine()).append(" &middot; ").append(status)
                .append("</small></h2>\n<ol>");
        for (StepLine step : s.steps) {
            html.append("<li class=\"").append(HtmlPage.cssStatus(status(step.status))).append("\">")
                    .append(Html.escape(step.text)).append(step.argument);
            if (step.error != null) {
                html.append("<pre class=\"error\">").append(Html.escape(step.error)).append("</pre>");
            }
            html.append("</li>");
        }
        html.append("</ol>\n");
        pictures.forEach(picture -> html.append(picture.html()));
        for (Attachment attachment : s.attachments) {
            html.append(attachment.html());
        }
        return html.append("</section>\n").toString();
    }

    private String feature(ScenarioReport s) {
        return featureNames.getOrDefault(s.testCase.getUri(), Html.featurePlace(s.testCase.getUri()));
    }

    private static String status(Status status) {
        return status == null ? "not run" : status.name().toLowerCase(Locale.ROOT);
    }

    private static final class ScenarioReport {
        final TestCase testCase;
        final List<StepLine> steps = new ArrayList<>();
        final List<Attachment> attachments = new ArrayList<>();
        final List<BlockVisit> visits = new ArrayList<>();
        Status status;

        ScenarioReport(TestCase testCase) {
            this.testCase = testCase;
        }

        String anchor() {
            return "s-" + testCase.getId();
        }
    }

    private record StepLine(String text, Status status, String error, String argument) {
    }

    private record Attachment(String name, String mediaType, byte[] data) {

        String html() {
            String title = Html.escape(name == null ? mediaType : name);
            if (mediaType.startsWith("image/")) {
                return "<details open><summary>" + title + "</summary><div class=\"scroll\"><img class=\"timeline\""
                        + " alt=\"" + title + "\" src=\"data:" + mediaType + ";base64,"
                        + Base64.getEncoder().encodeToString(data) + "\"></div></details>\n";
            }
            if (ScenarioTables.MEDIA_TYPE.equals(mediaType)) {
                return "<details><summary>" + title + "</summary>" + new String(data, StandardCharsets.UTF_8)
                        + "</details>\n";
            }
            return "<details><summary>" + title + "</summary><pre>"
                    + Html.escape(new String(data, StandardCharsets.UTF_8)) + "</pre></details>\n";
        }
    }
}

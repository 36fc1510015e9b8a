package dev.connectsim.harness.report;

import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.coverage.FlowCoverage;
import dev.connectsim.flow.run.BlockVisit;
import dev.connectsim.project.ProjectInstance;
import dev.connectsim.project.Project;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Node;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestSourceParsed;
import io.cucumber.plugin.event.TestStepFinished;
import io.cucumber.plugin.event.WriteEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The report {@code ./connect-sim run} leaves: one self-contained HTML file (no script, no network) with every
 * scenario by feature, its steps and what failed, and what the scenario attached: the timeline picture inline,
 * the text timeline, the Salesforce journal and the contact records.
 */
public final class HtmlReport implements ConcurrentEventListener {

    private final Path file;
    private final Map<URI, String> featureNames = new LinkedHashMap<>();
    private final Map<UUID, ScenarioReport> scenarios = new LinkedHashMap<>();

    public HtmlReport(String file) {
        this.file = Path.of(file);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
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
                    event.getResult().getStatus(), error == null ? null : String.valueOf(error.getMessage())));
        }
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

    private synchronized void finished(TestCaseFinished event) {
        scenario(event.getTestCase()).status = event.getResult().getStatus();
    }

    private synchronized void runFinished(TestRunFinished event) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Files.writeString(file, html(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + file, e);
        }
    }

    private ScenarioReport scenario(TestCase testCase) {
        return scenarios.computeIfAbsent(testCase.getId(), id -> new ScenarioReport(testCase));
    }

    private String html() {
        List<ScenarioReport> all = new ArrayList<>(scenarios.values());
        all.sort(Comparator.comparing((ScenarioReport s) -> s.testCase.getUri().toString())
                .thenComparing(s -> s.testCase.getLocation().getLine()));
        long passed = all.stream().filter(s -> s.status == Status.PASSED).count();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>connect-sim report</title><style>" + STYLE + "</style></head><body>\n");
        html.append("<h1>connect-sim: ").append(passed).append(" passed, ").append(all.size() - passed)
                .append(" failed</h1>\n<ul class=\"index\">");
        for (ScenarioReport s : all) {
            html.append("<li class=\"").append(cssStatus(s.status)).append("\"><a href=\"#").append(s.anchor())
                    .append("\">").append(Html.escape(feature(s))).append(": ").append(Html.escape(s.testCase.getName()))
                    .append("</a></li>");
        }
        html.append("</ul>\n");
        FlowLibrary flows = ProjectInstance.of(Project.find()).flows();
        Map<String, String> pictures = new LinkedHashMap<>();
        html.append("<section class=\"coverage\"><h2>Flow coverage of this run</h2>");
        List<BlockVisit> allVisits = all.stream().flatMap(s -> s.visits.stream()).toList();
        for (FlowLibrary.Entry flow : flows.all()) {
            html.append(pathPicture(flow, allVisits, pictures, "open"));
        }
        html.append("</section>\n");
        for (ScenarioReport s : all) {
            html.append("<section id=\"").append(s.anchor()).append("\" class=\"").append(cssStatus(s.status))
                    .append("\"><h2>").append(Html.escape(s.testCase.getName())).append(" <small>")
                    .append(Html.escape(feature(s))).append(" &middot; ").append(Html.escape(Html.featurePlace(s.testCase.getUri())))
                    .append(':').append(s.testCase.getLocation().getLine()).append(" &middot; ")
                    .append(s.status == null ? "not run" : s.status.name().toLowerCase()).append("</small></h2>\n<ol>");
            for (StepLine step : s.steps) {
                html.append("<li class=\"").append(cssStatus(step.status)).append("\">").append(Html.escape(step.text));
                if (step.error != null) {
                    html.append("<pre class=\"error\">").append(Html.escape(step.error)).append("</pre>");
                }
                html.append("</li>");
            }
            html.append("</ol>\n");
            for (String name : s.visits.stream().map(BlockVisit::flowName).distinct().toList()) {
                flows.find(name).ifPresent(flow -> html.append(pathPicture(flow, s.visits, pictures, "open")));
            }
            for (Attachment attachment : s.attachments) {
                html.append(attachment.html());
            }
            html.append("</section>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    /** The flow with the path {@code visits} took drawn on it; the same picture is drawn once. */
    private static String pathPicture(FlowLibrary.Entry flow, List<BlockVisit> visits, Map<String, String> drawn,
            String open) {
        FlowCoverage coverage = FlowCoverage.of(flow.name(), flow.flow(), visits);
        String key = flow.name() + coverage.coveredActions() + coverage.coveredTransitions();
        String picture = drawn.computeIfAbsent(key, k -> Html.image("picture", flow.name(), FlowPicture.svg(flow.flow(), coverage)));
        return "<details " + open + "><summary>Path through " + Html.escape(coverage.summary()) + "</summary>" + picture
                + "</details>\n";
    }

    private String feature(ScenarioReport s) {
        return featureNames.getOrDefault(s.testCase.getUri(), Html.featurePlace(s.testCase.getUri()));
    }

    private static String cssStatus(Status status) {
        return status == null ? "skipped" : status == Status.PASSED ? "passed"
                : status == Status.FAILED || status == Status.UNDEFINED || status == Status.AMBIGUOUS ? "failed"
                : "skipped";
    }

    private static final String STYLE = "body{font-family:sans-serif;margin:1.5em;color:#222}"
            + "h1{font-size:1.4em}h2{font-size:1.1em;margin:0 0 .4em}small{color:#666;font-weight:normal}"
            + "section{border-left:6px solid #999;padding:.6em 1em;margin:1em 0;background:#fafafa}"
            + "section.passed{border-color:#2e9d4a}section.failed{border-color:#d33}"
            + "li.passed::marker{color:#2e9d4a}li.failed{color:#d33}li.skipped{color:#999}"
            + "ul.index li.failed a{color:#d33}pre{background:#f0f0f0;padding:.5em;overflow:auto;font-size:.85em}"
            + "pre.error{background:#fdecec;white-space:pre-wrap}details{margin:.3em 0}"
            + "img.timeline,img.picture{max-width:100%;background:#fff;border:1px solid #ddd}";

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

    private record StepLine(String text, Status status, String error) {
    }

    private record Attachment(String name, String mediaType, byte[] data) {

        String html() {
            String title = Html.escape(name == null ? mediaType : name);
            if (mediaType.startsWith("image/")) {
                return "<details open><summary>" + title + "</summary><img class=\"timeline\" alt=\"" + title
                        + "\" src=\"data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(data)
                        + "\"></details>\n";
            }
            return "<details><summary>" + title + "</summary><pre>"
                    + Html.escape(new String(data, StandardCharsets.UTF_8)) + "</pre></details>\n";
        }
    }
}

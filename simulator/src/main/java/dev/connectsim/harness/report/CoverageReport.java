package dev.connectsim.harness.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.coverage.FlowCoverage;
import dev.connectsim.flow.coverage.Transition;
import dev.connectsim.flow.run.BlockVisit;
import dev.connectsim.project.Project;
import dev.connectsim.project.ProjectInstance;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunFinished;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flow coverage over a whole run: each scenario attaches its block visits ({@value #VISITS_MEDIA_TYPE}); when the
 * run ends, this plugin computes the coverage of every flow of the project's instance, writes
 * {@code coverage/coverage.json} and {@code coverage/index.html} under the report folder, and prints one line per
 * flow: actions covered / total, transitions covered / total.
 */
public final class CoverageReport implements ConcurrentEventListener {

    /** The media type of the block visits a scenario attaches. */
    public static final String VISITS_MEDIA_TYPE = "application/vnd.connect-sim.visits+json";
    /** The file under coverage/ that lists each scenario's block visits, which {@code diff} reads. */
    public static final String VISITS_FILE = "visits.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final TypeReference<List<Map<String, String>>> VISITS = new TypeReference<>() { };

    private final Path folder;
    private final PrintStream out = System.out;
    private final List<ScenarioVisits> byScenario = new ArrayList<>();

    /** Writes under {@code folder} (the report folder). */
    public CoverageReport(String folder) {
        this.folder = Path.of(folder).resolve("coverage");
    }

    /** A scenario's visits as the attachment this plugin reads. */
    public static byte[] visitsJson(List<BlockVisit> visits) {
        try {
            return JSON.writeValueAsBytes(visitsRows(visits));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the block visits", e);
        }
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(EmbedEvent.class, this::embedded);
        publisher.registerHandlerFor(TestRunFinished.class, this::runFinished);
    }

    private synchronized void embedded(EmbedEvent event) {
        if (VISITS_MEDIA_TYPE.equals(event.getMediaType())) {
            byScenario.add(new ScenarioVisits(event.getTestCase().getName(),
                    Html.featurePlace(event.getTestCase().getUri()) + ":" + event.getTestCase().getLocation().getLine(),
                    readRows(event.getData())));
        }
    }

    private static List<Map<String, String>> readRows(byte[] json) {
        try {
            return JSON.readValue(json, VISITS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a scenario's block visits", e);
        }
    }

    /** Visits as rows of flow, action, branch and target, as the reports keep them. */
    public static List<Map<String, String>> visitsRows(List<BlockVisit> visits) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (BlockVisit visit : visits) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("flow", visit.flowName());
            row.put("action", visit.identifier());
            row.put("branch", visit.branch());
            row.put("target", visit.target());
            rows.add(row);
        }
        return rows;
    }

    /** The block visits of an attachment {@link #visitsJson} wrote (flow, action, branch and target only). */
    static List<BlockVisit> readVisits(byte[] json) {
        return rowsToVisits(readRows(json));
    }

    /** Rows of flow, action, branch and target as block visits. */
    public static List<BlockVisit> rowsToVisits(List<Map<String, String>> rows) {
        List<BlockVisit> read = new ArrayList<>();
        for (Map<String, String> row : rows) {
            read.add(new BlockVisit(Instant.EPOCH, "", row.get("flow"), null, row.get("action"), null,
                    row.get("branch"), row.get("target")));
        }
        return read;
    }

    private synchronized void runFinished(TestRunFinished event) {
        RunTimings.mark("report: coverage page and its flow pictures");
        List<FlowCoverage> coverage = write(folder, ProjectInstance.of(Project.find()).flows(), byScenario);
        lines(coverage).forEach(out::println);
        out.flush();
    }

    /**
     * Computes the coverage of every flow of {@code library} by the visits of {@code byScenario} and writes
     * {@code coverage.json}, {@value #VISITS_FILE} and {@code index.html} into {@code folder}; returns the coverage,
     * flow by flow.
     */
    public static List<FlowCoverage> write(Path folder, FlowLibrary library, List<ScenarioVisits> byScenario) {
        List<BlockVisit> visits = byScenario.stream().flatMap(s -> rowsToVisits(s.visits()).stream()).toList();
        List<FlowCoverage> coverage = new ArrayList<>();
        for (FlowLibrary.Entry entry : library.all()) {
            coverage.add(FlowCoverage.of(entry.name(), entry.flow(), visits));
        }
        PlantUmlSvg.drawAll(coverage.stream().map(flow -> FlowPicture.plantUml(library.named(flow.name()).flow(), flow))
                .toList());
        List<Map<String, Object>> flows = new ArrayList<>();
        for (FlowCoverage flow : coverage) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("flow", flow.name());
            row.put("file", flow.source());
            row.put("actions", flow.actions().size());
            row.put("coveredActions", flow.coveredActions().size());
            row.put("transitions", flow.transitions().size());
            row.put("coveredTransitions", flow.coveredTransitions().size());
            row.put("uncoveredActions", flow.actions().stream().filter(a -> !flow.coveredActions().contains(a))
                    .toList());
            row.put("uncoveredTransitions", flow.uncoveredTransitions().stream().map(Transition::toString).toList());
            flows.add(row);
        }
        try {
            Files.createDirectories(folder);
            JSON.writeValue(folder.resolve("coverage.json").toFile(), Map.of("flows", flows));
            JSON.writeValue(folder.resolve(VISITS_FILE).toFile(), byScenario);
            Files.writeString(folder.resolve("index.html"), html(coverage, library), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the coverage report in " + folder, e);
        }
        return coverage;
    }

    /** One line per flow, as a run prints them: {@code coverage Agent Transfer: actions 8/8, transitions ...}. */
    public static List<String> lines(List<FlowCoverage> coverage) {
        return coverage.stream().map(flow -> "coverage " + flow.summary()).toList();
    }

    private static String html(List<FlowCoverage> coverage, FlowLibrary flows) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>connect-sim flow coverage</title><style>body{font-family:sans-serif;margin:1.5em}"
                + "td,th{padding:.2em .8em;text-align:left}li.covered{color:#2e9d4a}li.uncovered{color:#d33}"
                + "</style></head><body><h1>Flow coverage</h1><table><tr><th>flow</th><th>actions</th>"
                + "<th>transitions</th></tr>");
        for (FlowCoverage flow : coverage) {
            html.append("<tr><td><a href=\"#").append(Html.escape(flow.name())).append("\">")
                    .append(Html.escape(flow.name())).append("</a></td><td>").append(flow.coveredActions().size())
                    .append('/').append(flow.actions().size()).append("</td><td>")
                    .append(flow.coveredTransitions().size()).append('/').append(flow.transitions().size())
                    .append("</td></tr>");
        }
        html.append("</table>");
        for (FlowCoverage flow : coverage) {
            html.append("<h2 id=\"").append(Html.escape(flow.name())).append("\">")
                    .append(Html.escape(flow.summary())).append("</h2>")
                    .append(Html.image("picture", flow.name(), FlowPicture.svg(flows.named(flow.name()).flow(), flow)))
                    .append("<ul>");
            for (Transition transition : flow.transitions()) {
                boolean covered = flow.coveredTransitions().contains(transition);
                html.append("<li class=\"").append(covered ? "covered" : "uncovered").append("\">")
                        .append(covered ? "&#10003; " : "&#10007; ").append(Html.escape(transition.toString()))
                        .append("</li>");
            }
            html.append("</ul>");
        }
        return html.append("</body></html>\n").toString();
    }
}

package dev.connectsim.harness.report;

import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.coverage.FlowCoverage;
import dev.connectsim.flow.run.BlockVisit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code connect-sim.html}, the single-file report, put together from the scenarios' results: the counts, an index
 * of the scenarios, the flow coverage of all of them drawn on every flow of the project, then each scenario's own
 * section. A run writes it from its own scenarios, {@code report merge} from the shards'.
 */
public final class HtmlPage {

    private HtmlPage() {
    }

    /** Writes the page of {@code scenarios}, whose flows are {@code flows}, to {@code file}. */
    public static void write(Path file, List<ScenarioResult> scenarios, FlowLibrary flows) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Files.writeString(file, render(scenarios, flows), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + file, e);
        }
    }

    static String render(List<ScenarioResult> scenarios, FlowLibrary flows) {
        List<ScenarioResult> all = scenarios.stream().sorted(Comparator.comparing(ScenarioResult::place)
                .thenComparingInt(ScenarioResult::line)).toList();
        long passed = all.stream().filter(ScenarioResult::passed).count();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>connect-sim report</title><style>" + STYLE + "</style></head><body>\n");
        html.append("<h1>connect-sim: ").append(passed).append(" passed, ").append(all.size() - passed)
                .append(" failed</h1>\n<ul class=\"index\">");
        for (ScenarioResult s : all) {
            html.append("<li class=\"").append(cssStatus(s.status())).append("\"><a href=\"#").append(s.anchor())
                    .append("\">").append(Html.escape(s.feature())).append(": ").append(Html.escape(s.name()))
                    .append("</a></li>");
        }
        html.append("</ul>\n");
        html.append("<section class=\"coverage\"><h2>Flow coverage of this run</h2>");
        List<BlockVisit> allVisits = all.stream().flatMap(s -> CoverageReport.rowsToVisits(s.visits()).stream())
                .toList();
        PlantUmlSvg.drawAll(coveragePictureTexts(flows, allVisits));
        Map<String, byte[]> pictures = new LinkedHashMap<>();
        for (FlowLibrary.Entry flow : flows.all()) {
            html.append(PathPicture.of(flow, allVisits, pictures).html());
        }
        html.append("</section>\n");
        all.forEach(s -> html.append(s.section()));
        return html.append("</body></html>\n").toString();
    }

    /** The PlantUML texts of the run's coverage pictures {@link #render} draws: every flow, with all the visits. */
    static List<String> coveragePictureTexts(FlowLibrary flows, List<BlockVisit> visits) {
        return flows.all().stream().map(flow -> FlowPicture.plantUml(flow.flow(),
                FlowCoverage.of(flow.name(), flow.flow(), visits))).toList();
    }

    /** The CSS class of a status: passed, failed (also undefined and ambiguous) or skipped. */
    static String cssStatus(String status) {
        return switch (status == null ? "" : status) {
            case "passed" -> "passed";
            case "failed", "undefined", "ambiguous" -> "failed";
            default -> "skipped";
        };
    }

    private static final String STYLE = "body{font-family:sans-serif;margin:1.5em;color:#222}"
            + "h1{font-size:1.4em}h2{font-size:1.1em;margin:0 0 .4em}small{color:#666;font-weight:normal}"
            + "section{border-left:6px solid #999;padding:.6em 1em;margin:1em 0;background:#fafafa}"
            + "section.passed{border-color:#2e9d4a}section.failed{border-color:#d33}"
            + "li.passed::marker{color:#2e9d4a}li.failed{color:#d33}li.skipped{color:#999}"
            + "ul.index li.failed a{color:#d33}pre{background:#f0f0f0;padding:.5em;overflow:auto;font-size:.85em}"
            + "pre.error{background:#fdecec;white-space:pre-wrap}details{margin:.3em 0}"
            + "img.timeline,img.picture{max-width:100%;background:#fff;border:1px solid #ddd}"
            + "div.scroll{overflow-x:auto}div.scroll img.timeline{max-width:none}"
            + "table.data{border-collapse:collapse;margin:.3em 0;font-size:.9em}"
            + "table.data td,table.data th{border:1px solid #ccc;padding:.15em .5em;text-align:left}"
            + "table.data th{background:#eee}li table.data,li pre.doc{color:#222}";
}

package dev.connectsim.harness.report;

import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.coverage.FlowCoverage;
import dev.connectsim.flow.run.BlockVisit;
import java.util.List;
import java.util.Map;

/**
 * A flow with the path some calls took drawn on it, as the report folds it open and Allure attaches it.
 *
 * @param flowName the flow's name, the picture's alternative text
 * @param title    {@code Path through <flow>: n of m blocks ...}
 * @param svg      the picture
 */
record PathPicture(String flowName, String title, byte[] svg) {

    /** The path {@code visits} took through {@code flow}; a picture {@code drawn} already is not drawn again. */
    static PathPicture of(FlowLibrary.Entry flow, List<BlockVisit> visits, Map<String, byte[]> drawn) {
        FlowCoverage coverage = FlowCoverage.of(flow.name(), flow.flow(), visits);
        String key = flow.name() + coverage.coveredActions() + coverage.coveredTransitions();
        return new PathPicture(flow.name(), "Path through " + coverage.summary(),
                drawn.computeIfAbsent(key, k -> FlowPicture.svg(flow.flow(), coverage)));
    }

    /** The PlantUML texts of the pictures {@link #of} draws for {@code visits}: one per flow they went through. */
    static List<String> texts(FlowLibrary flows, List<BlockVisit> visits) {
        return visits.stream().map(BlockVisit::flowName).distinct().flatMap(name -> flows.find(name).stream())
                .map(flow -> FlowPicture.plantUml(flow.flow(), FlowCoverage.of(flow.name(), flow.flow(), visits)))
                .toList();
    }

    /** The picture folded open under its title. */
    String html() {
        return "<details open><summary>" + Html.escape(title) + "</summary>" + Html.image("picture", flowName, svg)
                + "</details>\n";
    }
}

package dev.connectsim.harness.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectsim.flow.Flow;
import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.coverage.Transition;
import dev.connectsim.flow.diff.ActionChange;
import dev.connectsim.flow.diff.FlowDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code diff.html}, the page of {@code connect-sim diff}: the new version of the flow drawn with the old one's
 * removed blocks and transitions on it (added blue, changed orange, removed red and dashed), then a table with one
 * row per change and the scenarios of the last run that pass through it, each a link to its section of
 * {@code connect-sim.html} beside it (when the run left {@code run.json}).
 */
public final class FlowDiffPage {

    /** The page's file name, in the report folder. */
    public static final String FILE = "diff.html";

    private static final TypeReference<List<Map<String, Object>>> SCENARIOS = new TypeReference<>() { };

    /** One change and what it concerns: the Identifiers, old and new, of the actions it touches. */
    private record Change(String line, Set<String> identifiers) {
    }

    /** A scenario of the last run: its name, place and its section's anchor in the report (null without one). */
    private record Scenario(String name, String where, String anchor, Set<String> visited) {
    }

    private FlowDiffPage() {
    }

    /** Writes the page of {@code diff} of the flow {@code flowName} into {@code reports}; returns its file. */
    public static Path write(Path reports, Flow before, Flow after, FlowDiff diff, String flowName) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>connect-sim diff</title><style>body{font-family:sans-serif;margin:1.5em;color:#222}"
                + "img{max-width:100%;border:1px solid #ddd}table{border-collapse:collapse;margin:1em 0}"
                + "td,th{border:1px solid #ddd;padding:.3em .6em;text-align:left;vertical-align:top}"
                + "ul{margin:0;padding-left:1.2em}</style></head><body><h1>")
                .append(Html.escape(diff.oldSource())).append(" &rarr; ").append(Html.escape(diff.newSource()))
                .append("</h1><p>Blue: added. Orange: changed. Red and dashed: removed.</p>")
                .append(Html.image("picture", "the new version", PlantUmlSvg.render(picture(before, after, diff))));
        List<Scenario> scenarios = scenarios(reports);
        html.append("<table><tr><th>Change</th><th>Scenarios of the last run through it</th></tr>");
        for (Change change : changes(diff)) {
            html.append("<tr><td>").append(Html.escape(change.line())).append("</td><td>");
            List<Scenario> through = scenarios.stream().filter(s -> through(s, flowName, change.identifiers()))
                    .toList();
            if (scenarios.isEmpty()) {
                html.append("no last run in ").append(Html.escape(reports.toString()));
            } else if (through.isEmpty()) {
                html.append("none");
            } else {
                html.append("<ul>");
                through.forEach(s -> html.append("<li>").append(link(s)).append("</li>"));
                html.append("</ul>");
            }
            html.append("</td></tr>");
        }
        html.append("</table></body></html>\n");
        Path file = reports.resolve(FILE);
        try {
            Files.createDirectories(reports);
            Files.writeString(file, html.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /**
     * The scenarios of the last run in {@code reports} that pass through any change of {@code diff} to the flow
     * {@code flowName}, as {@code place name}; empty when the folder holds no last run.
     */
    public static Optional<List<String>> scenariosThrough(Path reports, FlowDiff diff, String flowName) {
        if (!Files.isRegularFile(reports.resolve("coverage").resolve(CoverageReport.VISITS_FILE))) {
            return Optional.empty();
        }
        Set<String> touched = new LinkedHashSet<>();
        changes(diff).forEach(change -> touched.addAll(change.identifiers()));
        return Optional.of(scenarios(reports).stream().filter(s -> through(s, flowName, touched))
                .map(s -> s.where() + " " + s.name()).toList());
    }

    private static boolean through(Scenario scenario, String flowName, Set<String> identifiers) {
        return scenario.visited().stream().anyMatch(v -> v.startsWith(flowName + "/")
                && identifiers.contains(v.substring(flowName.length() + 1)));
    }

    /** The new version with the removed actions and transitions of the old drawn in, by the new Identifiers. */
    private static String picture(Flow before, Flow after, FlowDiff diff) {
        Set<String> changed = new LinkedHashSet<>();
        diff.changedActions().forEach(c -> changed.add(c.newIdentifier()));
        Set<String> removed = new LinkedHashSet<>(diff.removedActions());
        List<Action> actions = new ArrayList<>(after.actions());
        before.actions().stream().filter(a -> removed.contains(a.identifier())).forEach(actions::add);
        List<Transition> transitions = new ArrayList<>(Transition.allOf(after));
        Set<Transition> gone = new LinkedHashSet<>();
        for (Transition t : diff.removedTransitions()) {
            Transition drawn = new Transition(diff.matched().getOrDefault(t.from(), t.from()), t.branch(),
                    diff.matched().getOrDefault(t.to(), t.to()));
            gone.add(drawn);
            transitions.add(drawn);
        }
        Set<Transition> added = new LinkedHashSet<>(diff.addedTransitions());
        return FlowPicture.plantUml(actions, transitions,
                id -> diff.addedActions().contains(id) ? FlowPicture.Mark.ADDED
                        : changed.contains(id) ? FlowPicture.Mark.CHANGED
                        : removed.contains(id) && after.action(id).isEmpty() ? FlowPicture.Mark.REMOVED
                        : FlowPicture.Mark.PLAIN,
                t -> added.contains(t) ? FlowPicture.Mark.ADDED
                        : gone.contains(t) ? FlowPicture.Mark.REMOVED : FlowPicture.Mark.PLAIN);
    }

    /** Each line {@link FlowDiff#describe()} gives, with the actions it concerns. */
    private static List<Change> changes(FlowDiff diff) {
        List<Change> changes = new ArrayList<>();
        diff.addedActions().forEach(id -> changes.add(new Change("added action " + id, Set.of(id))));
        diff.removedActions().forEach(id -> changes.add(new Change("removed action " + id, Set.of(id))));
        for (ActionChange change : diff.changedActions()) {
            String name = change.oldIdentifier().equals(change.newIdentifier()) ? change.newIdentifier()
                    : change.newIdentifier() + " (was " + change.oldIdentifier() + ")";
            Set<String> ids = Set.copyOf(List.of(change.oldIdentifier(), change.newIdentifier()));
            change.changes().forEach(what -> changes.add(new Change("changed action " + name + ": " + what, ids)));
        }
        diff.addedTransitions().forEach(t -> changes.add(new Change("added transition " + t, Set.of(t.from()))));
        diff.removedTransitions().forEach(t -> changes.add(new Change("removed transition " + t, Set.of(t.from()))));
        return changes;
    }

    /** The scenarios of the last run, from {@code coverage/visits.json}, with their anchors from {@code run.json}. */
    private static List<Scenario> scenarios(Path reports) {
        Path visitsFile = reports.resolve("coverage").resolve(CoverageReport.VISITS_FILE);
        if (!Files.isRegularFile(visitsFile)) {
            return List.of();
        }
        Map<String, String> anchors = new HashMap<>();
        Path runFile = reports.resolve(RunRecord.FILE);
        if (Files.isRegularFile(runFile)) {
            RunRecord.read(runFile).scenarios().forEach(s -> anchors.put(s.where() + " " + s.name(), s.anchor()));
        }
        List<Scenario> scenarios = new ArrayList<>();
        try {
            for (Map<String, Object> scenario : new ObjectMapper().readValue(visitsFile.toFile(), SCENARIOS)) {
                @SuppressWarnings("unchecked")
                List<Map<String, String>> rows = (List<Map<String, String>>) scenario.get("visits");
                Set<String> visited = new LinkedHashSet<>();
                CoverageReport.rowsToVisits(rows).forEach(v -> visited.add(v.flowName() + "/" + v.identifier()));
                String where = String.valueOf(scenario.get("place"));
                String name = String.valueOf(scenario.get("scenario"));
                scenarios.add(new Scenario(name, where, anchors.get(where + " " + name), visited));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + visitsFile, e);
        }
        return scenarios;
    }

    private static String link(Scenario scenario) {
        String text = Html.escape(scenario.name()) + " <small>" + Html.escape(scenario.where()) + "</small>";
        return scenario.anchor() == null ? text
                : "<a href=\"connect-sim.html#" + Html.escape(scenario.anchor()) + "\">" + text + "</a>";
    }
}

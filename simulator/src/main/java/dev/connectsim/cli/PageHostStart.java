package dev.connectsim.cli;

import dev.connectsim.cli.ScenarioSelection.Scenario;
import dev.connectsim.streams.NodeHosts;
import dev.connectsim.streams.StreamsBundle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts a run's Node.js page hosts while the run starts up, when some of its scenarios open an agent's CCP page: one
 * per thread that will need one (at most the run's threads, at most one per such scenario), each compiling the
 * pinned Streams bundle and the team's copies those scenarios load. A run without such a scenario starts no Node.js.
 */
final class PageHostStart {

    /** A step that gives an agent a CCP page: {@code alice's CCP runs "..."} or {@code ... loads Streams from "..."}. */
    private static final Pattern PAGE_STEP = Pattern.compile(
            "^\\s*(?:Given|When|Then|And|But|\\*)\\s+\\S+'s CCP (?:runs|loads Streams from) \"", Pattern.MULTILINE);
    private static final Pattern OWN_BUNDLE = Pattern.compile(
            "^\\s*(?:Given|When|Then|And|But|\\*)\\s+\\S+'s CCP loads Streams from \"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern PLACEHOLDER = Pattern.compile("<([^<>]+)>");

    private PageHostStart() {
    }

    /**
     * Prestarts the hosts {@code scenarios} (of the project at {@code root}) will use on {@code threads} threads;
     * none when they open no page.
     */
    static void forRun(List<Scenario> scenarios, int threads, Path root) {
        int hosts = Math.min(threads, pageScenarios(scenarios));
        if (hosts > 0) {
            List<StreamsBundle> bundles = new ArrayList<>();
            for (String path : ownBundles(scenarios)) {
                Path file = root.resolve(path);
                if (Files.isRegularFile(file)) {
                    bundles.add(StreamsBundle.file(file, path));
                }
            }
            NodeHosts.prestart(hosts, bundles);
        }
    }

    /** How many of {@code scenarios} are in a feature file with a step that opens a page (a Background's counts for all). */
    static int pageScenarios(List<Scenario> scenarios) {
        Map<Path, Boolean> opensPages = new HashMap<>();
        return (int) scenarios.stream().filter(s -> opensPages.computeIfAbsent(s.file(),
                file -> PAGE_STEP.matcher(text(file)).find())).count();
    }

    /**
     * The paths of the team's own Streams copies the files of {@code scenarios} load, as their steps give them; a
     * path with an outline's placeholders once per row of the file's Examples that fills them all.
     */
    static Set<String> ownBundles(List<Scenario> scenarios) {
        Set<String> paths = new LinkedHashSet<>();
        scenarios.stream().map(Scenario::file).distinct().forEach(file -> {
            String text = text(file);
            Matcher step = OWN_BUNDLE.matcher(text);
            while (step.find()) {
                String path = step.group(1);
                if (!PLACEHOLDER.matcher(path).find()) {
                    paths.add(path);
                    continue;
                }
                for (Map<String, String> row : exampleRows(text)) {
                    String filled = fill(path, row);
                    if (!PLACEHOLDER.matcher(filled).find()) {
                        paths.add(filled);
                    }
                }
            }
        });
        return paths;
    }

    private static String fill(String path, Map<String, String> row) {
        Matcher placeholder = PLACEHOLDER.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String value = row.get(placeholder.group(1));
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value == null ? placeholder.group()
                    : value));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    /** Every row of every Examples table of a feature's text, by its table's header. */
    private static List<Map<String, String>> exampleRows(String text) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> header = null;
        boolean inExamples = false;
        for (String line : text.lines().map(String::strip).toList()) {
            if (line.startsWith("Examples:")) {
                inExamples = true;
                header = null;
            } else if (inExamples && line.startsWith("|")) {
                List<String> cells = cells(line);
                if (header == null) {
                    header = cells;
                } else {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < Math.min(header.size(), cells.size()); i++) {
                        row.put(header.get(i), cells.get(i));
                    }
                    rows.add(row);
                }
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                inExamples = false;
            }
        }
        return rows;
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        return List.of(inner.split("\\|", -1)).stream().map(String::strip).toList();
    }

    private static String text(Path feature) {
        try {
            return Files.readString(feature);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + feature, e);
        }
    }
}

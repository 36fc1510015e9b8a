package dev.connectsim.cli;

import dev.connectsim.cli.ScenarioSelection.Scenario;
import dev.connectsim.streams.NodeHost;
import dev.connectsim.streams.NodeHosts;
import dev.connectsim.streams.StreamsBundle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts a run's Node.js page hosts while the run starts up, when some of its scenarios open an agent's CCP page: one
 * per thread that will need one (at most the run's threads, at most one per such scenario), each compiling the
 * pinned Streams bundle and the team's copies those scenarios load. A run without such a scenario starts no Node.js.
 * It reads the scenarios' steps as Cucumber compiled them (a Background's steps in each scenario, an outline's
 * placeholders filled in from its example row).
 */
final class PageHostStart {

    /** A step that gives an agent a CCP page: {@code alice's CCP runs "..."} or {@code ... loads Streams from "..."}. */
    private static final Pattern PAGE_STEP = Pattern.compile("\\S+'s CCP (?:runs|loads Streams from) \".*");
    private static final Pattern OWN_BUNDLE = Pattern.compile("\\S+'s CCP loads Streams from \"([^\"]+)\"");

    private PageHostStart() {
    }

    /**
     * Prestarts the hosts {@code scenarios} (of the project at {@code root}) will use on {@code threads} threads,
     * after pruning the hosts' code cache ({@link NodeHost#pruneCodeCache}); none, and no pruning, when they open no
     * page.
     */
    static void forRun(List<Scenario> scenarios, int threads, Path root) {
        int hosts = Math.min(threads, pageScenarios(scenarios));
        if (hosts > 0) {
            NodeHost.pruneCodeCache(Instant.now());
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

    /** How many of {@code scenarios} have a step that opens a page. */
    static int pageScenarios(List<Scenario> scenarios) {
        return (int) scenarios.stream()
                .filter(s -> s.steps().stream().anyMatch(step -> PAGE_STEP.matcher(step).matches())).count();
    }

    /** The paths of the team's own Streams copies {@code scenarios} load, as their steps give them. */
    static Set<String> ownBundles(List<Scenario> scenarios) {
        Set<String> paths = new LinkedHashSet<>();
        for (Scenario scenario : scenarios) {
            for (String step : scenario.steps()) {
                Matcher bundle = OWN_BUNDLE.matcher(step);
                if (bundle.matches()) {
                    paths.add(bundle.group(1));
                }
            }
        }
        return paths;
    }
}

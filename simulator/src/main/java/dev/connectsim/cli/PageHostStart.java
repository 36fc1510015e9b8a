package dev.connectsim.cli;

import dev.connectsim.cli.ScenarioSelection.Scenario;
import dev.connectsim.streams.NodeHosts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Starts a run's Node.js page hosts while the run starts up, when some of its scenarios open an agent's CCP page: one
 * per thread that will need one (at most the run's threads, at most one per such scenario). A run without such a
 * scenario starts no Node.js at all.
 */
final class PageHostStart {

    /** A step that gives an agent a CCP page: {@code alice's CCP runs "..."} or {@code ... loads Streams from "..."}. */
    private static final Pattern PAGE_STEP = Pattern.compile(
            "^\\s*(?:Given|When|Then|And|But|\\*)\\s+\\S+'s CCP (?:runs|loads Streams from) \"", Pattern.MULTILINE);

    private PageHostStart() {
    }

    /** Prestarts the hosts {@code scenarios} will use on {@code threads} threads; whether they open pages at all. */
    static boolean forRun(List<Scenario> scenarios, int threads) {
        int hosts = Math.min(threads, pageScenarios(scenarios));
        if (hosts > 0) {
            NodeHosts.prestart(hosts);
        }
        return hosts > 0;
    }

    /** How many of {@code scenarios} are in a feature file with a step that opens a page (a Background's counts for all). */
    static int pageScenarios(List<Scenario> scenarios) {
        Map<Path, Boolean> opensPages = new HashMap<>();
        return (int) scenarios.stream().filter(s -> opensPages.computeIfAbsent(s.file(), PageHostStart::opensPages))
                .count();
    }

    private static boolean opensPages(Path feature) {
        try {
            return PAGE_STEP.matcher(Files.readString(feature)).find();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + feature, e);
        }
    }
}

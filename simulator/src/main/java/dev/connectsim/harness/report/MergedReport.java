package dev.connectsim.harness.report;

import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.coverage.FlowCoverage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The report folders of a run's shards ({@code run --shard I/N}) read as one run, and written as one report folder:
 * {@code connect-sim.html} and {@code run.json} of all the scenarios, {@code junit.xml} with every test case and the
 * counts added up, {@code coverage/} of all the visits (the same figures as one whole run), and
 * {@code allure-results/} with every shard's results (Allure merges them itself).
 *
 * <p>Design note: reading checks the folders and throws {@link IllegalArgumentException} for a folder that is not a
 * run's report folder (bad usage), {@link IllegalStateException} for folders that are not the shards of one run
 * (the same scenario twice, shards of different splits); a shard that is missing is not an error here, it is
 * listed by {@link #missingShards()} for the command to report.
 */
public final class MergedReport {

    private final RunRecord record;
    private final List<Path> junitFiles;
    private final List<Path> allureFolders;
    private final List<String> missingShards;

    private MergedReport(RunRecord record, List<Path> junitFiles, List<Path> allureFolders,
            List<String> missingShards) {
        this.record = record;
        this.junitFiles = junitFiles;
        this.allureFolders = allureFolders;
        this.missingShards = missingShards;
    }

    /** The report of a shard that got no scenario: the same files, empty, so that the merge finds the shard. */
    public static MergedReport emptyShard(String shard) {
        return new MergedReport(new RunRecord(RunRecord.FORMAT, shard, List.of()), List.of(), List.of(), List.of());
    }

    /** The report folders {@code folders} read as one run. */
    public static MergedReport of(List<Path> folders) {
        List<Shard> shards = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("no such report folder: " + folder);
            }
            Path file = folder.resolve(RunRecord.FILE);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(folder + " is not the report folder of a run: it has no "
                        + RunRecord.FILE + " (give the folders that run --report wrote, such as reports/)");
            }
            if (!Files.isRegularFile(folder.resolve("junit.xml"))) {
                throw new IllegalArgumentException(folder + " has a " + RunRecord.FILE + " but no junit.xml: not the"
                        + " whole report folder of a run");
            }
            RunRecord record = RunRecord.read(file);
            shards.add(new Shard(folder, record, parseShard(file, record.shard())));
        }
        List<String> missing = missingShards(shards);
        shards.sort(Comparator.comparingInt(Shard::index));
        Map<String, Path> seen = new LinkedHashMap<>();
        List<ScenarioResult> all = new ArrayList<>();
        for (Shard shard : shards) {
            for (ScenarioResult scenario : shard.record().scenarios()) {
                Path before = seen.putIfAbsent(scenario.where(), shard.folder());
                if (before != null) {
                    throw new IllegalStateException(scenario.where() + " (" + scenario.name() + ") is in both "
                            + before + " and " + shard.folder() + ": merge the shards of one run, each once");
                }
                all.add(scenario);
            }
        }
        all.sort(Comparator.comparing(ScenarioResult::place).thenComparingInt(ScenarioResult::line));
        return new MergedReport(RunRecord.of(all), shards.stream().map(s -> s.folder().resolve("junit.xml")).toList(),
                shards.stream().map(s -> s.folder().resolve("allure-results")).filter(Files::isDirectory).toList(),
                missing);
    }

    /** One folder read: its record and, when it is a shard, its I and N. */
    private record Shard(Path folder, RunRecord record, int[] split) {

        int index() {
            return split == null ? 0 : split[0];
        }

        String describe() {
            return folder + " holds " + (split == null ? "a whole run" : "shard " + record.shard());
        }
    }

    /** Shards of the split that no folder holds, {@code I/N}; empty when the folders are no shards. */
    private static List<String> missingShards(List<Shard> shards) {
        if (shards.stream().allMatch(shard -> shard.split() == null)) {
            return List.of();
        }
        Shard first = shards.get(0);
        for (Shard shard : shards) {
            if (shard.split() == null || first.split() == null || shard.split()[1] != first.split()[1]) {
                throw new IllegalStateException(first.describe() + " but " + shard.describe()
                        + ": merge the shards of one split");
            }
        }
        int count = first.split()[1];
        TreeSet<Integer> absent = new TreeSet<>();
        for (int i = 1; i <= count; i++) {
            absent.add(i);
        }
        shards.forEach(shard -> absent.remove(shard.index()));
        return absent.stream().map(i -> i + "/" + count).toList();
    }

    private static int[] parseShard(Path file, String shard) {
        if (shard == null) {
            return null;
        }
        String[] parts = shard.split("/");
        try {
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": shard '" + shard + "' is not I/N");
        }
    }

    /** All the scenarios, by place and line. */
    public RunRecord record() {
        return record;
    }

    /** The shards ({@code I/N}) of the split that none of the folders holds. */
    public List<String> missingShards() {
        return missingShards;
    }

    /**
     * Writes the report folder {@code out}: connect-sim.html, run.json, junit.xml, coverage/ and allure-results/ (its
     * old results removed); an old cucumber.html, which a merge cannot make, is removed. Returns the flow coverage.
     */
    public List<FlowCoverage> writeTo(Path out, FlowLibrary flows) {
        List<ScenarioResult> scenarios = record.scenarios();
        HtmlPage.write(out.resolve("connect-sim.html"), scenarios, flows);
        record.write(out.resolve(RunRecord.FILE));
        JUnitXmlMerge.write(out.resolve("junit.xml"), junitFiles);
        List<FlowCoverage> coverage = CoverageReport.write(out.resolve("coverage"), flows, scenarios.stream()
                .map(s -> new ScenarioVisits(s.name(), s.where(), s.visits())).toList());
        try {
            Files.deleteIfExists(out.resolve("cucumber.html"));
            Path allure = out.resolve("allure-results");
            clear(allure);
            Files.createDirectories(allure);
            for (Path folder : allureFolders) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Files.copy(file, allure.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Allure results in " + out, e);
        }
        return coverage;
    }

    /** Deletes {@code folder} and everything in it, if it is there. */
    public static void clear(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + folder, e);
        }
    }
}

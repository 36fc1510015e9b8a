package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.harness.report.ReportFolderLock;
import dev.connectsim.harness.report.RunRecord;
import dev.connectsim.harness.report.ScenarioResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code connect-sim report merge}: the shards of a run put back together as the report of the whole run. */
class ReportMergeCommandTest {

    @TempDir
    Path folder;

    /** Ten of the project's scenarios through all four flows, in three files; the whole suite would take 4 times. */
    private static final List<String> FEATURES = List.of("--features", "../features/inbound",
            "../features/transfers/blind-transfer.feature", "../features/transfers/queue-transfer.feature");

    @Test
    void theShardsOfTheProjectsFeaturesMergeIntoTheCountsAndCoverageOfOneWholeRun() throws IOException {
        Cli whole = new Cli();
        assertEquals(0, whole.runPrintingToSystemOut(run("--report", folder.resolve("whole").toString())),
                whole.out.toString());
        List<String> shards = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Cli shard = new Cli();
            String report = folder.resolve("shard-" + i).toString();
            assertEquals(0, shard.runPrintingToSystemOut(run("--shard", i + "/3", "--report", report)),
                    shard.out.toString());
            shards.add(report);
        }
        Cli merge = new Cli();
        List<String> args = new ArrayList<>(List.of("report", "merge"));
        args.addAll(shards);
        args.addAll(List.of("--report", folder.resolve("merged").toString()));

        int exit = merge.run(args.toArray(String[]::new));

        assertEquals(0, exit, merge.err.toString());
        assertEquals(lastLine(whole.out.toString()), lastLine(merge.out.toString()), "the counts");
        assertEquals(read("whole", "coverage/coverage.json"), read("merged", "coverage/coverage.json"));
        assertEquals(places(read("whole", "run.json")), places(read("merged", "run.json")), "the scenarios");
        assertEquals(attribute(read("whole", "junit.xml"), "tests"), attribute(read("merged", "junit.xml"), "tests"));
        assertEquals(count(read("whole", "junit.xml"), "<testcase "), count(read("merged", "junit.xml"), "<testcase "));
        assertEquals(heading(read("whole", "connect-sim.html")), heading(read("merged", "connect-sim.html")));
    }

    @Test
    void aFolderThatIsNotTheReportOfARunIsBadUsageNamingIt() throws IOException {
        Path notAReport = Files.createDirectories(folder.resolve("elsewhere"));
        Cli merge = new Cli();

        int exit = merge.run("report", "merge", notAReport.toString(), "--report", folder.resolve("out").toString());

        assertEquals(2, exit);
        assertEquals(notAReport + " is not the report folder of a run: it has no run.json (give the folders that run"
                + " --report wrote, such as reports/)", merge.err.toString().lines().findFirst().orElse(""));
    }

    @Test
    void theSameScenarioInTwoFoldersFailsNamingIt() {
        Path first = shard("first", "1/2", scenario(3, "a", "passed"));
        Path second = shard("second", "2/2", scenario(3, "a", "passed"));
        Cli merge = new Cli();

        int exit = merge.run("report", "merge", first.toString(), second.toString(), "--report",
                folder.resolve("out").toString());

        assertEquals(1, exit);
        assertEquals("connect-sim: features/x.feature:3 (a) is in both " + first + " and " + second + ": merge the"
                + " shards of one run, each once", merge.err.toString().strip());
    }

    @Test
    void shardsOfDifferentSplitsFail() {
        Path first = shard("first", "1/2", scenario(3, "a", "passed"));
        Path second = shard("second", "2/3", scenario(8, "b", "passed"));
        Cli merge = new Cli();

        int exit = merge.run("report", "merge", first.toString(), second.toString(), "--report",
                folder.resolve("out").toString());

        assertEquals(1, exit);
        assertEquals("connect-sim: " + first + " holds shard 1/2 but " + second + " holds shard 2/3: merge the shards"
                + " of one split", merge.err.toString().strip());
    }

    @Test
    void aMissingShardFailsAfterMergingTheOthers() throws IOException {
        Path first = shard("first", "1/3", scenario(3, "a", "passed"));
        Path third = shard("third", "3/3", scenario(13, "c", "passed"));
        Cli merge = new Cli();

        int exit = merge.run("report", "merge", first.toString(), third.toString(), "--report",
                folder.resolve("out").toString());

        assertEquals(1, exit);
        assertEquals("connect-sim: shard 2/3 is missing: these counts are not the whole run's",
                merge.err.toString().strip());
        assertEquals("2 passed, 0 failed", lastLine(merge.out.toString()));
        assertEquals("2", attribute(read("out", "junit.xml"), "tests"));
    }

    @Test
    void aMergeIntoAFolderARunHoldsIsRefusedBeforeItWritesAnything() throws IOException {
        Path first = shard("first", "1/2", scenario(3, "a", "passed"));
        Path second = shard("second", "2/2", scenario(8, "b", "passed"));
        Path out = folder.resolve("out");
        Cli merge = new Cli();

        int exit;
        try (ReportFolderLock run = ReportFolderLock.take(out)) {
            exit = merge.run("report", "merge", first.toString(), second.toString(), "--report", out.toString());
        }

        assertEquals(1, exit);
        assertEquals("connect-sim: the report folder " + out + " is being written by another connect-sim (process "
                + ProcessHandle.current().pid() + "): wait for it to end, or give --report another folder",
                merge.err.toString().strip());
        assertFalse(Files.exists(out.resolve("run.json")), "nothing written");
    }

    @Test
    void aFailedScenarioInOneShardFailsTheMergeAndIsListed() {
        Path first = shard("first", "1/2", scenario(3, "a", "passed"));
        Path second = shard("second", "2/2", scenario(8, "b", "failed"));
        Cli merge = new Cli();

        int exit = merge.run("report", "merge", first.toString(), second.toString(), "--report",
                folder.resolve("out").toString());

        assertEquals(1, exit);
        assertTrue(merge.out.toString().contains("FAILED features/x.feature:8 b (failed)\n"), merge.out.toString());
        assertEquals("1 passed, 1 failed", lastLine(merge.out.toString()));
    }

    @Test
    void everyShardsAllureResultsAreCopied() throws IOException {
        Path first = shard("first", "1/2", scenario(3, "a", "passed"));
        Path second = shard("second", "2/2", scenario(8, "b", "passed"));
        Files.writeString(Files.createDirectories(first.resolve("allure-results")).resolve("1-result.json"), "{}");
        Files.writeString(Files.createDirectories(second.resolve("allure-results")).resolve("2-result.json"), "{}");
        Path out = folder.resolve("out");
        Files.writeString(Files.createDirectories(out.resolve("allure-results")).resolve("old-result.json"), "{}");

        assertEquals(0, new Cli().run("report", "merge", first.toString(), second.toString(), "--report",
                out.toString()));

        try (Stream<Path> files = Files.list(out.resolve("allure-results"))) {
            assertEquals(List.of("1-result.json", "2-result.json"), files.map(f -> f.getFileName().toString())
                    .sorted().toList(), "the old results are gone");
        }
    }

    @Test
    void aMergeOverOneOfItsShardsIsBadUsage() {
        Path first = shard("first", "1/1", scenario(3, "a", "passed"));
        Cli merge = new Cli();

        assertEquals(2, merge.run("report", "merge", first.toString(), "--report", first.toString()));
        assertTrue(merge.err.toString().startsWith("the merged report would overwrite the shard's " + first),
                merge.err.toString());
    }

    private static String[] run(String... options) {
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(FEATURES);
        args.addAll(List.of(options));
        return args.toArray(String[]::new);
    }

    /** A shard's report folder as a run leaves it: run.json and junit.xml. */
    private Path shard(String name, String shard, ScenarioResult scenario) {
        Path report = folder.resolve(name);
        RunRecord.of(List.of(scenario)).asShard(shard).write(report.resolve("run.json"));
        try {
            Files.writeString(report.resolve("junit.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<testsuite name=\"Cucumber\" time=\"1.5\" tests=\"1\" skipped=\"0\" failures=\""
                    + (scenario.passed() ? 0 : 1) + "\" errors=\"0\" timestamp=\"2026-01-01T00:00:00Z\">\n"
                    + "<testcase classname=\"x\" name=\"" + scenario.name() + "\" time=\"1.5\"/>\n</testsuite>\n");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return report;
    }

    private static ScenarioResult scenario(int line, String name, String status) {
        return new ScenarioResult("X", "features/x.feature", line, name, status, "s-" + name,
                "<section id=\"s-" + name + "\"></section>\n", List.of(Map.of("flow", "Inbound",
                        "action", "start", "branch", "NextAction", "target", "end")));
    }

    private String read(String report, String file) throws IOException {
        return Files.readString(folder.resolve(report).resolve(file));
    }

    private static List<String> places(String runJson) {
        List<String> places = new ArrayList<>();
        Matcher matcher = Pattern.compile("\"place\" : \"([^\"]+)\",\\s*\"line\" : (\\d+)").matcher(runJson);
        while (matcher.find()) {
            places.add(matcher.group(1) + ":" + matcher.group(2));
        }
        return places;
    }

    private static String attribute(String xml, String name) {
        Matcher matcher = Pattern.compile("<testsuite [^>]*\\b" + name + "=\"([^\"]*)\"").matcher(xml);
        assertTrue(matcher.find(), xml);
        return matcher.group(1);
    }

    private static long count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1L;
    }

    private static String heading(String html) {
        return html.substring(html.indexOf("<h1>"), html.indexOf("</h1>"));
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }
}

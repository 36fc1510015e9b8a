package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.harness.report.OtherProcessHold;
import dev.connectsim.harness.report.ReportFolderLock;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code connect-sim run}: what a person sees when a scenario passes, fails, or names a step nobody defined. */
class RunCommandTest {

    private static final String CALL = """
              Scenario: %s
                When a customer calls from +15550100 and waits in BasicQueue
                And alice accepts the call
                And alice transfers the call to the quick connect "Transfer to Bob"
                Then bob is connected to the transfer leg within 60 seconds
            """;

    @TempDir
    Path folder;

    private final StringWriter err = new StringWriter();

    @Test
    void aPassingRunEndsWithTheCountsAndLeavesTheReports() throws IOException {
        Run run = run(feature(CALL.formatted("bob gets the call")));

        assertEquals(0, run.exit, run.out);
        assertEquals("1 passed, 0 failed", lastLine(run.out));
        assertTrue(run.out.contains("passed  bob gets the call (" + place() + ":3)\n"),
                "off a terminal, a plain line per scenario: " + run.out);
        assertFalse(run.out.contains("\r"), "no carriage return in a log: " + run.out);
        assertTrue(run.out.contains("report: " + folder.resolve("reports").resolve("connect-sim.html")), run.out);
        assertTrue(Files.readString(folder.resolve("reports").resolve("connect-sim.html"))
                .contains("bob gets the call"));
        assertTrue(Files.readString(folder.resolve("reports").resolve("junit.xml")).contains("bob gets the call"));
        String cucumberHtml = Files.readString(folder.resolve("reports").resolve("cucumber.html"));
        assertTrue(cucumberHtml.contains("bob gets the call") && cucumberHtml.contains("testRunFinished")
                && cucumberHtml.strip().endsWith("</html>"), "Cucumber's report, written to its end");
    }

    @Test
    void aRunWritesFlowCoverageAndFailsUnderTheMinimumNamingWhatWasNotTaken() throws IOException {
        Run run = run(List.of("run", "--features", feature(CALL.formatted("bob gets the call")).toString(),
                "--report", folder.resolve("reports").toString(), "--threads", "1", "--min-coverage", "100"));

        assertEquals(1, run.exit, "the scenario passed, but no flow is fully covered: " + run.out);
        assertTrue(run.out.contains("coverage Agent Transfer: actions 7/8, transitions 6/13 (46%)"), run.out);
        assertTrue(run.out.contains("coverage of Agent Transfer is 6/13 transitions, under 100%; not taken:"),
                run.out);
        assertTrue(run.out.contains("create-transfer-vc --Error NoMatchingError--> create-vc-tries"), run.out);
        assertTrue(Files.readString(folder.resolve("reports").resolve("coverage").resolve("coverage.json"))
                .contains("\"coveredTransitions\" : 6"));
    }

    @Test
    void aWrongExpectationSaysWhatWasExpectedWhatHappenedAndWhereOnTheTimeline() throws IOException {
        Run run = run(feature(CALL.formatted("a wrong expectation")
                + "    And the transfer leg has the attribute \"error\" set to \"something else\"\n"));

        assertEquals(1, run.exit);
        assertEquals("0 passed, 1 failed", lastLine(run.out));
        assertTrue(run.out.contains("FAILED "), run.out);
        assertTrue(run.out.contains("expected the transfer leg's attribute error to be 'something else'"), run.out);
        assertTrue(run.out.contains("but it is not set"), run.out);
        assertTrue(run.out.contains("on the timeline"), run.out);
        assertTrue(run.out.contains("bob accepts"), "the last events before the failure: " + run.out);
        assertFalse(run.out.contains("\tat "), "no stack trace: " + run.out);
    }

    @Test
    void aStepNobodyDefinedGetsCucumbersSnippet() throws IOException {
        Run run = run(feature("""
                  Scenario: a typo
                    When a customer calls from +15550100 and waits in BasicQueue
                    And alice acepts the call
                """));

        assertEquals(1, run.exit);
        assertTrue(run.out.contains("no step matches 'alice acepts the call'"), run.out);
        assertTrue(run.out.contains("@When(\"alice acepts the call\")"), run.out);
        assertEquals("0 passed, 1 failed", lastLine(run.out));
    }

    @Test
    void aTypoInADurationUnitFailsTheStepNamingTheNearestUnit() throws IOException {
        Run run = run(feature(CALL.formatted("a typo in a duration").replace("within 60 seconds",
                "within 60 secnds")));

        assertEquals(1, run.exit);
        assertTrue(run.out.contains("step 'bob is connected to the transfer leg within 60 secnds' (line 7):"
                + " MalformedArgument: '60 secnds' is not a duration: unknown unit 'secnds' (did you mean"
                + " 'seconds'?)"), run.out);
    }

    /**
     * Issue 16: a phone number without its +, a negative duration and an unknown unit were undefined steps with a
     * snippet; a count past an int was a NumberFormatException; a wait of 99999999999999 minutes ran for minutes.
     */
    @Test
    void aMalformedStepArgumentFailsItsStepNamingTheArgumentAndTheFormExpected() throws IOException {
        Run run = run(feature("""
                  Scenario: no plus
                    When a customer calls 18005550100 from +15550100

                  Scenario: negative
                    When -5 seconds pass

                  Scenario: fortnights
                    When 3 fortnights pass

                  Scenario: too many
                    When 99999999999999999999 customers call +18005550100 over 1 minute and hang up after 2 minutes

                  Scenario: too long
                    When 99999999999999 minutes pass
                """));

        assertEquals(1, run.exit, run.out);
        assertEquals("0 passed, 5 failed", lastLine(run.out));
        assertTrue(run.out.contains("step 'a customer calls 18005550100 from +15550100' (line 4): MalformedArgument:"
                + " '18005550100' is not a phone number: expected E.164, a + and 7 to 15 digits, such as +15550100"
                + " (did you mean '+18005550100'?)"), run.out);
        assertTrue(run.out.contains("step '-5 seconds pass' (line 7): MalformedArgument: '-5 seconds' is not a"
                + " duration: it is negative"), run.out);
        assertTrue(run.out.contains("step '3 fortnights pass' (line 10): MalformedArgument: '3 fortnights' is not a"
                + " duration: unknown unit 'fortnights'"), run.out);
        assertTrue(run.out.contains("(line 13): MalformedArgument: '99999999999999999999' is out of range for a"
                + " count: expected 0 to 100,000"), run.out);
        assertTrue(run.out.contains("step '99999999999999 minutes pass' (line 16): MalformedArgument:"
                + " '99999999999999 minutes' is out of range for a duration: expected at most 7 days"), run.out);
        assertFalse(run.out.contains("no step matches"), run.out);
        assertFalse(run.out.contains("\tat "), "no stack trace: " + run.out);
    }

    /** Issue 16: an outline without Examples ran once with its placeholders unfilled, its steps undefined. */
    @Test
    void anOutlineWithoutExamplesStopsTheRunNamingTheFileAndTheLine() throws IOException {
        Path feature = feature("""
                  Scenario Outline: a caller
                    When a customer calls <number> from +15550100
                """);

        Run run = run(feature);

        assertEquals(1, run.exit, run.out);
        assertEquals("connect-sim: " + feature + ":3: Scenario Outline 'a caller' has no Examples: table; expected"
                + " Examples: with a header row and a row per example below it (or the keyword Scenario for a single"
                + " case)", err.toString().strip());
    }

    /** The features folder is searched, below its subfolders too, before any scenario runs. */
    @Test
    void anOutlineWithoutExamplesInASubfolderStopsTheRunBeforeAnyScenario() throws IOException {
        feature(CALL.formatted("bob gets the call"));
        Path bad = folder.resolve("features").resolve("sub").resolve("b.feature");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, "Feature: b\n\n  Scenario Outline: none\n    When 1 second passes\n");

        Run run = run(folder.resolve("features"));

        assertEquals(1, run.exit, run.out);
        assertTrue(err.toString().strip().startsWith("connect-sim: " + bad + ":3: Scenario Outline 'none' has no "
                + "Examples: table"), err.toString());
        assertFalse(run.out.contains("passed"), "no scenario ran: " + run.out);
    }

    @Test
    void aFileThatIsNotGherkinIsOneLineNamingTheFileAndThePlace() throws IOException {
        Path feature = folder.resolve("features").resolve("broken.feature");
        Files.createDirectories(feature.getParent());
        Files.writeString(feature, "not gherkin at all\n");

        Run run = run(feature);

        assertEquals(1, run.exit);
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("connect-sim: Failed to parse resource at: " + feature.toUri()), message);
        assertTrue(message.contains("(1:1)"), message);
    }

    /** Issue 16: with an empty flows/instance.yaml, run said only "Index 0 out of bounds for length 0". */
    @Test
    void anEmptyInstanceFileIsOneLineNamingTheFile() throws IOException {
        Path project = folder.resolve("project");
        Path instance = Files.writeString(Files.createDirectories(project.resolve("flows")).resolve("instance.yaml"),
                "# the queues come later\n");
        Path feature = feature(CALL.formatted("a call"));
        Run run = run(List.of("run", "--project", project.toString(), "--features", feature.toString(), "--report",
                folder.resolve("reports").toString(), "--threads", "1"));

        assertEquals(1, run.exit, run.out);
        assertEquals(instance.toAbsolutePath().normalize() + ": the file is empty (nothing but blanks or comments);"
                + " expected a map of sections (instance, hoursOfOperation, queues, routingProfiles, agents,"
                + " phoneNumbers, quickConnects, flows, lambdas, customerProfiles, cases, lexBots), as in"
                + " flows/README.md",
                err.toString().strip().replaceFirst("^connect-sim: ", ""));
    }

    @Test
    void aCoverageThresholdOutsideZeroToAHundredIsBadUsage() {
        Run run = run(List.of("run", "--min-coverage", "150"));

        assertEquals(2, run.exit);
        assertTrue(err.toString().contains("Invalid value for option '--min-coverage': must be from 0 to 100, was 150"),
                err.toString());
    }

    @Test
    void aMissingFeaturePathIsBadUsage() {
        Run run = run(List.of("run", "--features", folder.resolve("nowhere").toString()));

        assertEquals(2, run.exit);
        assertTrue(err.toString().contains("no such feature file or folder: " + folder.resolve("nowhere")),
                err.toString());
    }

    @Test
    void aDryRunOnTheSimulatorIsBadUsage() {
        Run run = run(List.of("run", "--dry-run"));

        assertEquals(2, run.exit);
        assertTrue(err.toString().contains("--dry-run, --sandbox-config, --sandbox-instance, --region and --profile apply to"
                + " --target sandbox only"), err.toString());
    }

    @Test
    void fileColonLinesRunTheScenariosAtThoseLinesOnly() throws IOException {
        Path feature = feature(CALL.formatted("first") + CALL.formatted("second") + CALL.formatted("third"));

        Run run = run(Path.of(feature + ":3:13"));

        assertEquals(0, run.exit, run.out);
        assertEquals("2 passed, 0 failed", lastLine(run.out));
        assertTrue(run.out.contains("passed  first (" + place() + ":3)"), run.out);
        assertTrue(run.out.contains("passed  third (" + place() + ":13)"), run.out);
        assertFalse(run.out.contains("second"), run.out);
    }

    @Test
    void aLineThatHoldsNoScenarioIsBadUsageNamingTheNearestOne() throws IOException {
        Path feature = feature(CALL.formatted("first") + CALL.formatted("second"));

        Run run = run(Path.of(feature + ":9"));

        assertEquals(2, run.exit);
        assertEquals(feature + ":9: no scenario at line 9; the nearest is 'second' at line 8",
                err.toString().lines().findFirst().orElse(""));
    }

    @Test
    void aFolderWithoutFeatureFilesFailsSayingSo() throws IOException {
        Files.createDirectories(folder.resolve("features"));

        Run run = run(folder.resolve("features"));

        assertEquals(1, run.exit, "a run of no scenario is no success: " + run.out);
        assertEquals("connect-sim: no feature file (*.feature) in " + folder.resolve("features"),
                err.toString().strip());
    }

    @Test
    void aFeatureFileWithoutScenariosFailsSayingSo() throws IOException {
        Path feature = feature("");

        Run run = run(feature);

        assertEquals(1, run.exit);
        assertEquals("connect-sim: " + feature + " has no scenario", err.toString().strip());
    }

    @Test
    void tagsThatMatchNoScenarioFailNamingTheNearestTag() throws IOException {
        Path feature = feature("  @smoke\n" + CALL.formatted("tagged"));

        Run run = run(List.of("run", "--features", feature.toString(), "--tags", "@smok"));

        assertEquals(1, run.exit);
        assertEquals("connect-sim: no scenario matches --tags '@smok': no scenario has the tag @smok (did you mean"
                + " '@smoke'?)", err.toString().strip());
    }

    @Test
    void aTagExpressionThatDoesNotParseIsBadUsage() throws IOException {
        Run run = run(List.of("run", "--features", feature(CALL.formatted("any")).toString(), "--tags", "@a and"));

        assertEquals(2, run.exit);
        assertTrue(err.toString().startsWith("--tags '@a and' is not a tag expression: Tag expression \"@a and\""
                + " could not be parsed"), err.toString());
    }

    @Test
    void aShardThatGetsNoScenarioPassesSayingSoAndLeavesEmptyReports() throws IOException {
        Run run = run(List.of("run", "--features", feature(CALL.formatted("only one")).toString(), "--shard", "2/2",
                "--report", folder.resolve("reports").toString()));

        assertEquals(0, run.exit, run.out);
        assertEquals("shard 2/2 has no scenario (1 selected for 2 shards); it passes, with empty reports",
                run.out.strip());
        assertTrue(Files.readString(folder.resolve("reports").resolve("run.json")).contains("\"shard\" : \"2/2\""));
        assertTrue(Files.readString(folder.resolve("reports").resolve("junit.xml")).contains("tests=\"0\""));
    }

    @Test
    void aShardOutsideItsSplitIsBadUsage() {
        Run run = run(List.of("run", "--shard", "4/3"));

        assertEquals(2, run.exit);
        assertTrue(err.toString().startsWith("Invalid value for option '--shard': expected I/N with N at least 1 and"
                + " I from 1 to N, such as 2/3; was 4/3"), err.toString());
    }

    @Test
    void aMinimumCoverageOfOneShardIsBadUsage() {
        Run run = run(List.of("run", "--shard", "1/3", "--min-coverage", "50"));

        assertEquals(2, run.exit);
        assertTrue(err.toString().startsWith("--min-coverage applies to a whole run, not to one shard: give it to"
                + " report merge"), err.toString());
    }

    /** Two runs into one report folder would mix their results: the second is refused before it writes anything. */
    @Test
    void aReportFolderInUseByAnotherProcessIsRefusedNamingIt() throws Exception {
        Path feature = feature(CALL.formatted("bob gets the call"));
        Path reports = Files.createDirectories(folder.resolve("reports"));
        Path earlier = Files.writeString(reports.resolve("junit.xml"), "the other run's");
        try (OtherProcessHold holder = OtherProcessHold.of(reports)) {
            Run refused = run(feature);

            assertEquals(1, refused.exit, refused.out);
            assertEquals("connect-sim: the report folder " + reports + " is being written by another connect-sim"
                    + " (process " + holder.pid() + "): wait for it to end, or give --report another folder",
                    err.toString().strip());
            assertEquals("the other run's", Files.readString(earlier), "nothing written into the held folder");
            assertFalse(Files.exists(reports.resolve("allure-results")), "nothing written into the held folder");
        }

        Run after = run(feature);

        assertEquals(0, after.exit, after.out);
        assertEquals("1 passed, 0 failed", lastLine(after.out));
    }

    @Test
    void aReportFolderThatIsAFileIsOneLineSayingSo() throws IOException {
        Path file = Files.writeString(folder.resolve("reports"), "not a folder");

        Run refused = run(feature(CALL.formatted("bob gets the call")));

        assertEquals(1, refused.exit, refused.out);
        assertEquals("connect-sim: the report folder " + file + " is a file: give --report a folder, or a name that"
                + " is not taken", err.toString().strip());
        assertEquals("not a folder", Files.readString(file));
    }

    /** The same within one process: a second run started while the first holds the folder. */
    @Test
    void aReportFolderHeldInThisProcessIsRefusedToo() throws IOException {
        Path feature = feature(CALL.formatted("bob gets the call"));
        try (ReportFolderLock first = ReportFolderLock.take(folder.resolve("reports"))) {
            Run refused = run(feature);

            assertEquals(1, refused.exit, refused.out);
            assertTrue(err.toString().contains("is being written by another connect-sim (process "
                    + ProcessHandle.current().pid() + ")"), err.toString());
        }
    }

    /** The test feature file as the run lists it: relative to the working directory when under it. */
    private String place() {
        Path file = folder.resolve("features").resolve("test.feature");
        Path here = Path.of("").toAbsolutePath();
        return file.startsWith(here) ? here.relativize(file).toString() : file.toString();
    }

    private Path feature(String scenarios) throws IOException {
        Path file = folder.resolve("features").resolve("test.feature");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Feature: run command\n\n" + scenarios);
        return file;
    }

    private Run run(Path feature) {
        return run(List.of("run", "--features", feature.toString(), "--report", folder.resolve("reports").toString(),
                "--threads", "1"));
    }

    private Run run(List<String> args) {
        Cli cli = new Cli();
        int exit = cli.runPrintingToSystemOut(args.toArray(String[]::new));
        err.write(cli.err.toString());
        return new Run(exit, cli.out.toString());
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }

    private record Run(int exit, String out) {
    }
}

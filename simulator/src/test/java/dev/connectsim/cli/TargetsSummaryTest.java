package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code benchmarks/targets/summarize.py}, the table of issue 21's targets that {@code benchmarks/targets/run.sh}
 * prints after a batch: read from the outputs of a real batch (src/test/resources/targets/, the fourth session's),
 * then from the same outputs changed so that one target is missed. The benchmarks themselves are not run here.
 */
class TargetsSummaryTest {

    private static final Path SCRIPT = Path.of("..", "benchmarks", "targets", "summarize.py");
    private static final Path BATCH = Path.of("src", "test", "resources", "targets");

    @TempDir
    Path work;

    private record Summary(int exit, String out, String err) {
    }

    @BeforeEach
    void copyTheBatch() throws IOException {
        try (Stream<Path> files = Files.list(BATCH)) {
            for (Path file : files.toList()) {
                Files.copy(file, work.resolve(file.getFileName()));
            }
        }
    }

    private Summary summarize() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("python3", SCRIPT.toString(), work.toString()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Summary(process.waitFor(), out, err);
    }

    private static String line(String table, String target) {
        return table.lines().filter(l -> l.startsWith("| " + target)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + target + " in:\n" + table));
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = work.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(path, text.replace(from, to));
    }

    @Test
    void aBatchThatMeetsEveryTargetIsOneTableOfRunsAndMediansAndExitsZero() throws Exception {
        Summary summary = summarize();

        assertEquals(0, summary.exit, summary.err);
        assertTrue(summary.out.startsWith("commit 148ec6d; started 2026-12-08T00:47:42Z"), summary.out);
        assertEquals("| Median of 5 at 100,000 calls in memory: at least 50,000 calls per CPU second | 92,915; 89,872;"
                + " 95,041; 86,074; 112,860 (0 lost) | **92,915** | **Yes** |",
                line(summary.out, "Median of 5 at 100,000 calls"));
        assertEquals("| The suite in at most 5 s of wall time | 4.052, 3.736, 4.392, 4.253, 4.377 s (100 passed, 0"
                + " failed) | **4.253 s** | **Yes** |", line(summary.out, "The suite"));
        assertTrue(line(summary.out, "One-scenario run").contains("| **0.64** | **Yes** |"), summary.out);
        assertTrue(line(summary.out, "`fractionOfFloor`").contains("| **0.898** | **Yes** |"), summary.out);
        assertTrue(line(summary.out, "CPU per call at most 1.0 times the Go simulator's: sampleQueue")
                .contains("0.60, 0.21, 0.49, 0.59, 0.67 | **0.59** | **Yes** |"), summary.out);
        assertEquals("met: all 9 measured", summary.out.strip().lines().reduce((a, b) -> b).orElse(""));
    }

    @Test
    void aSuiteWhoseMedianIsOverFiveSecondsIsNotMetAndTheExitSaysSo() throws Exception {
        replace("fixed-cost.log", "run 4: wall 4.253", "run 4: wall 5.253");
        replace("fixed-cost.log", "run 1: wall 4.052", "run 1: wall 5.052");
        replace("fixed-cost.log", "run 3: wall 4.392", "run 3: wall 5.392");

        Summary summary = summarize();

        assertEquals(1, summary.exit, summary.out);
        assertTrue(line(summary.out, "The suite").endsWith("| **5.052 s** | **No** |"), summary.out);
        assertTrue(summary.out.contains("not met: 1 of 9 measured: The suite in at most 5 s of wall time"),
                summary.out);
    }

    @Test
    void aLostCallFailsTheInMemoryTargetsWhateverTheMedian() throws Exception {
        replace("bench-3.json", "\"lostContacts\":0", "\"lostContacts\":2");

        Summary summary = summarize();

        assertEquals(1, summary.exit, summary.out);
        assertTrue(line(summary.out, "Median of 5 at 100,000 calls").contains("(lost calls in run 3 (2))"),
                summary.out);
        assertTrue(line(summary.out, "Median of 5 at 100,000 calls").endsWith("| **No** |"), summary.out);
    }

    @Test
    void aScenarioThatFailedInASuiteRunFailsTheSuiteTarget() throws Exception {
        replace("fixed-cost.log", "run 2: wall 3.736, CPU 6.87 (100 passed, 0 failed)",
                "run 2: wall 3.736, CPU 6.87 (99 passed, 1 failed)");

        Summary summary = summarize();

        assertEquals(1, summary.exit, summary.out);
        assertTrue(line(summary.out, "The suite").contains("(100 passed, 0 failed; 99 passed, 1 failed)"),
                summary.out);
        assertTrue(line(summary.out, "The suite").endsWith("| **No** |"), summary.out);
    }

    @Test
    void theSideBySideLeftOutIsSaidInTheTableAndTheRestStillDecides() throws Exception {
        Files.delete(work.resolve("side-by-side.log"));

        Summary summary = summarize();

        assertEquals(0, summary.exit, summary.err);
        assertEquals("| CPU per call at most 1.0 times the Go simulator's on the same flows | left out (-) |  |"
                + " left out |", line(summary.out, "CPU per call"));
        assertEquals("met: all 5 measured (1 left out)", summary.out.strip().lines().reduce((a, b) -> b).orElse(""));
    }

    @Test
    void aMissingOrUnreadableOutputIsOneLineNamingTheFile() throws Exception {
        Path log = work.resolve("fixed-cost.log");
        String fixedCost = Files.readString(log);
        Files.delete(log);
        Summary missing = summarize();
        Files.writeString(log, fixedCost);
        Files.writeString(work.resolve("http-2.json"), "connect-sim: something went wrong\n");
        Summary unreadable = summarize();

        assertEquals(2, missing.exit);
        assertEquals(List.of("targets: " + work + ": no fixed-cost.log (expected the output of"
                + " benchmarks/fixed-cost/run.sh)"), missing.err.lines().toList());
        assertEquals(2, unreadable.exit);
        assertEquals(1, unreadable.err.lines().count(), unreadable.err);
        assertTrue(unreadable.err.startsWith("targets: " + work.resolve("http-2.json") + ": not the JSON line bench"
                + " prints"), unreadable.err);
        assertEquals("", unreadable.out, "no table from a batch it cannot read");

        Files.writeString(work.resolve("http-2.json"), "{\"lostContacts\": 0}\n");
        Summary incomplete = summarize();

        assertEquals(2, incomplete.exit);
        assertEquals(List.of("targets: " + work.resolve("http-2.json") + ": no fractionOfFloor in the bench's JSON"),
                incomplete.err.lines().toList());
    }
}

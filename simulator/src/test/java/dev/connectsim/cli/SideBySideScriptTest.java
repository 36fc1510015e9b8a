package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pieces of {@code benchmarks/side-by-side/run.sh} that need no Go: the project {@code extract-flows.py} writes
 * from a checkout (here a stand-in {@code simulator_test.go} with small flows under the real names) validates and
 * runs through {@code bench --number} with the Lambda answer and caller input of {@code calls.json}; and
 * {@code compare.py} refuses two runs whose paths differ. The script itself, with the Go simulator, is not run here.
 */
class SideBySideScriptTest {

    private static final Path SCRIPTS = Path.of("..", "benchmarks", "side-by-side");
    private static final Path STAND_IN = Path.of("src", "test", "resources", "side-by-side");

    @TempDir
    Path work;

    private static Process python(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String finish(Process process, int expectedExit) throws IOException, InterruptedException {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(expectedExit, process.waitFor(), output);
        return output;
    }

    private Path extracted() throws IOException, InterruptedException {
        Path project = work.resolve("project");
        finish(python(SCRIPTS.resolve("extract-flows.py").toString(), STAND_IN.toString(), project.toString()), 0);
        return project;
    }

    @Test
    void theExtractedFlowsAreCopiedByteForByteAndValidate() throws Exception {
        Path project = extracted();
        String goFile = Files.readString(STAND_IN.resolve("simulator_test.go"));
        String queue = Files.readString(project.resolve("flows/sampleQueue.json"));

        assertTrue(goFile.contains("var sampleQueue = `" + queue + "`"), queue);
        Cli cli = new Cli();
        assertEquals(0, cli.run("validate", "--project", project.toString()), cli.out + "" + cli.err);
    }

    /**
     * Each flow through {@code bench --number} as run.sh runs it: the Lambda answer {State: United Kingdom} takes the
     * Evaluate branch, the caller's 1 the menu's, and the queue named by an ARN of the exporting instance is found
     * by its id (its callers hang up waiting, no call lost).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "+441130000001|''|lookup check-state say-state bye|DISCONNECTED",
        "+441130000002|1|menu record bye|DISCONNECTED",
        "+441130000003|''|set-queue to-queue|QUEUED",
    })
    void eachFlowRunsWithTheInputAndAnswersCallsJsonGives(String number, String press, String path, String end)
            throws Exception {
        Path project = extracted();
        Cli cli = new Cli();
        List<String> args = new ArrayList<>(List.of("bench", "--project", project.toString(), "--number", number,
                "--agents", "0", "--contacts", "5", "--warm-up", "0", "--live", "0"));
        if (!press.isEmpty()) {
            args.addAll(List.of("--press", press));
        }

        int exit = cli.run(args.toArray(String[]::new));

        assertEquals(0, exit, cli.err.toString());
        JsonNode figures = cli.lastLineAsJson();
        List<String> blocks = new ArrayList<>();
        figures.get("path").forEach(step -> blocks.add(step.get("block").asText()));
        assertEquals(List.of(path.split(" ")), blocks, figures.get("path").toString());
        assertEquals(5, figures.get("flowRunEnds").get(end).asInt(), figures.toString());
        assertEquals(0, figures.get("lostContacts").asInt(), figures.toString());
    }

    @Test
    void comparingTwoRunsWhosePathsDifferFailsNamingTheFirstBlockApart() throws Exception {
        Path go = work.resolve("go.json");
        Path java = work.resolve("java.json");
        Files.writeString(go, "{\"calls\": 10, \"callsLikeTraced\": 10, \"cpuMicrosPerCall\": 5.0,"
                + " \"path\": [\"menu\", \"record\", \"bye\"]}\n");
        Files.writeString(java, "{\"contacts\": 10, \"processCpuMicrosPerContact\": 20.0, \"flowErrors\": 0,"
                + " \"lostContacts\": 0, \"flowRunEnds\": {\"DISCONNECTED\": 10}, \"path\": [{\"block\": \"menu\"},"
                + " {\"block\": \"bye\"}]}\n");

        String output = finish(python(SCRIPTS.resolve("compare.py").toString(), "pair", "sampleRecording",
                go.toString(), java.toString()), 1);

        assertTrue(output.startsWith("side-by-side: sampleRecording: the paths differ at block 2: the Go simulator"
                + " went menu > record > bye; connect-sim went menu > bye"), output);
    }
}

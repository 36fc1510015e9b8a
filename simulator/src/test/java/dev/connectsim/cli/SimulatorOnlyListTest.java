package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.harness.Divergences;
import dev.connectsim.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * features/simulator-only.yaml, the {@code @simulator-only} tags and the sandbox driver agree: with the tags
 * removed, a sandbox dry run skips exactly the listed scenarios (a step the driver cannot drive), and every other
 * scenario passes it.
 */
class SimulatorOnlyListTest {

    /** A scenario's section of a dry run: its header, the calls it would make, then how it ended. */
    private static final Pattern OUTCOME = Pattern.compile(
            "Scenario: (.*) \\((.*):(\\d+)\\)\\n(?:  (?!passed|skipped|FAILED).*\\n)*  (passed|skipped|FAILED)");

    private final Path features = Project.find().features();

    @TempDir
    Path folder;

    @Test
    void theListTheTagsAndWhatTheSandboxCanDriveAgree() throws IOException {
        Path untagged = folder.resolve("features");
        List<String> tagged = new ArrayList<>();
        try (Stream<Path> files = Files.walk(features)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".feature")).toList()) {
                Path copy = untagged.resolve(features.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                String text = Files.readString(file);
                tagged.addAll(taggedScenarios(features.relativize(file).toString(), text));
                Files.writeString(copy, text.replace(Divergences.TAG, ""));
            }
        }
        Cli cli = new Cli();
        cli.runPrintingToSystemOut("run", "--target", "sandbox", "--dry-run", "--sandbox-config",
                Project.find().root().resolve("sandbox.example.yaml").toString(), "--features", untagged.toString());
        Divergences list = Divergences.in(features);

        List<String> skipped = new ArrayList<>();
        Matcher outcome = OUTCOME.matcher(cli.out.toString());
        while (outcome.find()) {
            String feature = outcome.group(2);
            String scenario = outcome.group(1);
            assertTrue(!outcome.group(4).equals("FAILED"), "a dry run cannot fail: " + scenario + "\n" + cli.out);
            if (outcome.group(4).equals("skipped")) {
                skipped.add(scenario);
                assertTrue(list.reason(Path.of(feature).toUri(), scenario).isPresent(), "skipped on the sandbox but"
                        + " not in features/" + Divergences.FILE + ": " + feature + ": " + scenario);
            }
        }
        assertTrue(!skipped.isEmpty() && cli.out.toString().contains(" passed, 0 failed,"), cli.out.toString());
        for (Divergences.Entry entry : list.entries()) {
            assertTrue(skipped.stream().anyMatch(name -> list.reason(Path.of(entry.feature()).toUri(), name)
                    .isPresent()), "listed, but the sandbox can drive it: " + entry);
            assertTrue(tagged.contains(entry.feature() + ": " + entry.scenario()), "listed, but not tagged "
                    + Divergences.TAG + ": " + entry);
        }
        assertEquals(list.entries().size(), tagged.size(), "tagged " + Divergences.TAG + ": " + tagged);
    }

    /** "transfers/x.feature: name" of each scenario whose tag line holds the tag. */
    private static List<String> taggedScenarios(String feature, String text) {
        List<String> names = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            Matcher scenario = Pattern.compile("\\s*Scenario(?: Outline)?: (.*)").matcher(lines.get(i));
            if (scenario.matches() && lines.get(i - 1).contains(Divergences.TAG)) {
                names.add(feature + ": " + scenario.group(1).strip());
            }
        }
        return names;
    }
}

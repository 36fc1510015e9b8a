package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.connectsim.cli.ScenarioSelection.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which scenarios of a run open a CCP page, so that the run starts Node.js for those only. */
class PageHostStartTest {

    @Test
    void onlyScenariosInFeaturesWithACcpStepCountAndABackgroundsStepCountsForAll(@TempDir Path temp)
            throws IOException {
        Path ccp = Files.writeString(temp.resolve("ccp.feature"), """
                Feature: CCP
                  Background:
                    Given alice's CCP runs "ccp/transfers.js"
                  Scenario: one
                    When a customer calls from +15550100 and waits in BasicQueue
                  Scenario: two
                    When a customer calls from +15550100 and waits in BasicQueue
                """);
        Path own = Files.writeString(temp.resolve("own.feature"), """
                Feature: own Streams
                  Scenario: on an older release
                    Given bob's CCP loads Streams from "vendor/connect-streams.js"
                """);
        Path java = Files.writeString(temp.resolve("java.feature"), """
                Feature: Java recipe
                  The agent's CCP runs nothing here; alice's CCP is only mentioned in this text.
                  Scenario: cold
                    When alice cold-transfers the call to +15550199
                """);

        assertEquals(3, PageHostStart.pageScenarios(scenarios(temp, ccp, own, java)));
        assertEquals(0, PageHostStart.pageScenarios(scenarios(temp, java)), "no Node.js for Java recipes");
    }

    @Test
    void theTeamsOwnBundlesAreTheStepsPathsWithEachExamplesRowFilledIn(@TempDir Path temp) throws IOException {
        Path outline = Files.writeString(temp.resolve("outline.feature"), """
                Feature: two releases
                  Scenario Outline: on <release>
                    Given alice's CCP loads Streams from "vendor/<folder>/connect-streams.js"
                    When a customer calls from +15550100 and waits in BasicQueue

                    Examples:
                      | release | folder |
                      | new     | v2.28  |
                      | old     | v2.14  |

                  Scenario: a literal path
                    Given bob's CCP loads Streams from "vendor/mine.js"
                """);

        assertEquals(Set.of("vendor/v2.28/connect-streams.js", "vendor/v2.14/connect-streams.js", "vendor/mine.js"),
                PageHostStart.ownBundles(scenarios(temp, outline)));
    }

    /** The scenarios of {@code files} as a run selects them, with their steps as Cucumber compiles them. */
    private static List<Scenario> scenarios(Path root, Path... files) {
        List<FeatureArgument> arguments = Stream.of(files).map(f -> FeatureArgument.parse(f.toString())).toList();
        return ScenarioSelection.of(root, arguments, null, null).scenarios();
    }
}

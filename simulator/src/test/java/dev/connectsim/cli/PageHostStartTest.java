package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.connectsim.cli.ScenarioSelection.Scenario;
import dev.connectsim.streams.NodeHost;
import dev.connectsim.streams.NodeHosts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which scenarios of a run open a CCP page, so that the run starts Node.js for those only, and prunes the hosts'
 * code cache then.
 */
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

    /**
     * A run that opens pages keeps the hosts' code of the 8 bundles used last: starting its hosts removes those used
     * longest ago, and what a host left half written an hour ago or more; a run that opens none leaves the cache.
     */
    @Test
    void aRunThatOpensPagesKeepsTheCodeOfTheBundlesUsedLastAndNothingHalfWritten(@TempDir Path temp)
            throws IOException {
        Path cache = Files.createDirectories(temp.resolve("v8"));
        Instant tenDaysAgo = Instant.now().minus(Duration.ofDays(10));
        List<Path> older = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            Path file = Files.writeString(cache.resolve("older-" + i + ".v8"), "another bundle's code");
            Files.setLastModifiedTime(file, FileTime.from(tenDaysAgo.minus(Duration.ofHours(i))));
            older.add(file);
        }
        Path stale = Files.writeString(cache.resolve("x.v8.1.partial"), "a host ended while writing");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path writing = Files.writeString(cache.resolve("y.v8.2.partial"), "a host writing now");
        Set<Path> all = files(cache);
        Path java = Files.writeString(temp.resolve("java.feature"), """
                Feature: Java recipe
                  Scenario: cold
                    When alice cold-transfers the call to +15550199
                """);
        Path ccp = Files.writeString(temp.resolve("ccp.feature"), """
                Feature: CCP
                  Scenario: one
                    Given alice's CCP runs "ccp/transfers.js"
                """);

        String property = System.getProperty(NodeHost.CODE_CACHE_PROPERTY);
        System.setProperty(NodeHost.CODE_CACHE_PROPERTY, cache.toString());
        Set<Path> afterJava;
        try {
            PageHostStart.forRun(scenarios(temp, java), 1, temp);
            afterJava = files(cache);
            PageHostStart.forRun(scenarios(temp, ccp), 1, temp);
        } finally {
            NodeHosts.closeAll();
            if (property == null) {
                System.clearProperty(NodeHost.CODE_CACHE_PROPERTY);
            } else {
                System.setProperty(NodeHost.CODE_CACHE_PROPERTY, property);
            }
        }

        assertEquals(all, afterJava, "no page, no Node.js, nothing pruned");
        Set<Path> expected = new HashSet<>(older.subList(0, 8));
        expected.add(writing);
        assertEquals(expected, files(cache), "the 8 used last and the partial of now");
    }

    private static Set<Path> files(Path folder) throws IOException {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.collect(Collectors.toSet());
        }
    }

    /** The scenarios of {@code files} as a run selects them, with their steps as Cucumber compiles them. */
    private static List<Scenario> scenarios(Path root, Path... files) {
        List<FeatureArgument> arguments = Stream.of(files).map(f -> FeatureArgument.parse(f.toString())).toList();
        return ScenarioSelection.of(root, arguments, null, null).scenarios();
    }
}

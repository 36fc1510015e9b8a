package dev.connectsim.harness.gherkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.GherkinDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Issue 16: a Scenario Outline without Examples ran as one scenario whose {@code <placeholders>} made its steps
 * undefined, and one whose Examples had no rows ran nothing and said nothing (and made the Allure plugin fail every
 * scenario of its file).
 */
class OutlineExamplesCheckTest {

    private static final String PASSING = """
              Scenario: time passes
                When 1 second passes
            """;

    @TempDir
    Path folder;

    @Test
    void anOutlineWithoutExamplesIsNamedWithItsFileAndLine() {
        assertEquals(List.of("features/x.feature:5: Scenario Outline 'a caller' has no Examples: table; expected"
                + " Examples: with a header row and a row per example below it (or the keyword Scenario for a single"
                + " case)"), problems("""
                Feature: calls

                  Scenario: fine
                    When 1 second passes
                  Scenario Outline: a caller
                    When a customer calls <number> from +15550100
                """));
    }

    @Test
    void examplesWithoutRowsAreNamedWithTheirLine() {
        assertEquals(List.of("features/x.feature:6: the Examples of Scenario Outline 'a caller' have no rows, so they"
                + " run nothing; expected a header row and a row per example below it",
                "features/x.feature:14: the Scenarios of Scenario Template 'another' have no rows, so they run nothing;"
                + " expected a header row and a row per example below it"), problems("""
                Feature: calls

                  Scenario Outline: a caller
                    When a customer calls <number> from +15550100

                    Examples:

                    Examples:
                      | number       |
                      | +18005550100 |

                  Scenario Template: another
                    When a customer calls <number> from +15550100
                    Scenarios:
                      | number |
                """));
    }

    @Test
    void anOutlineInARuleOrInAnotherLanguageIsCheckedToo() {
        assertEquals(List.of("features/x.feature:4: Scenario Outline 'in a rule' has no Examples: table; expected"
                + " Examples: with a header row and a row per example below it (or the keyword Scenario for a single"
                + " case)"), problems("""
                Feature: calls

                  Rule: one rule
                    Scenario Outline: in a rule
                      When <n> seconds pass
                """));
        assertEquals(1, problems("""
                # language: fr
                Fonctionnalité: appels

                  Plan du scénario: un appel
                    Quand <n> seconds pass
                """).size());
    }

    @Test
    void scenariosAndOutlinesWithRowsPass() {
        assertEquals(List.of(), problems("""
                Feature: calls

                  Scenario: plain
                    When 1 second passes

                  Scenario Outline: a caller
                    When <n> seconds pass

                    Examples:
                      | n |
                      | 1 |
                """));
    }

    @Test
    void theJunitPlatformSuiteFailsTheFeatureWithTheProblem() throws IOException {
        write("features/a.feature", "Feature: a\n\n" + PASSING + "\n  Scenario Outline: none\n"
                + "    When <n> seconds pass\n\n    Examples:\n");
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectDirectory(folder.resolve("features").toFile()))
                .filters(EngineFilter.includeEngines("cucumber"))
                .configurationParameter("cucumber.glue", "dev.connectsim.harness.steps")
                .configurationParameter("cucumber.plugin", OutlineExamplesCheck.class.getName())
                .configurationParameter("cucumber.execution.parallel.enabled", "false")
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();

        LauncherFactory.create().execute(request, listener);

        TestExecutionSummary summary = listener.getSummary();
        assertEquals(0, summary.getTestsSucceededCount(), "the feature does not run");
        assertEquals(1, summary.getTotalFailureCount());
        String message = summary.getFailures().get(0).getException().getMessage();
        assertTrue(message.endsWith("a.feature:9: the Examples of Scenario Outline 'none' have no rows, so they run"
                + " nothing; expected a header row and a row per example below it"), message);
    }

    private static List<String> problems(String gherkin) {
        GherkinDocument document = GherkinParser.builder().includeSource(false).includePickles(false).build()
                .parse("features/x.feature", gherkin.getBytes(StandardCharsets.UTF_8))
                .map(Envelope::getGherkinDocument).flatMap(Optional::stream).findFirst().orElseThrow();
        return OutlineExamplesCheck.problems(document);
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}

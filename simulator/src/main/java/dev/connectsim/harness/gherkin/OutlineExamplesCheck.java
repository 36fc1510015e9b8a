package dev.connectsim.harness.gherkin;

import io.cucumber.gherkin.GherkinDialect;
import io.cucumber.gherkin.GherkinDialects;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A Cucumber plugin that refuses a feature file holding a Scenario Outline that would run no example: one without
 * an {@code Examples:} table (Cucumber runs it once as a plain scenario, its {@code <placeholders>} unfilled, so its
 * steps are reported as undefined), or with an {@code Examples:} table that has no rows (Cucumber runs nothing and
 * says nothing). The run stops with one line naming the file and the line of the outline or of its examples.
 *
 * <p>Design note: the JUnit Platform engine publishes each parsed feature file before it runs its scenarios and
 * fails the feature with what a plugin throws then; Cucumber's command-line runtime drops such an exception, so
 * {@code connect-sim run} calls {@link #check} on each feature file as it chooses the scenarios, before it starts
 * Cucumber. Both find the same problems.
 */
public final class OutlineExamplesCheck implements ConcurrentEventListener {

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(Envelope.class, envelope -> envelope.getGherkinDocument()
                .ifPresent(OutlineExamplesCheck::check));
    }

    /**
     * Checks one parsed feature file.
     *
     * @throws MissingExamples for its first outline that runs no example
     */
    public static void check(GherkinDocument document) {
        List<String> problems = problems(document);
        if (!problems.isEmpty()) {
            throw new MissingExamples(problems.get(0));
        }
    }

    /** One line per outline of {@code document} that runs no example, in the order of the file. */
    static List<String> problems(GherkinDocument document) {
        String file = document.getUri().map(OutlineExamplesCheck::place).orElse("a feature file");
        List<String> problems = new ArrayList<>();
        document.getFeature().ifPresent(feature -> {
            List<String> outlineKeywords = GherkinDialects.getDialect(feature.getLanguage())
                    .map(GherkinDialect::getScenarioOutlineKeywords).orElse(List.of("Scenario Outline"));
            scenarios(feature.getChildren()).forEach(scenario -> problems.addAll(problems(file, scenario,
                    outlineKeywords)));
        });
        return problems;
    }

    private static List<String> problems(String file, Scenario scenario, List<String> outlineKeywords) {
        boolean outline = outlineKeywords.contains(scenario.getKeyword().strip());
        String name = scenario.getKeyword().strip() + " '" + scenario.getName() + "'";
        if (scenario.getExamples().isEmpty()) {
            return outline ? List.of(file + ":" + scenario.getLocation().getLine() + ": " + name + " has no"
                    + " Examples: table; expected Examples: with a header row and a row per example below it (or the"
                    + " keyword Scenario for a single case)") : List.of();
        }
        List<String> problems = new ArrayList<>();
        for (Examples examples : scenario.getExamples()) {
            if (examples.getTableBody().isEmpty()) {
                problems.add(file + ":" + examples.getLocation().getLine() + ": the " + examples.getKeyword().strip()
                        + " of " + name + " have no rows, so they run nothing; expected a header row and a row per"
                        + " example below it");
            }
        }
        return problems;
    }

    private static Stream<Scenario> scenarios(List<FeatureChild> children) {
        return children.stream().flatMap(child -> Stream.concat(child.getScenario().stream(),
                child.getRule().stream().flatMap(rule -> rule.getChildren().stream()
                        .map(RuleChild::getScenario).flatMap(Optional::stream))));
    }

    /** A feature file as a person would type it: relative to the working directory when under it. */
    private static String place(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (!"file".equals(parsed.getScheme())) {
                return uri;
            }
            Path path = Path.of(parsed);
            Path here = Path.of("").toAbsolutePath();
            return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
        } catch (IllegalArgumentException e) {
            return uri;
        }
    }
}

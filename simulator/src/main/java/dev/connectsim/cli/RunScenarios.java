package dev.connectsim.cli;

import dev.connectsim.cli.ScenarioSelection.Scenario;
import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The scenarios {@code run} executes, from its {@code --features}, {@code --tags} and {@code --shard}: the arguments
 * checked (a missing path, a line on a folder, a line that holds no scenario and a tag expression that does not parse
 * are bad usage), the scenarios selected ({@link ScenarioSelection}; none at all is a failure saying why) and this
 * shard's part of them taken ({@link Shard}).
 *
 * @param scenarios the scenarios to run, by place and line; empty only for a shard that got none
 * @param selected how many scenarios the features and tags select, before the split
 * @param shard the shard, or null for the whole selection
 */
record RunScenarios(List<Scenario> scenarios, int selected, Shard shard) {

    /**
     * Chooses the scenarios of the project at {@code root}; {@code features} empty means its {@code features/}
     * folder, {@code tags} and {@code shard} may be null. Bad usage is a {@link ParameterException} of
     * {@code commandLine}; no scenario at all an {@link IllegalStateException} saying why.
     */
    static RunScenarios choose(CommandLine commandLine, Path root, List<Path> features, String tags, Shard shard) {
        Expression expression = null;
        if (tags != null) {
            try {
                expression = TagExpressionParser.parse(tags);
            } catch (TagExpressionException e) {
                throw new ParameterException(commandLine, "--tags '" + tags + "' is not a tag expression: "
                        + e.getMessage());
            }
        }
        List<FeatureArgument> arguments = new ArrayList<>();
        if (features.isEmpty()) {
            arguments.add(new FeatureArgument(root.resolve("features"), Collections.emptySortedSet()));
        }
        for (Path feature : features) {
            FeatureArgument argument;
            try {
                argument = FeatureArgument.parse(feature.toString());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(commandLine, e.getMessage());
            }
            if (!Files.exists(argument.path())) {
                throw new ParameterException(commandLine, "no such feature file or folder: " + argument.path());
            }
            if (!argument.lines().isEmpty() && !Files.isRegularFile(argument.path())) {
                throw new ParameterException(commandLine, argument + ": a line number needs a feature file, and "
                        + argument.path() + " is a folder");
            }
            arguments.add(argument);
        }
        ScenarioSelection selection;
        try {
            selection = ScenarioSelection.of(root, arguments, expression, tags);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, e.getMessage());
        }
        List<Scenario> all = selection.scenarios();
        if (all.isEmpty()) {
            throw new IllegalStateException(selection.whyNone());
        }
        return new RunScenarios(shard == null ? all : shard.of(all), all.size(), shard);
    }

    /** The scenarios as Cucumber's feature arguments: one {@code file:line:line...} per feature file. */
    List<String> cucumberArguments() {
        Map<Path, List<Integer>> lines = new LinkedHashMap<>();
        scenarios.forEach(s -> lines.computeIfAbsent(s.file(), file -> new ArrayList<>()).add(s.line()));
        return lines.entrySet().stream().map(entry -> entry.getKey() + entry.getValue().stream()
                .map(line -> ":" + line).collect(Collectors.joining())).toList();
    }

    /** What a shard that got no scenario says: it passes, and why it is empty. */
    String emptyShardLine() {
        return "shard " + shard + " has no scenario (" + selected + " selected for " + shard.count()
                + " shards); it passes, with empty reports";
    }
}

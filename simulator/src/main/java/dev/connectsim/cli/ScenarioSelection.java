package dev.connectsim.cli;

import dev.connectsim.harness.gherkin.OutlineExamplesCheck;
import dev.connectsim.text.NearestName;
import io.cucumber.core.feature.FeatureParser;
import io.cucumber.core.gherkin.Feature;
import io.cucumber.core.gherkin.Pickle;
import io.cucumber.core.gherkin.Step;
import io.cucumber.core.resource.Resource;
import io.cucumber.messages.types.Envelope;
import io.cucumber.plugin.event.Location;
import io.cucumber.tagexpressions.Expression;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The scenarios a run executes, found before Cucumber starts, so that the run can refuse to run nothing (saying
 * why), deal the scenarios out to shards and size its progress bar. They are Cucumber's own: every {@code *.feature}
 * file below the folders given and the files given, parsed with Cucumber's parser, kept when a line given with their
 * file is theirs (Cucumber's rule: the line of the scenario, of its example row, or of its Examples, Rule or Feature
 * keyword) and when their tags satisfy the tag expression.
 *
 * <p>Design note: the selection is handed to Cucumber as {@code file:line} arguments, one line per scenario, so what
 * runs is exactly what was counted and split, and the tag expression need not be passed again.
 */
final class ScenarioSelection {

    /**
     * One scenario, or one example row of a Scenario Outline.
     *
     * @param file the feature file, absolute
     * @param place the feature file from the project folder, with {@code /} ({@code features/x.feature}); its
     *     absolute path when it is outside the project
     * @param line the line of the scenario, or of the example row
     * @param name the scenario's name
     * @param steps the text of each of its steps, its Background's first, an outline's placeholders filled in from
     *     its example row
     */
    record Scenario(Path file, String place, int line, String name, List<String> steps)
            implements Comparable<Scenario> {

        Scenario {
            steps = List.copyOf(steps);
        }

        private static final Comparator<Scenario> ORDER = Comparator.comparing(Scenario::place)
                .thenComparingInt(Scenario::line);

        @Override
        public int compareTo(Scenario other) {
            return ORDER.compare(this, other);
        }
    }

    private static final Pattern TAG = Pattern.compile("@[^\\s()]+");

    private final List<Scenario> scenarios;
    private final String whyNone;

    private ScenarioSelection(List<Scenario> scenarios, String whyNone) {
        this.scenarios = List.copyOf(scenarios);
        this.whyNone = whyNone;
    }

    /** The scenarios sorted by place and line. */
    List<Scenario> scenarios() {
        return scenarios;
    }

    /** When there is no scenario, one sentence saying why: no feature file, no scenario, or no tag matched. */
    String whyNone() {
        return whyNone;
    }

    /**
     * The scenarios of the project at {@code root} that {@code arguments} and the tag expression {@code tags} (null
     * for none; {@code tagsText} as the user wrote it) select. Each path must exist. A line that holds no scenario
     * is an {@link IllegalArgumentException} naming the nearest scenario; a file that is not Gherkin is Cucumber's
     * parse error, with the file and the place; a Scenario Outline that would run no example is
     * {@link OutlineExamplesCheck}'s one line. Each file is parsed once, for both.
     */
    static ScenarioSelection of(Path root, List<FeatureArgument> arguments, Expression tags, String tagsText) {
        Map<Path, SortedSet<Integer>> lines = new TreeMap<>();
        Map<Path, FeatureArgument> files = new TreeMap<>();
        for (FeatureArgument argument : arguments) {
            Path path = argument.path().toAbsolutePath().normalize();
            if (!argument.lines().isEmpty()) {
                lines.computeIfAbsent(path, p -> new TreeSet<>()).addAll(argument.lines());
                files.putIfAbsent(path, argument);
            } else if (Files.isDirectory(path)) {
                featureFiles(path).forEach(file -> files.putIfAbsent(file, argument));
            } else if (path.getFileName().toString().endsWith(".feature")) {
                files.putIfAbsent(path, argument);
            }
        }
        String given = arguments.stream().map(FeatureArgument::toString).collect(Collectors.joining(", "));
        if (files.isEmpty()) {
            return new ScenarioSelection(List.of(), "no feature file (*.feature) in " + given);
        }
        List<Scenario> all = new ArrayList<>();
        List<Scenario> selected = new ArrayList<>();
        List<String> tagsInUse = new ArrayList<>();
        FeatureParser parser = new FeatureParser(UUID::randomUUID);
        Map<Path, List<Pickle>> parsed = new TreeMap<>();
        for (Path file : files.keySet()) {
            Optional<Feature> feature = parse(parser, file);
            feature.ifPresent(ScenarioSelection::checkOutlines);
            parsed.put(file, feature.map(Feature::getPickles).orElse(List.of()));
        }
        for (Map.Entry<Path, FeatureArgument> entry : files.entrySet()) {
            Path file = entry.getKey();
            List<Pickle> pickles = parsed.get(file);
            SortedSet<Integer> wanted = lines.get(file);
            if (wanted != null) {
                wanted.forEach(line -> requireScenarioAt(entry.getValue().path(), line, pickles));
            }
            for (Pickle pickle : pickles) {
                if (wanted != null && wanted.stream().noneMatch(line -> holds(pickle, line))) {
                    continue;
                }
                Scenario scenario = new Scenario(file, place(root, file), pickle.getLocation().getLine(),
                        pickle.getName(), pickle.getSteps().stream().map(Step::getText).toList());
                all.add(scenario);
                pickle.getTags().stream().filter(tag -> !tagsInUse.contains(tag)).forEach(tagsInUse::add);
                if (tags == null || tags.evaluate(pickle.getTags())) {
                    selected.add(scenario);
                }
            }
        }
        selected.sort(null);
        if (all.isEmpty()) {
            return new ScenarioSelection(selected, files.size() == 1
                    ? place(Path.of("").toAbsolutePath(), files.keySet().iterator().next()) + " has no scenario"
                    : "none of the " + files.size() + " feature files in " + given + " has a scenario");
        }
        return new ScenarioSelection(selected, selected.isEmpty() ? "no scenario matches --tags '" + tagsText + "'"
                + whyNoTag(tagsText, tagsInUse, all.size()) : "");
    }

    /**
     * Fails on the first Scenario Outline of {@code feature} that would run no example ({@link OutlineExamplesCheck}).
     */
    private static void checkOutlines(Feature feature) {
        for (Object event : feature.getParseEvents()) {
            if (event instanceof Envelope envelope) {
                envelope.getGherkinDocument().ifPresent(OutlineExamplesCheck::check);
            }
        }
    }

    /** Every {@code *.feature} file below {@code folder}, following links as Cucumber does. */
    private static List<Path> featureFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(file -> file.getFileName().toString().endsWith(".feature"))
                    .filter(Files::isRegularFile).map(Path::normalize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the feature files in " + folder, e);
        }
    }

    private static Optional<Feature> parse(FeatureParser parser, Path file) {
        return parser.parseResource(new Resource() {
            @Override
            public URI getUri() {
                return file.toUri();
            }

            @Override
            public InputStream getInputStream() throws IOException {
                return Files.newInputStream(file);
            }
        });
    }

    /** Cucumber's LinePredicate: the line of the scenario or example row, or of its Examples, Rule or Feature. */
    private static boolean holds(Pickle pickle, int line) {
        return pickle.getLocation().getLine() == line || pickle.getScenarioLocation().getLine() == line
                || pickle.getExamplesLocation().map(Location::getLine).filter(l -> l == line).isPresent()
                || pickle.getRuleLocation().map(Location::getLine).filter(l -> l == line).isPresent()
                || pickle.getFeatureLocation().map(Location::getLine).filter(l -> l == line).isPresent();
    }

    private static void requireScenarioAt(Path given, int line, List<Pickle> pickles) {
        if (pickles.stream().anyMatch(pickle -> holds(pickle, line))) {
            return;
        }
        String nearest = pickles.stream()
                .min(Comparator.comparingInt((Pickle p) -> Math.abs(p.getLocation().getLine() - line)))
                .map(p -> "the nearest is '" + p.getName() + "' at line " + p.getLocation().getLine())
                .orElse("the file has no scenario");
        throw new IllegalArgumentException(given + ":" + line + ": no scenario at line " + line + "; " + nearest);
    }

    /** Why no scenario satisfied the tags: a tag nobody uses (with the nearest one), or the tags in use. */
    private static String whyNoTag(String tagsText, List<String> tagsInUse, int scenarios) {
        List<String> unknown = new ArrayList<>();
        Matcher matcher = TAG.matcher(tagsText);
        while (matcher.find()) {
            if (!tagsInUse.contains(matcher.group())) {
                unknown.add(matcher.group());
            }
        }
        String inUse = tagsInUse.isEmpty() ? "no scenario has a tag"
                : "the tags in use are " + String.join(", ", tagsInUse.stream().sorted().toList());
        if (unknown.isEmpty()) {
            return " (" + scenarios + " scenarios looked at; " + inUse + ")";
        }
        String first = unknown.get(0);
        String hint = NearestName.hint(tagsInUse, first);
        return ": no scenario has the tag " + first + (hint.isEmpty() ? "; " + inUse : hint);
    }

    /** {@code file} from {@code root} with {@code /}, or its absolute path when it is outside. */
    static String place(Path root, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path from = root.toAbsolutePath().normalize();
        String place = absolute.startsWith(from) ? from.relativize(absolute).toString() : absolute.toString();
        return place.replace(File.separatorChar, '/');
    }
}

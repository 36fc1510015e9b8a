package dev.connectsim.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code --features} argument: a feature file or folder, and for a file the lines of the scenarios to run, as
 * Cucumber writes them: {@code features/x.feature:12} or {@code features/x.feature:12:30}.
 *
 * @param path the file or folder, as given
 * @param lines the lines given after the path; empty for the whole file or folder
 */
record FeatureArgument(Path path, SortedSet<Integer> lines) {

    /** Cucumber's own rule: a path, then a colon and digits, any number of times. */
    private static final Pattern WITH_LINES = Pattern.compile("^(.*?):([\\d:]+)$");

    /** {@code text} split into its path and lines; a malformed line list is an {@link IllegalArgumentException}. */
    static FeatureArgument parse(String text) {
        Matcher matcher = WITH_LINES.matcher(text);
        if (!matcher.matches() || matcher.group(1).isEmpty()) {
            return new FeatureArgument(Path.of(text), Collections.emptySortedSet());
        }
        SortedSet<Integer> lines = new TreeSet<>();
        for (String line : matcher.group(2).split(":", -1)) {
            try {
                lines.add(Integer.parseInt(line));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(text + ": expected FILE:LINE or FILE:LINE:LINE..., such as"
                        + " features/x.feature:12:30, where each LINE is the line of a scenario");
            }
        }
        return new FeatureArgument(Path.of(matcher.group(1)), Collections.unmodifiableSortedSet(lines));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(path.toString());
        lines.forEach(line -> text.append(':').append(line));
        return text.toString();
    }
}

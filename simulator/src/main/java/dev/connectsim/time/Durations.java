package dev.connectsim.time;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in options and files: {@code 250ms}, {@code 5s}, {@code 2m}. */
public final class Durations {

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m)");

    private Durations() {
    }

    /**
     * The duration {@code text} writes: a whole number followed by {@code ms}, {@code s} or {@code m}, with no
     * space between; surrounding blanks are ignored.
     *
     * @throws IllegalArgumentException "'5' is not a duration; expected a whole number with ms, s or m, such as 5s"
     */
    public static Duration parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = FORM.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; expected a whole number with "
                    + "ms, s or m, such as 5s");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
    }
}

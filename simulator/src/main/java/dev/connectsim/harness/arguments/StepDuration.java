package dev.connectsim.harness.arguments;

import dev.connectsim.text.NearestName;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration as a step writes it: {@code 300 ms}, {@code 8 seconds}, {@code 1.5 s}, {@code 2 minutes},
 * {@code 1 hour}, {@code 7 days}; from 0 to {@link #LONGEST}.
 *
 * <p>Design note: the step's parameter type matches any number followed by any word, so a wrong unit or a negative
 * amount reaches {@link #parse} and gets a message naming it, instead of the step being reported as undefined. The
 * bound keeps a step from waiting for virtual months: with contacts alive, each virtual day costs about 0.4 s of
 * wall time (REFRESH ticks and other periodic events).
 */
public final class StepDuration {

    /**
     * The longest duration a step takes: 7 days, the longest timed wait Amazon Connect documents (a Wait block's
     * timeout is at most 604,800 s; a chat lasts up to 7 days, a task at most 7 days).
     */
    public static final Duration LONGEST = Duration.ofDays(7);

    /** What the parameter type matches: an amount, possibly negative or with decimals, and a word. */
    public static final String FORM = "-?\\d+(?:\\.\\d+)? ?[A-Za-z]+";

    private static final Pattern PARTS = Pattern.compile("(-?\\d+(?:\\.\\d+)?) ?([A-Za-z]+)");
    private static final Map<String, Long> MILLIS_PER_UNIT = units();
    private static final String EXPECTED = "a number and a unit (ms, s, seconds, minutes, hours or days), such as"
            + " 8 seconds";

    private StepDuration() {
    }

    /**
     * The duration {@code written} says.
     *
     * @throws MalformedArgument when it is not a number and a known unit, is negative or longer than {@link #LONGEST}
     */
    public static Duration parse(String written) {
        Matcher parts = PARTS.matcher(written.strip());
        if (!parts.matches()) {
            throw MalformedArgument.notA("a duration", written, "expected " + EXPECTED);
        }
        String unit = parts.group(2);
        Long millisPerUnit = MILLIS_PER_UNIT.get(unit);
        if (millisPerUnit == null) {
            throw MalformedArgument.notA("a duration", written, "unknown unit '" + unit + "'"
                    + NearestName.hint(MILLIS_PER_UNIT.keySet(), unit) + "; expected " + EXPECTED);
        }
        BigDecimal amount = new BigDecimal(parts.group(1));
        if (amount.signum() < 0) {
            throw MalformedArgument.notA("a duration", written, "it is negative; expected 0 or more, such as"
                    + " 8 seconds");
        }
        BigDecimal millis = amount.multiply(BigDecimal.valueOf(millisPerUnit)).setScale(0, RoundingMode.HALF_UP);
        if (millis.compareTo(BigDecimal.valueOf(LONGEST.toMillis())) > 0) {
            throw MalformedArgument.outOfRange("a duration", written, "expected at most 7 days, the longest timed"
                    + " wait Amazon Connect documents (a Wait block's timeout, a chat, a task)");
        }
        return Duration.ofMillis(millis.longValueExact());
    }

    private static Map<String, Long> units() {
        Map<String, Long> units = new LinkedHashMap<>();
        units.put("ms", 1L);
        units.put("millisecond", 1L);
        units.put("milliseconds", 1L);
        units.put("s", 1_000L);
        units.put("second", 1_000L);
        units.put("seconds", 1_000L);
        units.put("minute", 60_000L);
        units.put("minutes", 60_000L);
        units.put("hour", 3_600_000L);
        units.put("hours", 3_600_000L);
        units.put("day", 86_400_000L);
        units.put("days", 86_400_000L);
        return Collections.unmodifiableMap(units);
    }
}

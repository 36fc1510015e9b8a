package dev.connectsim.setup;

import dev.connectsim.routing.AgentBehavior;
import dev.connectsim.routing.HoursOfOperation.OpenRange;
import dev.connectsim.text.NearestName;
import dev.connectsim.time.Durations;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the values of the instance file that are written as text: durations, days, time ranges, zones, behaviours. */
final class Values {

    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*");
    private static final Pattern BEHAVIOR = Pattern.compile("(accepts|rejects)\\s+after\\s+(.+)");
    private static final List<String> DAYS = Arrays.stream(DayOfWeek.values()).map(DayOfWeek::name).toList();
    private static final String RANGE_FORM = "a time range such as 09:00-17:00 (an end of 00:00 is midnight)";

    private Values() {
    }

    /** A duration such as {@code 300ms}, {@code 5s} or {@code 2m}. */
    static Duration duration(Setting setting) {
        String text = setting.text("a duration such as 300ms, 5s or 2m");
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw setting.error(e.getMessage(), e);
        }
    }

    /** A day of the week, {@code MONDAY} to {@code SUNDAY}, in any case. */
    static DayOfWeek day(Setting.Named entry) {
        String wanted = entry.key().strip().toUpperCase(Locale.ROOT);
        if (!DAYS.contains(wanted)) {
            throw entry.keyError("expected a day of the week (" + String.join(", ", DAYS) + "), found '"
                    + entry.key() + "'" + NearestName.hint(DAYS, wanted), null);
        }
        return DayOfWeek.valueOf(wanted);
    }

    /** The open ranges of one day: {@code "09:00-17:00"}, {@code "09:00-12:00, 13:00-17:00"} or a list of ranges. */
    static List<OpenRange> ranges(DayOfWeek day, Setting setting) {
        if (setting.node().kind() == YamlNode.Kind.LIST) {
            return setting.items("a list of time ranges").stream()
                    .flatMap(item -> ranges(day, item, item.text(RANGE_FORM)).stream()).toList();
        }
        return ranges(day, setting, setting.text(RANGE_FORM + ", or a list of them"));
    }

    private static List<OpenRange> ranges(DayOfWeek day, Setting setting, String text) {
        return Arrays.stream(text.split(",")).map(part -> range(day, setting, part)).toList();
    }

    private static OpenRange range(DayOfWeek day, Setting setting, String text) {
        Matcher matcher = RANGE.matcher(text);
        if (!matcher.matches()) {
            throw setting.error("expected " + RANGE_FORM + ", found '" + text.strip() + "'");
        }
        LocalTime start = time(setting, text, matcher.group(1), matcher.group(2), false);
        LocalTime end = time(setting, text, matcher.group(3), matcher.group(4), true);
        try {
            return new OpenRange(day, start, end);
        } catch (IllegalArgumentException e) {
            throw setting.error(e.getMessage(), e);
        }
    }

    private static LocalTime time(Setting setting, String range, String hours, String minutes, boolean end) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (end && h == 24 && m == 0) {
            return LocalTime.MIDNIGHT;
        }
        if (h > 23 || m > 59) {
            throw setting.error("expected " + RANGE_FORM + ", found '" + range.strip() + "': " + hours + ":"
                    + minutes + " is not a time of day");
        }
        return LocalTime.of(h, m);
    }

    /** A time zone id such as {@code America/New_York} or {@code UTC}. */
    static ZoneId zone(Setting setting) {
        String text = setting.text("a time zone such as America/New_York or UTC");
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw setting.error("expected a time zone such as America/New_York or UTC, found '" + text + "'"
                    + NearestName.hint(ZoneId.getAvailableZoneIds(), text.strip()), e);
        }
    }

    /** {@code manual}, {@code misses}, {@code accepts after 2s} or {@code rejects after 1s}. */
    static AgentBehavior behavior(Setting setting) {
        String expected = "manual, misses, 'accepts after <duration>' or 'rejects after <duration>'";
        String text = setting.text(expected).strip().toLowerCase(Locale.ROOT);
        if (text.equals("manual")) {
            return AgentBehavior.manual();
        }
        if (text.equals("misses")) {
            return new AgentBehavior.Misses();
        }
        Matcher matcher = BEHAVIOR.matcher(text);
        if (!matcher.matches()) {
            throw setting.mismatch(expected);
        }
        Duration delay;
        try {
            delay = Durations.parse(matcher.group(2));
        } catch (IllegalArgumentException e) {
            throw setting.error(e.getMessage() + " (in '" + setting.node().text() + "')", e);
        }
        return matcher.group(1).equals("accepts") ? new AgentBehavior.AcceptsAfter(delay)
                : new AgentBehavior.RejectsAfter(delay);
    }
}

package dev.connectsim.harness;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What happened on a scenario's call, on one virtual timeline: the service, the flows, the Lambda functions,
 * Salesforce and the agents, each entry at the virtual instant it happened.
 */
public final class Timeline {

    /** What a Lambda ARN says before the function's name: left out, so lines stay readable. */
    private static final java.util.regex.Pattern LAMBDA_ARN =
            java.util.regex.Pattern.compile("arn:aws[a-z-]*:lambda:[a-z0-9-]+:\\d{12}:function:");

    /**
     * One thing that happened.
     *
     * @param at    when, in virtual time
     * @param actor who did it: "Connect", "Flow", "Lambda", "Salesforce", "alice" ...
     * @param text  what, in a few words
     */
    public record Entry(Instant at, String actor, String text) {
        public Entry {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
            text = withoutLambdaArns(Objects.requireNonNull(text, "text"));
        }
    }

    private final Instant start;
    private final List<Entry> entries;

    public Timeline(Instant start, List<Entry> entries) {
        this.start = Objects.requireNonNull(start, "start");
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::at));
        this.entries = List.copyOf(sorted);
    }

    /** Every entry, oldest first (entries at one instant keep the order they were given in). */
    public List<Entry> entries() {
        return entries;
    }

    /** {@code +12.300s}: how long after the start {@code at} is. */
    public String offset(Instant at) {
        return offset(start, at);
    }

    /** {@code +12.300s}: how long after {@code start} {@code at} is. */
    public static String offset(Instant start, Instant at) {
        // by hand, not String.format: the reports write this for every line and table cell of every scenario, and
        // format's parsing was most of their time in the run's profile
        Duration d = Duration.between(start, at);
        int millis = d.toMillisPart();
        StringBuilder text = new StringBuilder(12).append('+').append(d.toSeconds()).append('.');
        if (millis < 100) {
            text.append(millis < 10 ? "00" : "0");
        }
        return text.append(millis).append('s').toString();
    }

    /** {@code text} without what Lambda ARNs say before the function's name. */
    public static String withoutLambdaArns(String text) {
        return LAMBDA_ARN.matcher(text).replaceAll("");
    }

    /** The timeline as text, one entry a line. */
    public String describe() {
        return entries.stream().map(this::line).collect(Collectors.joining("\n"));
    }

    /** The last {@code count} entries at or before {@code at}, as text: where a failed expectation stands. */
    public String around(Instant at, int count) {
        List<Entry> before = entries.stream().filter(e -> !e.at().isAfter(at)).collect(Collectors.toList());
        List<Entry> last = before.subList(Math.max(0, before.size() - count), before.size());
        return last.stream().map(this::line).collect(Collectors.joining("\n"));
    }

    /** {@code "   +12.300s  Connect    text"}: the offset right-aligned in 10, the actor left-aligned in 10. */
    private String line(Entry entry) {
        String offset = offset(entry.at());
        StringBuilder text = new StringBuilder(32 + entry.text().length());
        text.append(" ".repeat(Math.max(0, 10 - offset.length()))).append(offset).append("  ").append(entry.actor())
                .append(" ".repeat(Math.max(0, 10 - entry.actor().length()))).append(' ').append(entry.text());
        return text.toString();
    }
}

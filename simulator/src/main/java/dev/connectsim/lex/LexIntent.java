package dev.connectsim.lex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An intent of a simulated Lex bot: its name and the utterances that mean it. An utterance may hold slots in
 * braces, {@code book a room on {day}}, each taking one or more words of what the caller says.
 *
 * @param name       the intent's name, as flows' conditions test it ({@code CheckBalance})
 * @param utterances the sample utterances, in file order
 */
public record LexIntent(String name, List<String> utterances) {

    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z0-9_]+)\\}");

    public LexIntent {
        Objects.requireNonNull(name, "name");
        utterances = List.copyOf(utterances);
    }

    /**
     * The slots of {@code said} when it is one of the utterances (case, punctuation and spacing aside), by slot
     * name; empty when it is none of them.
     */
    public Optional<Map<String, String>> match(String said) {
        String spoken = normal(said);
        for (String utterance : utterances) {
            String sample = normal(utterance);
            List<String> slots = new ArrayList<>();
            StringBuilder regex = new StringBuilder();
            Matcher slot = SLOT.matcher(sample);
            int last = 0;
            while (slot.find()) {
                regex.append(Pattern.quote(sample.substring(last, slot.start()))).append("(.+?)");
                slots.add(slot.group(1));
                last = slot.end();
            }
            regex.append(Pattern.quote(sample.substring(last)));
            Matcher matched = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(spoken);
            if (matched.matches()) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < slots.size(); i++) {
                    values.put(slots.get(i), matched.group(i + 1));
                }
                return Optional.of(values);
            }
        }
        return Optional.empty();
    }

    /** The words of {@code text}, single-spaced, without the punctuation a transcript adds. */
    static String normal(String text) {
        return text.replaceAll("[.,!?;:]", " ").trim().replaceAll("\\s+", " ");
    }
}

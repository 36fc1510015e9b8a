package dev.connectsim.lex;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Lex bot as a flow reaches it (by its V2 alias ARN or its V1 name): its intents, tried in order. What the
 * caller says that no intent matches is Lex V2's built-in {@value #FALLBACK}.
 *
 * @param reference the alias ARN (Lex V2) or the bot's name (Lex V1) that flows name it by
 * @param intents   its intents, in file order
 */
public record LexBot(String reference, List<LexIntent> intents) {

    /** The intent Lex V2 gives what matches no intent of the bot. */
    public static final String FALLBACK = "FallbackIntent";

    public LexBot {
        Objects.requireNonNull(reference, "reference");
        intents = List.copyOf(intents);
    }

    /** The intent {@code said} means and its slots: the first intent with a matching utterance, else FALLBACK. */
    public Interpretation interpret(String said) {
        for (LexIntent intent : intents) {
            Optional<Map<String, String>> slots = intent.match(said);
            if (slots.isPresent()) {
                return new Interpretation(intent.name(), slots.get());
            }
        }
        return new Interpretation(FALLBACK, Map.of());
    }

    /**
     * What the bot understood.
     *
     * @param intentName the intent
     * @param slots      the slot values by slot name, in the utterance's order
     */
    public record Interpretation(String intentName, Map<String, String> slots) {

        public Interpretation {
            Objects.requireNonNull(intentName, "intentName");
            slots = Collections.unmodifiableMap(new LinkedHashMap<>(slots));
        }
    }
}

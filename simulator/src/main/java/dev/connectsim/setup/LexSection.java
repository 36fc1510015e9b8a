package dev.connectsim.setup;

import dev.connectsim.lex.LexBot;
import dev.connectsim.lex.LexBots;
import dev.connectsim.lex.LexIntent;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code lexBots} section: a map of the references flows name bots by (a Lex V2 alias ARN, or a Lex V1
 * bot's name) to the bot's intents, each a list of the utterances that mean it; {@code {slot}} in an utterance
 * takes one or more of the caller's words.
 */
final class LexSection {

    private LexSection() {
    }

    static LexBots read(Setting section) {
        List<LexBot> bots = new ArrayList<>();
        for (Setting.Named bot : section.entries("a map of Lex bot alias ARNs (or V1 bot names) to their intents")) {
            List<LexIntent> intents = new ArrayList<>();
            for (Setting.Named intent : bot.value().entries("a map of intent names to the utterances that mean"
                    + " them")) {
                List<String> utterances = new ArrayList<>();
                for (Setting utterance : intent.value().items("a list of utterances, such as [\"check my balance\"]")) {
                    utterances.add(utterance.text("an utterance"));
                }
                if (utterances.isEmpty()) {
                    throw intent.keyError("the intent " + intent.key() + " has no utterance: a caller could never"
                            + " mean it", null);
                }
                intents.add(new LexIntent(intent.key(), utterances));
            }
            bots.add(new LexBot(bot.key(), intents));
        }
        return new LexBots(bots);
    }
}

package dev.connectsim.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A simulated bot's understanding of what a caller says. */
class LexBotTest {

    private final LexBot bank = new LexBot("arn:aws:lex:us-east-1:000000000000:bot-alias/BANK/LIVE", List.of(
            new LexIntent("CheckBalance", List.of("check my balance", "what is my balance")),
            new LexIntent("BookAppointment", List.of("book an appointment on {day} at {time}",
                    "see someone on {day}"))));

    @Test
    void anUtteranceOfAnIntentIsThatIntentWhateverTheCasePunctuationAndSpacing() {
        assertEquals(new LexBot.Interpretation("CheckBalance", Map.of()), bank.interpret("What is my  balance?"));
    }

    @Test
    void slotsTakeTheCallersWordsAsTheySaidThem() {
        LexBot.Interpretation understood = bank.interpret("Book an appointment on next Monday at 10 am.");

        assertEquals("BookAppointment", understood.intentName());
        assertEquals(List.of("day", "time"), List.copyOf(understood.slots().keySet()), "in the utterance's order");
        assertEquals(Map.of("day", "next Monday", "time", "10 am"), understood.slots());
    }

    @Test
    void wordsNoIntentMatchesAreTheFallbackIntent() {
        assertEquals(new LexBot.Interpretation(LexBot.FALLBACK, Map.of()), bank.interpret("I want to complain"));
        assertEquals(LexBot.FALLBACK, bank.interpret("check my balance please").intentName(),
                "an utterance matches whole, not in part");
    }
}

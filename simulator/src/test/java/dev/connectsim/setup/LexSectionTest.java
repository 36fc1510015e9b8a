package dev.connectsim.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.lex.LexBot;
import dev.connectsim.lex.LexBots;
import dev.connectsim.lex.LexIntent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lexBots section describes the Lex bots the instance's flows talk to. */
class LexSectionTest {

    @TempDir
    Path dir;

    private LexBots load(String yaml) {
        return InstanceFile.parse(yaml, dir, "flows/instance.yaml").instance().lexBots();
    }

    @Test
    void eachBotIsFoundByTheReferenceFlowsNameItByWithItsIntentsInOrder() {
        LexBots bots = load("""
                lexBots:
                  "arn:aws:lex:us-east-1:000000000000:bot-alias/BANK/LIVE":
                    CheckBalance: ["check my balance"]
                    BookAppointment: ["book an appointment on {day}", "see someone on {day}"]
                  OrderFlowers: {OrderFlowers: ["I want flowers"]}
                """);

        assertEquals(new LexBot("arn:aws:lex:us-east-1:000000000000:bot-alias/BANK/LIVE", List.of(
                new LexIntent("CheckBalance", List.of("check my balance")),
                new LexIntent("BookAppointment", List.of("book an appointment on {day}", "see someone on {day}")))),
                bots.find("arn:aws:lex:us-east-1:000000000000:bot-alias/BANK/LIVE").orElseThrow());
        assertTrue(bots.find("OrderFlowers").isPresent(), "a Lex V1 bot by its name");
        assertEquals(LexBots.none(), load("queues: {BasicQueue: {}}\n"));
    }

    @Test
    void anIntentWithoutUtterancesOrOfTheWrongShapeIsRefusedWhereItIs() {
        String empty = assertThrows(InstanceFileException.class, () -> load("lexBots:\n  Bot:\n    Help: []\n"))
                .getMessage();
        String text = assertThrows(InstanceFileException.class, () -> load("lexBots:\n  Bot:\n    Help: help me\n"))
                .getMessage();

        assertEquals("flows/instance.yaml:3:5: lexBots.Bot.Help: the intent Help has no utterance: a caller could"
                + " never mean it", empty);
        assertTrue(text.startsWith("flows/instance.yaml:3:11: lexBots.Bot.Help: expected a list of utterances,"
                + " such as [\"check my balance\"], found"), text);
    }
}

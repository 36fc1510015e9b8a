package dev.connectsim.flow.run;

import static dev.connectsim.flow.run.FlowTestBed.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.lex.LexBot;
import dev.connectsim.lex.LexBots;
import dev.connectsim.lex.LexIntent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ConnectParticipantWithLexBot on a voice call, with a bot the instance describes. */
class LexBotBlockTest {

    private static final String BOT = "arn:aws:lex:us-east-1:000000000000:bot-alias/BANK/LIVE";
    private static final LexBots BOTS = new LexBots(List.of(new LexBot(BOT, List.of(
            new LexIntent("CheckBalance", List.of("check my balance")),
            new LexIntent("BookAppointment", List.of("book an appointment on {day}"))))));

    /** A Lex block that asks, branches on the two intents, and marks each way out. */
    private static FlowTestBed bed(String bot) {
        return FlowTestBed.inbound("""
                {"Identifier":"bot","Type":"ConnectParticipantWithLexBot",
                 "Parameters":{"Text":"How can I help?","LexV2Bot":{"AliasArn":"%s"},
                   "LexSessionAttributes":{"caller":"$.CustomerEndpoint.Address"}},
                 "Transitions":{"NextAction":"other","Conditions":[
                   {"NextAction":"balance","Condition":{"Operator":"Equals","Operands":["CheckBalance"]}},
                   {"NextAction":"book","Condition":{"Operator":"Equals","Operands":["BookAppointment"]}}],
                  "Errors":[{"ErrorType":"InputTimeLimitExceeded","NextAction":"silent"},
                   {"ErrorType":"NoMatchingCondition","NextAction":"other"},
                   {"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """.formatted(bot) + String.join(",", say("balance", "Balance for $.Lex.SessionAttributes.caller"),
                say("book", "Booked for $.Lex.Slots.day ($.Lex.IntentName)"), say("other", "Sorry: $.Lex.IntentName"),
                say("silent"), say("error"))).instance(b -> b.lexBots(BOTS));
    }

    @Test
    void whatTheCallerSaysIsTheIntentTheConditionsTestWithItsSlotsInLex() {
        FlowTestBed bed = bed(BOT);
        bed.sim().flows().callerWillSay(FlowTestBed.CALLER, "Book an appointment on Friday");

        String contactId = bed.call();

        assertEquals(List.of("How can I help?", "Booked for Friday (BookAppointment)"), bed.heard(contactId));
        assertEquals(FlowTestBed.FLOW_START.plus(Duration.ofSeconds(2)), bed.visit(contactId, "bot").at(),
                "the prompt plays (1 s), and the caller answers 1 s later");
    }

    @Test
    void theBlocksSessionAttributesAreInLex() {
        FlowTestBed bed = bed(BOT);
        bed.sim().flows().callerWillSay(FlowTestBed.CALLER, "check my balance");

        assertEquals(List.of("How can I help?", "Balance for " + FlowTestBed.CALLER), bed.heard(bed.call()));
    }

    @Test
    void wordsNoIntentMatchesAreTheFallbackIntentWhichNoConditionMeets() {
        FlowTestBed bed = bed(BOT);
        bed.sim().flows().callerWillSay(FlowTestBed.CALLER, "I want to complain");

        String contactId = bed.call();

        assertEquals("Sorry: FallbackIntent", bed.heard(contactId).get(1));
        assertTrue(bed.branches(contactId).contains("bot Error NoMatchingCondition"),
                bed.branches(contactId).toString());
    }

    @Test
    void aCallerWhoSaysNothingTakesInputTimeLimitExceeded() {
        FlowTestBed bed = bed(BOT);

        String contactId = bed.call();

        assertEquals(List.of("How can I help?", "silent"), bed.heard(contactId));
        assertEquals(FlowTestBed.FLOW_START.plus(Duration.ofSeconds(6)), bed.visit(contactId, "bot").at());
    }

    @Test
    void aBotTheInstanceDoesNotDescribeEndsTheFlowAndFailsTheScenarioNamingIt() {
        FlowTestBed bed = bed("arn:aws:lex:us-east-1:000000000000:bot-alias/OTHER/LIVE");

        String contactId = bed.call();

        assertEquals(EndReason.FLOW_ERROR, bed.endOf(contactId).reason());
        assertEquals(List.of("Test Flow.json: action bot (Type ConnectParticipantWithLexBot) at /Actions/0: a"
                + " conversation with the Lex bot arn:aws:lex:us-east-1:000000000000:bot-alias/OTHER/LIVE is not"
                + " modelled: the instance file describes no such bot (lexBots:), so nothing says what the caller"
                + " meant"), bed.sim().flows().unmodelled().stream().map(Unmodelled::describe).toList());
    }
}

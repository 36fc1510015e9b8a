package dev.connectsim.flow.run;

import dev.connectsim.flow.action.ConnectParticipantWithLexBot;
import dev.connectsim.lex.LexBot;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * ConnectParticipantWithLexBot on a voice call, with the bots the instance file describes ({@code lexBots:}).
 *
 * <p>Design note: the block plays its prompt, then the bot hears the next thing the caller says (a scenario's
 * {@code the caller says "..."}, {@link FlowEngine#callerWillSay}), {@link #ANSWER_AFTER} after the prompt. The bot
 * gives the first of its intents with an utterance that matches (slots in braces take words), else Lex V2's
 * FallbackIntent; {@code $.Lex} keeps {@code IntentName}, {@code Slots.<name>} and {@code SessionAttributes.<name>}
 * (the block's LexSessionAttributes), and the block's conditions test the intent's name (none met:
 * NoMatchingCondition). A caller who says nothing takes InputTimeLimitExceeded {@link #SILENCE_LIMIT} after the
 * prompt. A bot the instance file does not describe is not modelled: the flow ends with a FLOW_ERROR and the
 * scenario fails naming the block. What the bot itself says back is not played.
 */
final class LexBotBlock {

    /** How long after the prompt the caller's words reach the bot: a guess, as for key presses. */
    static final Duration ANSWER_AFTER = Duration.ofSeconds(1);
    /** How long a bot waits for a caller who says nothing: a guess, GetParticipantInput's default. */
    static final Duration SILENCE_LIMIT = Duration.ofSeconds(5);

    private LexBotBlock() {
    }

    static void register(Blocks blocks) {
        blocks.on(ConnectParticipantWithLexBot.class, LexBotBlock::converse);
    }

    private static BlockOutcome converse(ConnectParticipantWithLexBot action, BlockContext context) {
        String raw = action.lexV2AliasArn() != null ? action.lexV2AliasArn() : action.lexBotName();
        Optional<String> reference = raw == null ? Optional.empty() : context.value(raw);
        if (reference.isEmpty()) {
            return BlockOutcome.noMatchingError("the block names no Lex bot (LexV2Bot.AliasArn or LexBot.Name)"
                    + (raw == null ? "" : ": " + raw + " is not set"));
        }
        Optional<LexBot> bot = context.instance().lexBots().find(reference.get());
        if (bot.isEmpty()) {
            String what = "a conversation with the Lex bot " + reference.get() + " is not modelled: the instance"
                    + " file describes no such bot (lexBots:), so nothing says what the caller meant";
            context.notModelled(what);
            return BlockOutcome.end(EndReason.FLOW_ERROR, what);
        }
        Map<String, String> session = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : action.sessionAttributes().entrySet()) {
            session.put("SessionAttributes." + entry.getKey(), context.render(entry.getValue()));
        }
        ParticipantBlocks.speak(action.prompt(), context);
        Duration playback = context.timings().promptPlayback();
        Optional<String> said = context.nextUtterance();
        if (said.isEmpty()) {
            return context.after(playback.plus(SILENCE_LIMIT), "the Lex bot hears nothing",
                    () -> BlockOutcome.error("InputTimeLimitExceeded", "the caller said nothing to the Lex bot "
                            + reference.get() + " within " + SILENCE_LIMIT.toSeconds() + " s"));
        }
        return context.after(playback.plus(ANSWER_AFTER), "the caller says \"" + said.get() + "\"", () -> {
            LexBot.Interpretation understood = bot.get().interpret(said.get());
            Map<String, String> lex = new LinkedHashMap<>();
            lex.put("IntentName", understood.intentName());
            understood.slots().forEach((slot, value) -> lex.put("Slots." + slot, value));
            lex.putAll(session);
            context.state().replaceLex(lex);
            return BlockOutcome.branch(understood.intentName());
        });
    }
}

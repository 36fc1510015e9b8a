package dev.connectsim.flow.run;

import dev.connectsim.flow.action.ConnectParticipantWithLexBot;

/**
 * ConnectParticipantWithLexBot: a conversation with an Amazon Lex bot is not modelled (no bot understands what the
 * caller says, so there is no intent or slot to branch on). A call that reaches the block ends its flow with a
 * FLOW_ERROR and the scenario fails naming it, as for a type the simulator does not know.
 */
final class LexBotBlock {

    private LexBotBlock() {
    }

    static void register(Blocks blocks) {
        blocks.on(ConnectParticipantWithLexBot.class, (action, context) -> {
            String bot = action.lexV2AliasArn() != null ? "the Lex V2 bot " + action.lexV2AliasArn()
                    : action.lexBotName() != null ? "the Lex bot " + action.lexBotName() : "a Lex bot";
            String what = "a conversation with " + bot + " is not modelled: the simulator has no bot to say what"
                    + " the caller meant";
            context.notModelled(what);
            return BlockOutcome.end(EndReason.FLOW_ERROR, what);
        });
    }
}

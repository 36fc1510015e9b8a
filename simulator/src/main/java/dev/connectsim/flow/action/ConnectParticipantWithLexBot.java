package dev.connectsim.flow.action;

/**
 * Connects the caller with an Amazon Lex bot; when the conversation is over, the intent and slots are the flow's.
 *
 * @param lexV2AliasArn {@code LexV2Bot.AliasArn}, or null
 * @param lexBotName    {@code LexBot.Name} (a Lex V1 bot), or null
 */
public record ConnectParticipantWithLexBot(Envelope envelope, String lexV2AliasArn, String lexBotName)
        implements Action {

    public static final String TYPE = "ConnectParticipantWithLexBot";

    @Override
    public String type() {
        return TYPE;
    }

    static ConnectParticipantWithLexBot from(Envelope envelope) {
        var p = envelope.parameters();
        return new ConnectParticipantWithLexBot(envelope, Params.text(p, "LexV2Bot", "AliasArn"),
                Params.text(p, "LexBot", "Name"));
    }
}

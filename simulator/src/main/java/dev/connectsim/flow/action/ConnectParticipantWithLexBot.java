package dev.connectsim.flow.action;

import java.util.Map;

/**
 * Connects the caller with an Amazon Lex bot; when the conversation is over, the intent and slots are the flow's
 * ({@code $.Lex}), and the conditions test the intent's name.
 *
 * @param prompt            what the caller hears first ({@code Text}, {@code SSML}, {@code PromptId} or
 *                          {@code Media}); every field null when there is none
 * @param lexV2AliasArn     {@code LexV2Bot.AliasArn}, or null
 * @param lexBotName        {@code LexBot.Name} (a Lex V1 bot), or null
 * @param sessionAttributes {@code LexSessionAttributes}: the text entries, in file order (values may be
 *                          references); empty when absent
 */
public record ConnectParticipantWithLexBot(Envelope envelope, Prompt prompt, String lexV2AliasArn,
        String lexBotName, Map<String, String> sessionAttributes) implements Action {

    public static final String TYPE = "ConnectParticipantWithLexBot";

    @Override
    public String type() {
        return TYPE;
    }

    static ConnectParticipantWithLexBot from(Envelope envelope) {
        var p = envelope.parameters();
        return new ConnectParticipantWithLexBot(envelope, Prompt.from(p), Params.text(p, "LexV2Bot", "AliasArn"),
                Params.text(p, "LexBot", "Name"), Params.textMap(p, "LexSessionAttributes"));
    }
}

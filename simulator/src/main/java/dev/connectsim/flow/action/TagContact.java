package dev.connectsim.flow.action;

import java.util.Map;

/**
 * Sets user-defined tags on the contact, all or nothing (Flow Language reference, TagContact).
 *
 * @param tags {@code Tags}: the text entries in file order; keys and values may be static or hold {@code $.}
 *             references
 */
public record TagContact(Envelope envelope, Map<String, String> tags) implements Action {

    public static final String TYPE = "TagContact";

    @Override
    public String type() {
        return TYPE;
    }

    static TagContact from(Envelope envelope) {
        return new TagContact(envelope, Params.textMap(envelope.parameters(), "Tags"));
    }
}

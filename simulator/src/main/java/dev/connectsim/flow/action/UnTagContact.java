package dev.connectsim.flow.action;

import java.util.List;

/**
 * Removes user-defined tags from the contact, all or nothing (Flow Language reference, UnTagContact).
 *
 * @param tagKeys {@code TagKeys}: the text items in file order, static keys; empty when absent
 */
public record UnTagContact(Envelope envelope, List<String> tagKeys) implements Action {

    public static final String TYPE = "UnTagContact";

    @Override
    public String type() {
        return TYPE;
    }

    static UnTagContact from(Envelope envelope) {
        return new UnTagContact(envelope, Params.textItems(envelope.parameters(), "TagKeys"));
    }
}

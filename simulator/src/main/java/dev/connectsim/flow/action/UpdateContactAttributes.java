package dev.connectsim.flow.action;

import java.util.Map;

/**
 * Sets user-defined contact attributes, all or nothing.
 *
 * @param attributes    {@code Attributes}: the text entries in file order; values may be static, templated or
 *                      {@code $.} references
 * @param targetContact {@code TargetContact} ({@code Current} or {@code Related}), or null (Current)
 */
public record UpdateContactAttributes(Envelope envelope, Map<String, String> attributes, String targetContact)
        implements Action {

    public static final String TYPE = "UpdateContactAttributes";

    @Override
    public String type() {
        return TYPE;
    }

    static UpdateContactAttributes from(Envelope envelope) {
        var p = envelope.parameters();
        return new UpdateContactAttributes(envelope, Params.textMap(p, "Attributes"),
                Params.text(p, "TargetContact"));
    }
}

package dev.connectsim.flow.action;

/**
 * Sets contact properties (language, customer ID, Voice ID settings, name, description ...). The engine reads
 * the ones below; the others stay in the raw parameters.
 *
 * @param languageCode {@code LanguageCode}, or null
 * @param customerId   {@code CustomerId} (templating allowed), or null
 * @param voiceIdStreamingEnabled {@code IsVoiceIdStreamingEnabled} ("true" or "false"), or null
 */
public record UpdateContactData(Envelope envelope, String languageCode, String customerId,
        String voiceIdStreamingEnabled) implements Action {

    public static final String TYPE = "UpdateContactData";

    @Override
    public String type() {
        return TYPE;
    }

    static UpdateContactData from(Envelope envelope) {
        var p = envelope.parameters();
        return new UpdateContactData(envelope, Params.text(p, "LanguageCode"), Params.text(p, "CustomerId"),
                Params.text(p, "IsVoiceIdStreamingEnabled"));
    }
}

package dev.connectsim.flow.action;

import java.util.List;

/**
 * Sets call recording and Contact Lens analytics. Language and redaction stay in the raw parameters.
 *
 * @param recordedParticipants {@code RecordingBehavior.RecordedParticipants} ({@code Agent}, {@code Customer});
 *                             empty when absent or when recording is turned off
 * @param analyticsEnabled     {@code AnalyticsBehavior.Enabled} is "True"
 * @param analyticsMode        {@code AnalyticsBehavior.AnalyticsMode} ({@code RealTime} ...), or null
 */
public record UpdateContactRecordingBehavior(Envelope envelope, List<String> recordedParticipants,
        boolean analyticsEnabled, String analyticsMode) implements Action {

    public static final String TYPE = "UpdateContactRecordingBehavior";

    @Override
    public String type() {
        return TYPE;
    }

    static UpdateContactRecordingBehavior from(Envelope envelope) {
        var p = envelope.parameters();
        return new UpdateContactRecordingBehavior(envelope,
                Params.textList(p, "RecordingBehavior", "RecordedParticipants"),
                Params.isTrue(Params.text(p, "AnalyticsBehavior", "Enabled")),
                Params.text(p, "AnalyticsBehavior", "AnalyticsMode"));
    }
}

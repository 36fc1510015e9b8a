package dev.connectsim.flow.action;

import java.util.List;

/**
 * Sets recording and Contact Lens analytics per channel (Flow Language reference,
 * UpdateContactRecordingAndAnalyticsBehavior): {@code VoiceBehavior}, {@code ChatBehavior} (only one of the two) and
 * {@code ScreenRecordingBehavior}. Languages, redaction, sentiment and summaries stay in the raw parameters.
 *
 * @param voiceBehavior        whether {@code VoiceBehavior} is given
 * @param chatBehavior         whether {@code ChatBehavior} is given
 * @param recordedParticipants {@code VoiceBehavior.VoiceRecordingBehavior.RecordedParticipants} ({@code Agent},
 *                             {@code Customer}); empty when absent, which turns recording off
 * @param analyticsEnabled     {@code VoiceBehavior.VoiceAnalyticsBehavior.Enabled} is "True"
 * @param analyticsModes       {@code VoiceBehavior.VoiceAnalyticsBehavior.AnalyticsModes} ({@code RealTime} or
 *                             {@code PostContact}, maybe with {@code AutomatedInteraction}); empty when absent
 */
public record UpdateContactRecordingAndAnalyticsBehavior(Envelope envelope, boolean voiceBehavior,
        boolean chatBehavior, List<String> recordedParticipants, boolean analyticsEnabled, List<String> analyticsModes)
        implements Action {

    public static final String TYPE = "UpdateContactRecordingAndAnalyticsBehavior";

    @Override
    public String type() {
        return TYPE;
    }

    static UpdateContactRecordingAndAnalyticsBehavior from(Envelope envelope) {
        var p = envelope.parameters();
        return new UpdateContactRecordingAndAnalyticsBehavior(envelope, p.containsKey("VoiceBehavior"),
                p.containsKey("ChatBehavior"),
                Params.textItems(p, "VoiceBehavior", "VoiceRecordingBehavior", "RecordedParticipants"),
                Params.isTrue(Params.text(p, "VoiceBehavior", "VoiceAnalyticsBehavior", "Enabled")),
                Params.textItems(p, "VoiceBehavior", "VoiceAnalyticsBehavior", "AnalyticsModes"));
    }
}

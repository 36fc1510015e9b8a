package dev.connectsim.flow.run;

import dev.connectsim.flow.action.ResumeContact;
import dev.connectsim.flow.action.UpdateContactMediaProcessing;
import dev.connectsim.flow.action.UpdateContactRecordingAndAnalyticsBehavior;
import java.util.List;

/**
 * Blocks whose documented effect depends on the contact's channel, run as Connect runs them on a voice contact:
 * recording and analytics by channel, chat message processing, and resuming a paused task.
 */
final class ChannelBlocks {

    /** The error these blocks raise when the contact's channel is not the one they act on. */
    static final String CHANNEL_MISMATCH = "ChannelMismatch";
    /** The analytics modes of the voice channel that say when analytics runs. */
    private static final List<String> VOICE_MODES = List.of("RealTime", "PostContact");

    private ChannelBlocks() {
    }

    static void register(Blocks blocks) {
        blocks.on(UpdateContactRecordingAndAnalyticsBehavior.class, ChannelBlocks::recordingAndAnalytics);
        blocks.on(UpdateContactMediaProcessing.class, (action, context) -> BlockOutcome.error(CHANNEL_MISMATCH,
                "UpdateContactMediaProcessing processes chat messages, and this is a voice contact"));
        blocks.on(ResumeContact.class, (action, context) -> BlockOutcome.noMatchingError(
                "ResumeContact resumes paused tasks; a voice contact takes the Error branch"));
    }

    /**
     * VoiceBehavior sets the recorded participants and analytics, as UpdateContactRecordingBehavior does; its mode is
     * RealTime or PostContact as AnalyticsModes says (PostContact when it says neither, as for the older block).
     * ChatBehavior on a voice contact is ChannelMismatch, and changes nothing. ScreenRecordingBehavior, IVR
     * recording, languages, redaction, sentiment and summaries change nothing a voice run shows, and are left out.
     */
    private static BlockOutcome recordingAndAnalytics(UpdateContactRecordingAndAnalyticsBehavior action,
            BlockContext context) {
        if (action.chatBehavior()) {
            return BlockOutcome.error(CHANNEL_MISMATCH, "ChatBehavior is for chat contacts, and this is a voice"
                    + " contact");
        }
        if (action.voiceBehavior()) {
            String mode = action.analyticsModes().stream().filter(VOICE_MODES::contains).findFirst()
                    .orElse("PostContact");
            context.contact().updateSettings(s -> s.withRecording(action.recordedParticipants(),
                    action.analyticsEnabled(), mode));
        }
        return BlockOutcome.next();
    }
}

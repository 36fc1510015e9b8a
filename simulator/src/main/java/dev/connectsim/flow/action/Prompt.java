package dev.connectsim.flow.action;

import java.util.Map;
import java.util.stream.Stream;

/**
 * What a participant hears: Connect takes exactly one of text (templating allowed, {@code "Hi $.Name"}), SSML,
 * a prompt from the prompt library, or media from S3. Each component is null when absent.
 *
 * @param text     {@code Text}
 * @param ssml     {@code SSML}
 * @param promptId {@code PromptId}: a prompt ID or ARN
 * @param mediaUri {@code Media.Uri}
 */
public record Prompt(String text, String ssml, String promptId, String mediaUri) {

    /** Reads the prompt parameters of MessageParticipant, GetParticipantInput or one iterative message. */
    public static Prompt from(Map<String, Object> parameters) {
        return new Prompt(Params.text(parameters, "Text"), Params.text(parameters, "SSML"),
                Params.text(parameters, "PromptId"), Params.text(parameters, "Media", "Uri"));
    }

    /** How many of the four are given; Connect requires exactly one. */
    public int count() {
        return (int) Stream.of(text, ssml, promptId, mediaUri).filter(v -> v != null).count();
    }
}

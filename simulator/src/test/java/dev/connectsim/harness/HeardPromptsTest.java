package dev.connectsim.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeardPromptsTest {

    private static final List<String> PLAYED = List.of("Thank you for calling.",
            "<speak>Ask us about our <emphasis>spring</emphasis> offer.</speak>",
            "prompt arn:aws:connect:us-east-1:000000000000:instance/i-1/prompt/0c3d-welcome", "prompt Beep.wav",
            "Thank you for calling.");

    @Test
    void aPromptIsHeardByItsTextItsSsmlWordsOrThePromptItNames() {
        assertTrue(HeardPrompts.matches("Thank you for calling.", PLAYED.get(0)));
        assertTrue(HeardPrompts.matches("Ask us about our spring offer.", PLAYED.get(1)));
        assertTrue(HeardPrompts.matches("<speak>Ask us about our <emphasis>spring</emphasis> offer.</speak>",
                PLAYED.get(1)));
        assertTrue(HeardPrompts.matches("0c3d-welcome", PLAYED.get(2)), "the last segment of the prompt's ARN");
        assertTrue(HeardPrompts.matches("Beep.wav", PLAYED.get(3)));
        assertTrue(HeardPrompts.matches("prompt Beep.wav", PLAYED.get(3)));
    }

    @Test
    void aPromptIsNotHeardByPartOfItsTextOrAnotherPromptsName() {
        assertFalse(HeardPrompts.matches("Thank you", PLAYED.get(0)));
        assertFalse(HeardPrompts.matches("welcome", PLAYED.get(2)));
        assertFalse(HeardPrompts.matches("Thank you for calling.", PLAYED.get(3)));
    }

    @Test
    void expectedPromptsAreMetInOrderEachAfterThePreviousOne() {
        assertEquals(Optional.of(4), HeardPrompts.search(List.of("Ask us about our spring offer.", "Beep.wav"),
                PLAYED, 0));
        assertEquals(Optional.empty(), HeardPrompts.search(List.of("Beep.wav", "Ask us about our spring offer."),
                PLAYED, 0), "heard, but not in that order");
        assertEquals(Optional.of(5), HeardPrompts.search(List.of("Thank you for calling."), PLAYED, 1),
                "from index 1 only the second greeting counts");
    }

    @Test
    void aFailureListsWhatWasHeardAndTheNearestPrompt() {
        assertEquals("""
                the caller heard, in order:
                    1. "Hello Ada."
                    2. "Press 1."
                  the nearest to "Hello Adam." is "Hello Ada.\"""",
                HeardPrompts.describe(List.of("Hello Ada.", "Press 1."), "Hello Adam."));
        assertEquals("the caller heard no prompt", HeardPrompts.describe(List.of(), "Hello"));
    }
}

package dev.connectsim.flow.run;

import java.time.Instant;

/**
 * A prompt a flow played to the customer, with its references filled in.
 *
 * @param at         when it started
 * @param contactId  the contact segment
 * @param flowName   the flow that played it
 * @param identifier the block that played it
 * @param text       the text, SSML, prompt id or media URI played
 */
public record PlayedPrompt(Instant at, String contactId, String flowName, String identifier, String text) {
}

package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.MessageParticipantIteratively;

/**
 * A MessageParticipantIteratively (Loop prompts) that is interrupted is interrupted after more than 20 seconds, as the
 * Loop prompts block's documentation asks ("Always use an interruption period that's greater than 20 seconds": the
 * time an agent has to accept, during which Connect cannot take the contact out of the queue, so a shorter one can
 * send the contact down the Error branch). A static value that is no whole number of seconds above 0, such as "0",
 * never interrupts: the messages play until the contact leaves the queue or the hold ends.
 */
final class InterruptFrequencyRule extends Rule {

    /** The agent's time to accept, which the documentation says an interruption period must exceed. */
    static final int MIN_SECONDS = 20;

    InterruptFrequencyRule() {
        super("interrupt-frequency", Severity.WARNING, "a MessageParticipantIteratively's InterruptFrequencySeconds,"
                + " when given, is a whole number of seconds greater than " + MIN_SECONDS);
    }

    @Override
    void check(Check check) {
        for (Action action : check.flow().actions()) {
            if (action instanceof MessageParticipantIteratively
                    && action.parameters().get("InterruptFrequencySeconds") instanceof String text
                    && !Words.isDynamic(text)) {
                check(check, action, text.strip());
            }
        }
    }

    private static void check(Check check, Action action, String text) {
        String at = "/Parameters/InterruptFrequencySeconds";
        String hint = "leave InterruptFrequencySeconds out to play the messages until an agent answers, or set it"
                + " above " + MIN_SECONDS + " seconds";
        if (!text.matches("\\d{1,9}") || Integer.parseInt(text) == 0) {
            check.report(action, at, "InterruptFrequencySeconds " + Words.quote(text) + " never interrupts the"
                    + " messages: they play until the contact leaves the queue or the hold ends (expected a whole"
                    + " number of seconds greater than " + MIN_SECONDS + ")", hint);
        } else if (Integer.parseInt(text) <= MIN_SECONDS) {
            check.report(action, at, "InterruptFrequencySeconds " + Words.quote(text) + " is not greater than "
                    + MIN_SECONDS + " seconds: Connect's documentation says a shorter interrupt can send a contact"
                    + " that is being offered to an agent down the Error branch", hint);
        }
    }
}

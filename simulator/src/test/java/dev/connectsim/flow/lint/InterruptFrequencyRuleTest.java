package dev.connectsim.flow.lint;

import static dev.connectsim.flow.lint.Lint.actions;
import static dev.connectsim.flow.lint.Lint.none;
import static dev.connectsim.flow.lint.Lint.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.connectsim.flow.Flow;
import org.junit.jupiter.api.Test;

/** interrupt-frequency. */
class InterruptFrequencyRuleTest {

    private static Flow loopPrompts(String interrupt) {
        return actions("{'Identifier': 'start', 'Type': 'MessageParticipantIteratively', 'Parameters': {'Messages':"
                + " [{'Text': 'Please hold'}]" + (interrupt == null ? "" : ", 'InterruptFrequencySeconds': '"
                        + interrupt + "'") + "}, 'Transitions': {}}");
    }

    /** Issue 17: InterruptFrequencySeconds "0" held a call for ever, and validate found nothing. */
    @Test
    void anInterruptOfZeroSecondsIsAWarningThatItNeverInterrupts() {
        Finding finding = only("interrupt-frequency", loopPrompts("0"));

        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("/Actions/0/Parameters/InterruptFrequencySeconds", finding.pointer());
        assertEquals("InterruptFrequencySeconds '0' never interrupts the messages: they play until the contact leaves"
                + " the queue or the hold ends (expected a whole number of seconds greater than 20)", finding.message());
        assertEquals("leave InterruptFrequencySeconds out to play the messages until an agent answers, or set it above"
                + " 20 seconds", finding.hint());
    }

    @Test
    void anInterruptOfTwentySecondsOrLessIsAWarningQuotingTheDocumentation() {
        Finding finding = only("interrupt-frequency", loopPrompts("10"));

        assertEquals("InterruptFrequencySeconds '10' is not greater than 20 seconds: Connect's documentation says a"
                + " shorter interrupt can send a contact that is being offered to an agent down the Error branch",
                finding.message());
        only("interrupt-frequency", loopPrompts("20"));
    }

    @Test
    void noInterruptALongerOneOrAReferenceIsFine() {
        none("interrupt-frequency", loopPrompts(null));
        none("interrupt-frequency", loopPrompts("21"));
        none("interrupt-frequency", loopPrompts("$.Attributes.interrupt"));
    }
}

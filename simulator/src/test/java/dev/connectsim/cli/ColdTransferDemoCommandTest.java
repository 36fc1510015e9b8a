package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ColdTransferDemoCommandTest {

    private final Cli cli = new Cli();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void anAnsweringThirdPartyCompletesTheTransferAndLeavesCustomerAndThirdPartyConnected() {
        assertEquals(0, run("demo", "cold-transfer", "--third-party", "answers", "--after", "5s"));
        String text = out.toString();
        assertTrue(text.contains("outcome: completed at +18.200s"), text);
        assertTrue(text.contains("customer connected, agent disconnected, third party connected"), text);
        assertTrue(text.contains("+17.200s  *     +15550199 answers"), text);
        assertTrue(text.contains("alice's CCP shows the contact ended"), text);
    }

    @Test
    void aThirdPartyThatNeverAnswersFailsTheDialAfterTheRingTimeoutWithTheCustomerStillOnHold() {
        assertEquals(0, run("demo", "cold-transfer", "--third-party", "never-answers"));
        String text = out.toString();
        assertTrue(text.contains("+42.200s  *     +15550199 rings out"), text);
        assertTrue(text.contains("outcome: failed at +43.000s in step dial: the third-party connection is "
                + "disconnected"), text);
        assertTrue(text.contains("customer hold, agent connected, third party disconnected"), text);
    }

    @Test
    void refreshEventsArePrintedOnlyWhenAskedFor() {
        run("demo", "cold-transfer");
        assertTrue(!out.toString().contains("contact::refresh"), out.toString());
        run("demo", "cold-transfer", "--refresh");
        assertTrue(out.toString().contains("contact::refresh"), out.toString());
    }

    @Test
    void theSameSeedPrintsTheSameRunAndAnotherSeedOtherIds() {
        run("demo", "cold-transfer", "--seed", "5");
        String first = out.toString();
        out.getBuffer().setLength(0);
        run("demo", "cold-transfer", "--seed", "5");
        assertEquals(first, out.toString());
        out.getBuffer().setLength(0);
        run("demo", "cold-transfer", "--seed", "6");
        assertTrue(!first.equals(out.toString()));
    }

    @Test
    void anUnknownBehaviourIsBadUsageThatListsTheChoices() {
        assertEquals(2, run("demo", "cold-transfer", "--third-party", "sometimes"));
        assertEquals("Invalid value for option '--third-party': 'sometimes' is not a third-party behaviour; "
                + "expected one of: answers, never-answers, busy, rejects", err.toString().lines().findFirst().orElse(""));
    }

    @Test
    void aDurationWithoutAUnitIsBadUsageThatShowsTheForm() {
        assertEquals(2, run("demo", "cold-transfer", "--after", "5"));
        assertTrue(err.toString().startsWith("Invalid value for option '--after': '5' is not a duration; expected "
                + "a whole number with ms, s or m, such as 5s"), err.toString());
    }
}

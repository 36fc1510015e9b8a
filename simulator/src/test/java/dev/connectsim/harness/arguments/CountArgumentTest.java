package dev.connectsim.harness.arguments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CountArgumentTest {

    @Test
    void digitsWithOrWithoutThousandsSeparatorsAreACount() {
        assertEquals(2000, CountArgument.parse("2000"));
        assertEquals(2000, CountArgument.parse("2,000"));
        assertEquals(0, CountArgument.parse("0"));
        assertEquals(100_000, CountArgument.parse("100,000"));
    }

    /** Issue 16: 99999999999999999999 customers gave "NumberFormatException: For input string: ...". */
    @Test
    void aCountPastTheLargestSaysTheRangeAllowed() {
        assertEquals("'99999999999999999999' is out of range for a count: expected 0 to 100,000, the most calls the"
                + " simulator is sized to hold at once", message("99999999999999999999"));
        assertEquals("'100,001' is out of range for a count: expected 0 to 100,000, the most calls the simulator is"
                + " sized to hold at once", message("100,001"));
    }

    @Test
    void aNegativeCountIsOutOfRange() {
        assertEquals("'-3' is out of range for a count: expected 0 to 100,000, the most calls the simulator is sized"
                + " to hold at once", message("-3"));
    }

    @Test
    void misplacedSeparatorsAreRefused() {
        assertEquals("'2,00' is not a count: expected digits, with commas only between groups of three, such as 2000"
                + " or 2,000", message("2,00"));
    }

    private static String message(String written) {
        return assertThrows(MalformedArgument.class, () -> CountArgument.parse(written)).getMessage();
    }
}

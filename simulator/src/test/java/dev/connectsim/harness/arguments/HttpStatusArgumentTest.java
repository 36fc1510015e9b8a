package dev.connectsim.harness.arguments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HttpStatusArgumentTest {

    @Test
    void aStatusCodeFrom100To599IsAStatus() {
        assertEquals(500, HttpStatusArgument.parse("500"));
        assertEquals(100, HttpStatusArgument.parse("100"));
        assertEquals(599, HttpStatusArgument.parse("599"));
    }

    /** Issue 16's closing note: "with status 99999999999" gave a NumberFormatException instead of a message. */
    @Test
    void aNumberTooLargeForAnIntSaysTheRangeAllowed() {
        assertEquals("'99999999999' is out of range for an HTTP status: expected a status code from 100 to 599, such"
                + " as 500", message("99999999999"));
    }

    @Test
    void aNumberOutsideTheStatusCodesIsOutOfRange() {
        assertEquals("'42' is out of range for an HTTP status: expected a status code from 100 to 599, such as 500",
                message("42"));
        assertEquals("'-500' is out of range for an HTTP status: expected a status code from 100 to 599, such as"
                + " 500", message("-500"));
    }

    private static String message(String written) {
        return assertThrows(MalformedArgument.class, () -> HttpStatusArgument.parse(written)).getMessage();
    }
}

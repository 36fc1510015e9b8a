package dev.connectsim.harness.arguments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PhoneNumberArgumentTest {

    @Test
    void anE164NumberIsTakenAsWritten() {
        assertEquals("+15550100", PhoneNumberArgument.parse("+15550100"));
        assertEquals("+18005550100", PhoneNumberArgument.parse("+18005550100"));
    }

    /** Issue 16: a number without its + made the step undefined, with a snippet. */
    @Test
    void aNumberWithoutThePlusNamesTheE164FormToWrite() {
        assertEquals("'18005550100' is not a phone number: expected E.164, a + and 7 to 15 digits, such as +15550100"
                + " (did you mean '+18005550100'?)", message("18005550100"));
    }

    @Test
    void separatorsAreRefusedWithTheE164Form() {
        assertEquals("'1-800-555-0100' is not a phone number: expected E.164, a + and 7 to 15 digits, such as"
                + " +15550100 (did you mean '+18005550100'?)", message("1-800-555-0100"));
    }

    @Test
    void tooFewOrTooManyDigitsAreCounted() {
        assertEquals("'+1555' is not a phone number: 4 digits; expected E.164, a + and 7 to 15 digits, such as"
                + " +15550100", message("+1555"));
        assertEquals("'+1234567890123456' is not a phone number: 16 digits; expected E.164, a + and 7 to 15 digits,"
                + " such as +15550100", message("+1234567890123456"));
    }

    private static String message(String written) {
        return assertThrows(MalformedArgument.class, () -> PhoneNumberArgument.parse(written)).getMessage();
    }
}

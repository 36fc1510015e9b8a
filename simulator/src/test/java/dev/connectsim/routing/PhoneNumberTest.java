package dev.connectsim.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"+18005550100", "+44", "+123456789012345"})
    void aPlusThenTwoToFifteenDigitsNotStartingWithZeroIsE164(String number) {
        assertTrue(PhoneNumber.isE164(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"18005550100", "+1", "+1234567890123456", "+08005550100", "+1800555O100", "+1 800 555",
            "", "+"})
    void anythingElseIsNot(String number) {
        assertFalse(PhoneNumber.isE164(number));
    }

    @Test
    void nothingIsNot() {
        assertFalse(PhoneNumber.isE164(null));
    }

    @Test
    void aNumberOfTheInstanceMustBeE164() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new PhoneNumber("+1800-555-0100", "Inbound"));

        assertEquals("'+1800-555-0100' is not an E.164 phone number such as +18005550100", error.getMessage());
    }
}

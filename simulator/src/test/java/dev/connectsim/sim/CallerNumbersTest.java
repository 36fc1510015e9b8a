package dev.connectsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.routing.PhoneNumber;
import org.junit.jupiter.api.Test;

class CallerNumbersTest {

    @Test
    void callersCountUpFromPlus15550000000AndStartAgainAfterTenMillion() {
        assertEquals("+15550000000", CallerNumbers.nth(0));
        assertEquals("+15550001999", CallerNumbers.nth(1_999));
        assertEquals("+15559999999", CallerNumbers.nth(9_999_999));
        assertEquals("+15550000000", CallerNumbers.nth(10_000_000));
        assertTrue(PhoneNumber.isE164(CallerNumbers.nth(1_234_567)));
    }
}

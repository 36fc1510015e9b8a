package dev.connectsim.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.connectsim.event.ContactEvent;
import org.junit.jupiter.api.Test;

class CcpEventCheckTest {

    @Test
    void aStepNamesAnEventByItsStreamsValueInAnyCase() {
        assertEquals(ContactEvent.ACW, CcpEventCheck.event("acw"));
        assertEquals(ContactEvent.ENDED, CcpEventCheck.event(" ENDED "));
    }

    @Test
    void anUnknownEventNameIsRefusedWithTheNearestAndEveryName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CcpEventCheck.event("endd"));
        assertEquals("'endd' is not a Streams contact event (did you mean 'ended'?); expected one of: init, refresh,"
                + " destroyed, incoming, pending, connecting, connected, missed, acw, view, ended, error, accepted",
                refused.getMessage());
    }
}

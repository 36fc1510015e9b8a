package dev.connectsim.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.routing.HoursOfOperation.OpenRange;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoursOfOperationTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Weekdays 09:00-17:00 in New York; Saturday 20:00 to midnight. 2026-01-05 is a Monday (EST, UTC-5). */
    private static final HoursOfOperation OFFICE = new HoursOfOperation("Office Hours", "h-1",
            "arn:aws:connect:us-east-1:000000000000:instance/i/operating-hours/h-1", NEW_YORK, List.of(
                    range(DayOfWeek.MONDAY, "09:00", "17:00"), range(DayOfWeek.TUESDAY, "09:00", "17:00"),
                    range(DayOfWeek.WEDNESDAY, "09:00", "17:00"), range(DayOfWeek.THURSDAY, "09:00", "17:00"),
                    range(DayOfWeek.FRIDAY, "09:00", "17:00"), range(DayOfWeek.SATURDAY, "20:00", "00:00")));

    private static OpenRange range(DayOfWeek day, String start, String end) {
        return new OpenRange(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    @Test
    void isOpenInsideARangeInTheHoursOwnZone() {
        assertTrue(OFFICE.isOpen(Instant.parse("2026-01-05T15:00:00Z")), "10:00 in New York");
        assertFalse(OFFICE.isOpen(Instant.parse("2026-01-05T13:00:00Z")), "08:00 in New York, though 13:00 UTC");
    }

    @Test
    void theStartIsOpenAndTheEndIsClosed() {
        assertTrue(OFFICE.isOpen(Instant.parse("2026-01-05T14:00:00Z")), "09:00 sharp");
        assertFalse(OFFICE.isOpen(Instant.parse("2026-01-05T13:59:59.999Z")), "a millisecond before 09:00");
        assertTrue(OFFICE.isOpen(Instant.parse("2026-01-05T21:59:59.999Z")), "a millisecond before 17:00");
        assertFalse(OFFICE.isOpen(Instant.parse("2026-01-05T22:00:00Z")), "17:00 sharp");
    }

    @Test
    void rangesFollowTheZonesDaylightSavingChange() {
        // New York moves from UTC-5 to UTC-4 on Sunday 2026-03-08: 13:30 UTC is 08:30 before, 09:30 after.
        assertFalse(OFFICE.isOpen(Instant.parse("2026-03-06T13:30:00Z")), "Friday, 08:30 EST");
        assertTrue(OFFICE.isOpen(Instant.parse("2026-03-09T13:30:00Z")), "Monday, 09:30 EDT");
        assertTrue(OFFICE.isOpen(Instant.parse("2026-03-09T13:00:00Z")), "Monday, 09:00 EDT");
        assertFalse(OFFICE.isOpen(Instant.parse("2026-03-09T21:00:00Z")), "Monday, 17:00 EDT");
    }

    @Test
    void anEndOfMidnightIsTheEndOfThatDay() {
        assertTrue(OFFICE.isOpen(Instant.parse("2026-01-11T04:59:59Z")), "Saturday 23:59:59 in New York");
        assertFalse(OFFICE.isOpen(Instant.parse("2026-01-11T05:00:00Z")), "Sunday 00:00: closed");
        assertFalse(OFFICE.isOpen(Instant.parse("2026-01-11T00:59:59Z")), "Saturday 19:59:59");
        assertTrue(OFFICE.isOpen(Instant.parse("2026-01-11T01:00:00Z")), "Saturday 20:00");
    }

    @Test
    void alwaysOpenIsOpenAllDayEveryDayInUtc() {
        HoursOfOperation always = HoursOfOperation.alwaysOpen("Basic Hours", "b", "arn:b");
        assertEquals(ZoneOffset.UTC, always.zone());
        assertEquals(7, always.ranges().size());
        assertTrue(always.isOpen(Instant.parse("2026-01-04T00:00:00Z")), "Sunday midnight");
        assertTrue(always.isOpen(Instant.parse("2026-01-10T23:59:59.999Z")), "Saturday, last millisecond");
    }

    @Test
    void noRangesMeansNeverOpen() {
        HoursOfOperation closed = new HoursOfOperation("Closed", "c", "arn:c", ZoneOffset.UTC, List.of());
        assertFalse(closed.isOpen(Instant.parse("2026-01-05T12:00:00Z")));
    }

    @Test
    void aRangePastMidnightIsRefusedWithTheTwoRangesItShouldBe() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> range(DayOfWeek.FRIDAY, "22:00", "02:00"));
        assertEquals("an open range on FRIDAY must end after it starts and at the latest at midnight (00:00), was "
                + "22:00-02:00; a range past midnight is two ranges, 22:00-00:00 on FRIDAY and 00:00-02:00 on "
                + "SATURDAY", error.getMessage());
    }

    @Test
    void anEmptyRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> range(DayOfWeek.MONDAY, "09:00", "09:00"));
    }
}

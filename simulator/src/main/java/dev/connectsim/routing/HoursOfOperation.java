package dev.connectsim.routing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Hours of operation of the simulated instance: the weekly ranges in which it is open, in a time zone, as
 * Connect's Check hours of operation block and queues use them.
 *
 * <p>Design note: a range is wall-clock time on one day of the week in {@link #zone()}, so a range follows the
 * zone's daylight-saving changes (09:00 stays 09:00 local). A range ends at or before midnight; an end of 00:00
 * means midnight at the end of that day, as Connect writes it, so 00:00-00:00 is the whole day. Hours that run
 * past midnight are two ranges, one on each day.
 *
 * @param name   the name flows and queues use
 * @param id     the hours of operation id
 * @param arn    {@code arn:aws:connect:<region>:<account>:instance/<instance id>/operating-hours/<id>}
 * @param zone   the time zone the ranges are in
 * @param ranges the open ranges, in the order given; none means never open
 */
public record HoursOfOperation(String name, String id, String arn, ZoneId zone, List<OpenRange> ranges) {

    /** The name of the hours every instance has: 24/7 in UTC unless the instance defines it. */
    public static final String BASIC_HOURS = "Basic Hours";

    public HoursOfOperation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(zone, "zone");
        ranges = List.copyOf(ranges);
    }

    /** Hours open all day, every day, in UTC. */
    public static HoursOfOperation alwaysOpen(String name, String id, String arn) {
        List<OpenRange> allWeek = Arrays.stream(DayOfWeek.values())
                .map(day -> new OpenRange(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)).toList();
        return new HoursOfOperation(name, id, arn, ZoneOffset.UTC, allWeek);
    }

    /** Whether {@code at} falls in one of the ranges, start inclusive and end exclusive, in {@link #zone()}. */
    public boolean isOpen(Instant at) {
        // A fixed offset (UTC, as Basic Hours) has no rules to look up: ZoneOffset.getRules() makes new ones per call.
        ZoneOffset offset = zone instanceof ZoneOffset fixed ? fixed : zone.getRules().getOffset(at);
        LocalDateTime local = LocalDateTime.ofEpochSecond(at.getEpochSecond(), at.getNano(), offset);
        DayOfWeek day = local.getDayOfWeek();
        LocalTime time = local.toLocalTime();
        for (OpenRange range : ranges) {
            if (range.contains(day, time)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One open range on one day of the week.
     *
     * @param day   the day
     * @param start the first open instant of the range, local time
     * @param end   the first closed instant after it, local time; 00:00 means midnight at the end of {@code day}
     */
    public record OpenRange(DayOfWeek day, LocalTime start, LocalTime end) {

        public OpenRange {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
                throw new IllegalArgumentException("an open range on " + day + " must end after it starts and at "
                        + "the latest at midnight (00:00), was " + start + "-" + end
                        + (end.isBefore(start) ? "; a range past midnight is two ranges, " + start
                                + "-00:00 on " + day + " and 00:00-" + end + " on " + day.plus(1) : ""));
            }
        }

        /** Whether {@code time} on {@code onDay} is in this range. */
        public boolean contains(DayOfWeek onDay, LocalTime time) {
            return day == onDay && !time.isBefore(start) && (end.equals(LocalTime.MIDNIGHT) || time.isBefore(end));
        }

        @Override
        public String toString() {
            return day + " " + start + "-" + end;
        }
    }
}

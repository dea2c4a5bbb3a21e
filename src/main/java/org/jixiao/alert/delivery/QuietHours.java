package org.jixiao.alert.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

/**
 * When chat robots may ping people: not at night and not on statutory holidays or weekends (调休 make-up workdays
 * count as working days), unless the alert is critical. Email and webhooks are never held back: they do not ring.
 *
 * @param enabled off by default; then every message may go at once
 * @param start the evening time quiet begins (e.g. 20:00)
 * @param end the morning time quiet ends (e.g. 08:00); also when held messages go out on the next working day
 * @param holidays whether non-working days of the statutory calendar are quiet all day
 */
public record QuietHours(boolean enabled, LocalTime start, LocalTime end, boolean holidays) {

    public static final QuietHours OFF = new QuietHours(false, LocalTime.of(20, 0), LocalTime.of(8, 0), true);

    /** The first moment at or after {@code now} that is not quiet. */
    public Instant releaseAt(Instant now, ZoneId zone, Predicate<LocalDate> isWorkingDay) {
        if (!enabled) {
            return now;
        }
        ZonedDateTime at = now.atZone(zone);
        // A year of holidays at most: the loop always ends, even on a calendar with no working days at all.
        for (int guard = 0; guard < 800; guard++) {
            if (holidays && !isWorkingDay.test(at.toLocalDate())) {
                at = at.toLocalDate().plusDays(1).atTime(end).atZone(zone);
            }
            else if (inNightWindow(at.toLocalTime())) {
                at = at.toLocalTime().isBefore(end) ? at.toLocalDate().atTime(end).atZone(zone)
                        : at.toLocalDate().plusDays(1).atTime(end).atZone(zone);
            }
            else {
                return at.toInstant();
            }
        }
        return at.toInstant();
    }

    private boolean inNightWindow(LocalTime time) {
        if (start.equals(end)) {
            return false;
        }
        return start.isAfter(end) ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
    }
}

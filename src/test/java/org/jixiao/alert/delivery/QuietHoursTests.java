package org.jixiao.alert.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** National Day 2025: 1–8 October off, Sunday 28 September and Saturday 11 October worked (调休). */
    private static final Set<LocalDate> OFF = Set.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 2),
            LocalDate.of(2025, 10, 3), LocalDate.of(2025, 10, 4), LocalDate.of(2025, 10, 5), LocalDate.of(2025, 10, 6),
            LocalDate.of(2025, 10, 7), LocalDate.of(2025, 10, 8), LocalDate.of(2025, 10, 12));
    private static final Predicate<LocalDate> WORKING = day -> !OFF.contains(day);

    private final QuietHours quiet = new QuietHours(true, LocalTime.of(20, 0), LocalTime.of(8, 0), true);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2025-09-30T10:00+08:00, 2025-09-30T10:00+08:00",
            "2025-09-30T19:59+08:00, 2025-09-30T19:59+08:00",
            "2025-09-29T20:00+08:00, 2025-09-30T08:00+08:00",
            "2025-09-30T03:00+08:00, 2025-09-30T08:00+08:00",
            "2025-09-30T21:00+08:00, 2025-10-09T08:00+08:00",
            "2025-10-03T12:00+08:00, 2025-10-09T08:00+08:00",
            "2025-10-10T22:00+08:00, 2025-10-11T08:00+08:00"})
    void holdsMessagesUntilTheNextWorkingMorning(String at, String release) {
        Instant now = OffsetDateTime.parse(at).toInstant();
        assertThat(quiet.releaseAt(now, SHANGHAI, WORKING)).isEqualTo(OffsetDateTime.parse(release).toInstant());
    }

    @Test
    void offLetsEverythingGoAtOnce() {
        Instant holidayNight = OffsetDateTime.parse("2025-10-03T23:00+08:00").toInstant();
        assertThat(QuietHours.OFF.releaseAt(holidayNight, SHANGHAI, WORKING)).isEqualTo(holidayNight);
    }

    @Test
    void withoutHolidaysOnlyTheNightIsQuiet() {
        QuietHours nights = new QuietHours(true, LocalTime.of(20, 0), LocalTime.of(8, 0), false);
        Instant holidayNoon = OffsetDateTime.parse("2025-10-03T12:00+08:00").toInstant();
        assertThat(nights.releaseAt(holidayNoon, SHANGHAI, WORKING)).isEqualTo(holidayNoon);
    }

    @Test
    void aDaytimeWindowWorksToo() {
        QuietHours lunch = new QuietHours(true, LocalTime.of(12, 0), LocalTime.of(13, 30), false);
        Instant noon = OffsetDateTime.parse("2025-09-30T12:10+08:00").toInstant();
        assertThat(lunch.releaseAt(noon, SHANGHAI, WORKING))
                .isEqualTo(OffsetDateTime.parse("2025-09-30T13:30+08:00").toInstant());
    }
}

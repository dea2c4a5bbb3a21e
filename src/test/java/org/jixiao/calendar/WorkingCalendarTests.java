package org.jixiao.calendar;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkingCalendarTests {

    private static final WorkingCalendar BUNDLED = WorkingCalendar.load(List.of());

    /**
     * Every holiday and make-up day of the State Council notices for 2025 and 2026, with the weekday the notice
     * prints, plus the ordinary days just outside each period.
     */
    @Nested
    class StatutoryDays {

        @ParameterizedTest(name = "{0} ({1}) working={2} holiday={3}")
        @CsvSource(textBlock = """
                # 2025 元旦: Jan 1, no make-up day
                2025-01-01, WEDNESDAY, false, 元旦
                2025-01-02, THURSDAY,  true,
                # 2025 春节: Jan 28 – Feb 4, make-up Sun Jan 26 and Sat Feb 8
                2025-01-25, SATURDAY,  false,
                2025-01-26, SUNDAY,    true,
                2025-01-27, MONDAY,    true,
                2025-01-28, TUESDAY,   false, 春节
                2025-01-29, WEDNESDAY, false, 春节
                2025-01-30, THURSDAY,  false, 春节
                2025-01-31, FRIDAY,    false, 春节
                2025-02-01, SATURDAY,  false, 春节
                2025-02-02, SUNDAY,    false, 春节
                2025-02-03, MONDAY,    false, 春节
                2025-02-04, TUESDAY,   false, 春节
                2025-02-05, WEDNESDAY, true,
                2025-02-08, SATURDAY,  true,
                2025-02-09, SUNDAY,    false,
                # 2025 清明节: Apr 4 – 6
                2025-04-04, FRIDAY,    false, 清明节
                2025-04-05, SATURDAY,  false, 清明节
                2025-04-06, SUNDAY,    false, 清明节
                2025-04-07, MONDAY,    true,
                # 2025 劳动节: May 1 – 5, make-up Sun Apr 27
                2025-04-27, SUNDAY,    true,
                2025-04-30, WEDNESDAY, true,
                2025-05-01, THURSDAY,  false, 劳动节
                2025-05-02, FRIDAY,    false, 劳动节
                2025-05-03, SATURDAY,  false, 劳动节
                2025-05-04, SUNDAY,    false, 劳动节
                2025-05-05, MONDAY,    false, 劳动节
                2025-05-06, TUESDAY,   true,
                # 2025 端午节: May 31 – Jun 2
                2025-05-31, SATURDAY,  false, 端午节
                2025-06-01, SUNDAY,    false, 端午节
                2025-06-02, MONDAY,    false, 端午节
                2025-06-03, TUESDAY,   true,
                # 2025 国庆节、中秋节: Oct 1 – 8, make-up Sun Sep 28 and Sat Oct 11
                2025-09-27, SATURDAY,  false,
                2025-09-28, SUNDAY,    true,
                2025-09-30, TUESDAY,   true,
                2025-10-01, WEDNESDAY, false, 国庆节、中秋节
                2025-10-02, THURSDAY,  false, 国庆节、中秋节
                2025-10-03, FRIDAY,    false, 国庆节、中秋节
                2025-10-04, SATURDAY,  false, 国庆节、中秋节
                2025-10-05, SUNDAY,    false, 国庆节、中秋节
                2025-10-06, MONDAY,    false, 国庆节、中秋节
                2025-10-07, TUESDAY,   false, 国庆节、中秋节
                2025-10-08, WEDNESDAY, false, 国庆节、中秋节
                2025-10-09, THURSDAY,  true,
                2025-10-11, SATURDAY,  true,
                2025-10-12, SUNDAY,    false,
                # 2026 元旦: Jan 1 – 3, make-up Sun Jan 4
                2025-12-31, WEDNESDAY, true,
                2026-01-01, THURSDAY,  false, 元旦
                2026-01-02, FRIDAY,    false, 元旦
                2026-01-03, SATURDAY,  false, 元旦
                2026-01-04, SUNDAY,    true,
                2026-01-05, MONDAY,    true,
                # 2026 春节: Feb 15 – 23, make-up Sat Feb 14 and Sat Feb 28
                2026-02-13, FRIDAY,    true,
                2026-02-14, SATURDAY,  true,
                2026-02-15, SUNDAY,    false, 春节
                2026-02-16, MONDAY,    false, 春节
                2026-02-17, TUESDAY,   false, 春节
                2026-02-18, WEDNESDAY, false, 春节
                2026-02-19, THURSDAY,  false, 春节
                2026-02-20, FRIDAY,    false, 春节
                2026-02-21, SATURDAY,  false, 春节
                2026-02-22, SUNDAY,    false, 春节
                2026-02-23, MONDAY,    false, 春节
                2026-02-24, TUESDAY,   true,
                2026-02-28, SATURDAY,  true,
                2026-03-01, SUNDAY,    false,
                # 2026 清明节: Apr 4 – 6
                2026-04-03, FRIDAY,    true,
                2026-04-04, SATURDAY,  false, 清明节
                2026-04-05, SUNDAY,    false, 清明节
                2026-04-06, MONDAY,    false, 清明节
                2026-04-07, TUESDAY,   true,
                # 2026 劳动节: May 1 – 5, make-up Sat May 9
                2026-05-01, FRIDAY,    false, 劳动节
                2026-05-02, SATURDAY,  false, 劳动节
                2026-05-03, SUNDAY,    false, 劳动节
                2026-05-04, MONDAY,    false, 劳动节
                2026-05-05, TUESDAY,   false, 劳动节
                2026-05-06, WEDNESDAY, true,
                2026-05-09, SATURDAY,  true,
                2026-05-10, SUNDAY,    false,
                # 2026 端午节: Jun 19 – 21
                2026-06-19, FRIDAY,    false, 端午节
                2026-06-20, SATURDAY,  false, 端午节
                2026-06-21, SUNDAY,    false, 端午节
                2026-06-22, MONDAY,    true,
                # 2026 中秋节: Sep 25 – 27
                2026-09-25, FRIDAY,    false, 中秋节
                2026-09-26, SATURDAY,  false, 中秋节
                2026-09-27, SUNDAY,    false, 中秋节
                2026-09-28, MONDAY,    true,
                # 2026 国庆节: Oct 1 – 7, make-up Sun Sep 20 and Sat Oct 10
                2026-09-19, SATURDAY,  false,
                2026-09-20, SUNDAY,    true,
                2026-10-01, THURSDAY,  false, 国庆节
                2026-10-02, FRIDAY,    false, 国庆节
                2026-10-03, SATURDAY,  false, 国庆节
                2026-10-04, SUNDAY,    false, 国庆节
                2026-10-05, MONDAY,    false, 国庆节
                2026-10-06, TUESDAY,   false, 国庆节
                2026-10-07, WEDNESDAY, false, 国庆节
                2026-10-08, THURSDAY,  true,
                2026-10-10, SATURDAY,  true,
                2026-10-11, SUNDAY,    false,
                """)
        void followsTheNotice(LocalDate date, DayOfWeek weekday, boolean working, String holiday) {
            assertThat(date.getDayOfWeek()).as("weekday printed in the notice").isEqualTo(weekday);
            assertThat(BUNDLED.isWorkingDay(date)).isEqualTo(working);
            assertThat(BUNDLED.holidayName(date)).isEqualTo(Optional.ofNullable(holiday));
        }

        @ParameterizedTest(name = "{0}: {1} holidays, {2} make-up days")
        @CsvSource(textBlock = """
                2025, 28, 5
                2026, 33, 6
                """)
        void listsNothingBeyondTheNotice(int year, int holidays, int workdays) {
            Stream<LocalDate> dates = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1));
            long holidayCount = 0;
            long workdayCount = 0;
            for (LocalDate date : dates.toList()) {
                boolean weekend = CalendarFile.isWeekend(date);
                if (BUNDLED.holidayName(date).isPresent()) {
                    holidayCount++;
                }
                if (weekend && BUNDLED.isWorkingDay(date)) {
                    workdayCount++;
                }
            }
            assertThat(holidayCount).isEqualTo(holidays);
            assertThat(workdayCount).isEqualTo(workdays);
        }

        @Test
        void coversTheBundledYears() {
            assertThat(BUNDLED.years()).containsExactly(2025, 2026);
            assertThat(BUNDLED.covers(2025)).isTrue();
            assertThat(BUNDLED.covers(2026)).isTrue();
            assertThat(BUNDLED.covers(2024)).isFalse();
        }

        @Test
        void bundledFilesCiteTheNoticeOnTheirFirstLine() throws IOException {
            for (int year : BUNDLED.years()) {
                String resource = "calendar/cn-" + year + ".csv";
                try (var in = getClass().getClassLoader().getResourceAsStream(resource)) {
                    assertThat(in).as(resource).isNotNull();
                    String firstLine = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
                    assertThat(firstLine).as(resource).startsWith("# 国务院办公厅关于" + year + "年部分节假日安排的通知");
                }
            }
        }

        @Test
        void theIndexListsEveryBundledFile() throws URISyntaxException, IOException {
            // A cn-<year>.csv added without a line in years.txt would silently not load.
            URL index = getClass().getClassLoader().getResource(WorkingCalendar.BUNDLED_INDEX);
            assertThat(index).isNotNull();
            assertThat(index.getProtocol()).isEqualTo("file");
            Set<Integer> files = new TreeSet<>();
            try (Stream<Path> paths = Files.list(Path.of(index.toURI()).getParent())) {
                paths.map(path -> CalendarFile.FILE_NAME.matcher(path.getFileName().toString()))
                        .filter(Matcher::matches)
                        .forEach(matcher -> files.add(Integer.parseInt(matcher.group(1))));
            }
            assertThat(BUNDLED.years()).containsExactlyElementsOf(files);
        }
    }

    @Nested
    class AddingWorkingDays {

        @ParameterizedTest(name = "{0} + {1} working days = {2}")
        @CsvSource(textBlock = """
                # 0 returns the start, even on a day off
                2025-06-11,  0, 2025-06-11
                2025-10-03,  0, 2025-10-03
                2025-06-14,  0, 2025-06-14
                # an ordinary week
                2025-06-11,  1, 2025-06-12
                2025-06-13,  1, 2025-06-16
                2025-06-14,  1, 2025-06-16
                # 国庆 2025, from Fri Sep 26: Sep 28 (make-up) 1, Sep 29 2, Sep 30 3, Oct 1–8 off, Oct 9 4, Oct 10 5,
                # Oct 11 (make-up) 6, Oct 13 7, Oct 14 8, Oct 15 9, Oct 16 10
                2025-09-26,  1, 2025-09-28
                2025-09-26,  3, 2025-09-30
                2025-09-26,  4, 2025-10-09
                2025-09-26,  6, 2025-10-11
                2025-09-26,  7, 2025-10-13
                2025-09-26, 10, 2025-10-16
                2025-09-30,  1, 2025-10-09
                # 春节 2025, from Fri Jan 24: Jan 26 (make-up) 1, Jan 27 2, Jan 28 – Feb 4 off, Feb 5 3, Feb 6 4, Feb 7 5,
                # Feb 8 (make-up) 6, Feb 10 7
                2025-01-24,  1, 2025-01-26
                2025-01-24,  2, 2025-01-27
                2025-01-24,  3, 2025-02-05
                2025-01-24,  6, 2025-02-08
                2025-01-24,  7, 2025-02-10
                # from Fri Jan 31 (a holiday): Feb 5 1, Feb 6 2, Feb 7 3, Feb 8 (make-up) 4, Feb 10 5 … Feb 14 9, Feb 17 10
                2025-01-31, 10, 2025-02-17
                # 春节 2026, from Fri Feb 13: Feb 14 (make-up) 1, Feb 15–23 off, Feb 24 2 … Feb 27 5, Feb 28 (make-up) 6
                2026-02-13,  1, 2026-02-14
                2026-02-13,  2, 2026-02-24
                2026-02-13,  6, 2026-02-28
                2026-02-13,  7, 2026-03-02
                # 国庆 2026, from Wed Sep 30: Oct 1–7 off, Oct 8 1, Oct 9 2, Oct 10 (make-up) 3, Oct 12 4
                2026-09-30,  1, 2026-10-08
                2026-09-30,  3, 2026-10-10
                2026-09-30,  4, 2026-10-12
                2026-09-18,  1, 2026-09-20
                # across year ends: 2026-01-01..03 off, Sun Jan 4 a make-up day
                2025-12-31,  1, 2026-01-04
                2025-12-30,  2, 2026-01-04
                2025-12-31,  2, 2026-01-05
                # 2024 has no data (only weekends are off); 2025-01-01 is 元旦
                2024-12-31,  1, 2025-01-02
                2024-12-27,  1, 2024-12-30
                # 2027 has no bundled data: its 元旦 is not known, so Fri 2027-01-01 counts
                2026-12-31,  1, 2027-01-01
                # a whole year: 2025 has 248 working days (261 weekdays − 18 holidays on weekdays + 5 make-up days)
                2024-12-31, 248, 2025-12-31
                """)
        void countsOnlyWorkingDays(LocalDate start, int days, LocalDate expected) {
            assertThat(BUNDLED.addWorkingDays(start, days)).isEqualTo(expected);
            assertThat(BUNDLED.workingDaysBetween(start, expected)).isEqualTo(days);
        }

        @Test
        void rejectsNegativeDays() {
            assertThatIllegalArgumentException().isThrownBy(() -> BUNDLED.addWorkingDays(LocalDate.of(2025, 6, 11), -1))
                    .withMessageContaining("-1");
        }
    }

    @Nested
    class CountingWorkingDays {

        @ParameterizedTest(name = "({0}, {1}] holds {2} working days")
        @CsvSource(textBlock = """
                2025-06-11, 2025-06-11,   0
                2025-06-11, 2025-06-12,   1
                2025-06-13, 2025-06-15,   0
                2025-06-13, 2025-06-16,   1
                # 春节 2025: only Jan 26 and Jan 27 in (Jan 24, Feb 4]
                2025-01-24, 2025-02-04,   2
                2025-01-24, 2025-02-09,   6
                # 国庆 2025: September 28, 29, 30 and October 9, 10, 11
                2025-09-26, 2025-10-12,   6
                2025-09-30, 2025-10-08,   0
                # 2026 元旦 and make-up Sunday
                2025-12-31, 2026-01-04,   1
                # whole years: 2025 is 261 weekdays − 18 holidays on weekdays + 5 make-up days,
                # 2026 is 261 weekdays − 19 holidays on weekdays + 6 make-up days
                2024-12-31, 2025-12-31, 248
                2025-12-31, 2026-12-31, 248
                # no data: weekdays only (2030-01-01 is a Tuesday; the year has 261 weekdays)
                2029-12-31, 2030-12-31, 261
                # end before start: negated
                2025-02-09, 2025-01-24,  -6
                2025-06-16, 2025-06-13,  -1
                """)
        void countsTheHalfOpenRange(LocalDate startExclusive, LocalDate endInclusive, int expected) {
            assertThat(BUNDLED.workingDaysBetween(startExclusive, endInclusive)).isEqualTo(expected);
        }

        @Test
        void agreesWithDayByDayCountingOverBothYears() {
            LocalDate start = LocalDate.of(2024, 12, 20);
            int count = 0;
            for (LocalDate date = start.plusDays(1); date.isBefore(LocalDate.of(2027, 1, 10)); date = date.plusDays(1)) {
                if (BUNDLED.isWorkingDay(date)) {
                    count++;
                }
                assertThat(BUNDLED.workingDaysBetween(start, date)).as("up to %s", date).isEqualTo(count);
            }
        }
    }

    @Nested
    class YearsWithoutData {

        @ParameterizedTest(name = "{0} working={1}")
        @CsvSource(textBlock = """
                2030-01-01, true
                2030-02-04, true
                2030-10-01, true
                2030-10-04, true
                2030-10-05, false
                2030-10-06, false
                """)
        void followMondayToFriday(LocalDate date, boolean working) {
            assertThat(BUNDLED.covers(2030)).isFalse();
            assertThat(BUNDLED.isWorkingDay(date)).isEqualTo(working);
            assertThat(BUNDLED.holidayName(date)).isEmpty();
        }

        @Test
        void addWorkingDaysSkipsOnlyWeekends() {
            assertThat(BUNDLED.addWorkingDays(LocalDate.of(2030, 9, 27), 10)).isEqualTo(LocalDate.of(2030, 10, 11));
        }
    }

    @Nested
    class ForTests {

        @Test
        void ofHoldsExactlyTheGivenDays() {
            WorkingCalendar calendar = WorkingCalendar.of(Map.of(
                    LocalDate.of(2031, 3, 3), DayKind.HOLIDAY,
                    LocalDate.of(2031, 3, 8), DayKind.WORKDAY));
            assertThat(calendar.years()).containsExactly(2031);
            assertThat(calendar.covers(2031)).isTrue();
            assertThat(calendar.covers(2025)).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2031, 3, 3))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2031, 3, 8))).isTrue();
            assertThat(calendar.holidayName(LocalDate.of(2031, 3, 3))).isEmpty();
            assertThat(calendar.addWorkingDays(LocalDate.of(2031, 2, 28), 1)).isEqualTo(LocalDate.of(2031, 3, 4));
            assertThat(calendar.addWorkingDays(LocalDate.of(2031, 3, 7), 1)).isEqualTo(LocalDate.of(2031, 3, 8));
            assertThat(calendar.workingDaysBetween(LocalDate.of(2031, 2, 28), LocalDate.of(2031, 3, 9))).isEqualTo(5);
            // 2025 is not in this calendar: 2025-10-01 is just a Wednesday
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 1))).isTrue();
        }

        @Test
        void yearsCannotBeChanged() {
            assertThat(BUNDLED.years()).isUnmodifiable();
        }
    }

    @Nested
    class OperatorDirectories {

        @TempDir
        Path directory;

        @Test
        void addAYearAndReplaceABundledOne() throws IOException {
            write("cn-2027.csv", """
                    # 国务院办公厅关于2027年部分节假日安排的通知 (test data)
                    2027-01-01,HOLIDAY,元旦
                    2027-02-20,WORKDAY,春节
                    """);
            write("cn-2026.csv", """
                    # a corrected 2026 replaces the bundled year as a whole
                    2026-03-02,HOLIDAY,测试假日
                    """);
            write("README.txt", "not calendar data, ignored");

            WorkingCalendar calendar = WorkingCalendar.load(List.of(directory));

            assertThat(calendar.years()).containsExactly(2025, 2026, 2027);
            assertThat(calendar.covers(2027)).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
            assertThat(calendar.holidayName(LocalDate.of(2027, 1, 1))).contains("元旦");
            assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
            assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
            // replaced, not merged: the bundled 2026 国庆 is gone, the operator's day is there
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 2))).isFalse();
            assertThat(calendar.holidayName(LocalDate.of(2026, 3, 2))).contains("测试假日");
            // other bundled years untouched
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 1))).isFalse();
        }

        @Test
        void laterDirectoriesWin(@TempDir Path later) throws IOException {
            write("cn-2027.csv", "2027-01-01,HOLIDAY,元旦\n");
            Files.writeString(later.resolve("cn-2027.csv"), "2027-01-04,HOLIDAY,更正\n");

            WorkingCalendar calendar = WorkingCalendar.load(List.of(directory, later));

            assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 4))).isFalse();
        }

        @Test
        void acceptsABomAndWindowsLineEndings() throws IOException {
            write("cn-2027.csv", "\uFEFF# notice\r\n2027-01-01,HOLIDAY,元旦\r\n");

            assertThat(WorkingCalendar.load(List.of(directory)).holidayName(LocalDate.of(2027, 1, 1))).contains("元旦");
        }

        @ParameterizedTest(name = "line {1}: {2}")
        @CsvSource(delimiter = '|', textBlock = """
                2027-02-30,HOLIDAY,春节            | 3 | bad date '2027-02-30'
                2027/02/01,HOLIDAY,春节            | 3 | bad date '2027/02/01'
                2027-2-1,HOLIDAY,春节              | 3 | bad date '2027-2-1'
                2027-02-01,FESTIVAL,春节           | 3 | unknown kind 'FESTIVAL'
                2027-02-01,holiday,春节            | 3 | unknown kind 'holiday'
                2027-02-01,HOLIDAY                 | 3 | expected date,kind,name
                2027-02-01,HOLIDAY,                | 3 | holiday name is missing
                2028-02-01,HOLIDAY,春节            | 3 | does not belong in the file for 2027
                2027-02-01,WORKDAY,春节            | 3 | is a MONDAY
                2027-01-01,HOLIDAY,元旦            | 3 | 2027-01-01 is listed twice
                """)
        void badLinesNameFileAndLine(String badLine, int line, String problem) throws IOException {
            Path file = write("cn-2027.csv", "# notice\n2027-01-01,HOLIDAY,元旦\n" + badLine + "\n2027-01-02,HOLIDAY,元旦\n");

            assertThatExceptionOfType(CalendarDataException.class)
                    .isThrownBy(() -> WorkingCalendar.load(List.of(directory)))
                    .withMessageStartingWith(file + ":" + line + ": ")
                    .withMessageContaining(problem)
                    .satisfies(ex -> {
                        assertThat(ex.source()).isEqualTo(file.toString());
                        assertThat(ex.line()).isEqualTo(line);
                    });
        }

        @Test
        void rejectsAFileThatIsNotUtf8() throws IOException {
            Path file = directory.resolve("cn-2027.csv");
            Files.write(file, "# notice\n2027-01-01,HOLIDAY,元旦\n".getBytes(Charset.forName("GBK")));

            assertThatExceptionOfType(CalendarDataException.class)
                    .isThrownBy(() -> WorkingCalendar.load(List.of(directory)))
                    .withMessage(file + ":2: is not valid UTF-8 (save the file as UTF-8)");
        }

        @Test
        void rejectsAMisnamedFile() throws IOException {
            Path file = write("cn-2027-draft.csv", "2027-01-01,HOLIDAY,元旦\n");

            assertThatExceptionOfType(CalendarDataException.class)
                    .isThrownBy(() -> WorkingCalendar.load(List.of(directory)))
                    .withMessageStartingWith(file + ": ")
                    .withMessageContaining("cn-<year>.csv");
        }

        @Test
        void rejectsAMissingDirectory() {
            Path missing = directory.resolve("nowhere");

            assertThatExceptionOfType(CalendarDataException.class)
                    .isThrownBy(() -> WorkingCalendar.load(List.of(missing)))
                    .withMessage(missing + ": is not a directory");
        }

        private Path write(String name, String content) throws IOException {
            return Files.writeString(directory.resolve(name), content);
        }
    }

    @Nested
    class BundledIndex {

        @TempDir
        Path classpath;

        @Test
        void aListedYearWithoutAFileFails() throws IOException {
            Files.createDirectories(classpath.resolve("calendar"));
            Files.writeString(classpath.resolve("calendar/years.txt"), "# years\n2025\n");

            assertThatExceptionOfType(CalendarDataException.class)
                    .isThrownBy(() -> loadFrom(classpath))
                    .withMessage("classpath:calendar/years.txt: lists 2025 but classpath:calendar/cn-2025.csv does not exist");
        }

        @Test
        void aBadIndexLineFails() throws IOException {
            Files.createDirectories(classpath.resolve("calendar"));
            Files.writeString(classpath.resolve("calendar/years.txt"), "2025\n\ncn-2026\n");

            assertThatExceptionOfType(CalendarDataException.class)
                    .isThrownBy(() -> loadFrom(classpath))
                    .withMessage("classpath:calendar/years.txt:3: expected a year such as 2026 but found 'cn-2026'");
        }

        @Test
        void aBadBundledLineNamesTheResource() throws IOException {
            Files.createDirectories(classpath.resolve("calendar"));
            Files.writeString(classpath.resolve("calendar/years.txt"), "2025\n");
            Files.writeString(classpath.resolve("calendar/cn-2025.csv"), "2025-13-01,HOLIDAY,元旦\n");

            assertThatExceptionOfType(CalendarDataException.class)
                    .isThrownBy(() -> loadFrom(classpath))
                    .withMessageStartingWith("classpath:calendar/cn-2025.csv:1: bad date '2025-13-01'");
        }

        @Test
        void aMissingIndexFails() {
            assertThatExceptionOfType(CalendarDataException.class)
                    .isThrownBy(() -> loadFrom(classpath))
                    .withMessageContaining("classpath:calendar/years.txt");
        }

        private WorkingCalendar loadFrom(Path root) throws IOException {
            // No parent: only this directory is visible, not the real bundled data.
            try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
                return WorkingCalendar.load(loader, List.of());
            }
        }
    }
}

package org.jixiao.project;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as sheets print it, read as far as it goes: a day ({@code 20250226171011}, {@code 2021年3月15日},
 * {@code 2021.3.15}, {@code 2021/3/15}, {@code 2021-03-15}, ISO with a time) or only a month ({@code 2021-3},
 * {@code 2021年3月}). The printed text is what counts; this is what could be understood of it
 * (docs/sheet-format.md#sign-off).
 *
 * @param month the month printed, always present
 * @param day the day, null when only a month is printed
 */
public record PrintedDate(YearMonth month, LocalDate day) {

    /** Years outside this range are typing errors, not dates (and PostgreSQL has no year 0). */
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    /** yyyyMMdd, optionally followed by HH, HHmm or HHmmss: what spreadsheet exports of 填报日期 print. */
    private static final Pattern COMPACT = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})(?:(\\d{2})(?:(\\d{2})(\\d{2})?)?)?");

    /**
     * Year, month and maybe a day, separated by 年/月/日 or by one of {@code - . /}, maybe followed by a time of day
     * (and a zone, as ISO writes it), which is ignored once it is a valid time.
     */
    private static final Pattern SEPARATED = Pattern.compile(
            "(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*"
                    + "(?:月\\s*(?:(\\d{1,2})\\s*[日号]?)?|[./-]\\s*(\\d{1,2})\\s*[日号]?)?"
                    + "(?:(?:\\s+|T)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(?:Z|[+-]\\d{2}:?\\d{2})?)?");

    /** What the text says, or empty when it is blank or cannot be read as a date. */
    public static Optional<PrintedDate> read(String printed) {
        if (printed == null || printed.isBlank()) {
            return Optional.empty();
        }
        // Full-width digits and punctuation (２０２１．３．１５, ：) read like their ASCII forms.
        String text = Normalizer.normalize(printed, Normalizer.Form.NFKC).strip();
        try {
            Matcher compact = COMPACT.matcher(text);
            if (compact.matches()) {
                checkTime(compact.group(4), compact.group(5), compact.group(6));
                return day(compact.group(1), compact.group(2), compact.group(3));
            }
            Matcher separated = SEPARATED.matcher(text);
            if (separated.matches()) {
                checkTime(separated.group(5), separated.group(6), separated.group(7));
                String dayOfMonth = separated.group(3) != null ? separated.group(3) : separated.group(4);
                return dayOfMonth == null ? month(separated.group(1), separated.group(2))
                        : day(separated.group(1), separated.group(2), dayOfMonth);
            }
        }
        catch (DateTimeException impossible) {
            // 2025-02-30, month 13, 25:00: printed, but not a date.
        }
        return Optional.empty();
    }

    private static Optional<PrintedDate> day(String year, String month, String dayOfMonth) {
        return month(year, month).map(printed -> new PrintedDate(printed.month(),
                printed.month().atDay(Integer.parseInt(dayOfMonth))));
    }

    private static Optional<PrintedDate> month(String year, String month) {
        YearMonth yearMonth = YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
        if (yearMonth.getYear() < MIN_YEAR || yearMonth.getYear() > MAX_YEAR) {
            return Optional.empty();
        }
        return Optional.of(new PrintedDate(yearMonth, null));
    }

    /** A time of day, when printed, must be one: 20250226991011 is not a date with a time. */
    private static void checkTime(String hour, String minute, String second) {
        if (hour != null) {
            LocalTime.of(Integer.parseInt(hour), minute == null ? 0 : Integer.parseInt(minute),
                    second == null ? 0 : Integer.parseInt(second));
        }
    }
}

package org.jixiao.indicator.grammar;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads recurring due dates ({@code 每季度}, {@code 每天}, {@code 按月}) and lists the period ends inside the fiscal
 * year, which become milestones.
 */
final class RecurrenceReader {

    private static final Pattern RECURRING = Pattern.compile("(?:每|按)(?:个|一)?(天|日|周|星期|月|季度|季|半年|年度|年)(.*)");

    // Words that may follow the period without changing it (每季度支付, 每月一次).
    private static final Pattern HARMLESS_REST = Pattern.compile("(?:[1一]次|\\D{1,8})?");

    /** The recurring target read from normalised text, or {@code null} when the text is not one. */
    Target read(String text, String normalised, int fiscalYear) {
        Matcher m = RECURRING.matcher(normalised);
        if (!m.matches() || !HARMLESS_REST.matcher(m.group(2)).matches()) {
            return null;
        }
        Recurrence.Every every = switch (m.group(1)) {
            case "天", "日" -> Recurrence.Every.DAY;
            case "周", "星期" -> Recurrence.Every.WEEK;
            case "月" -> Recurrence.Every.MONTH;
            case "季度", "季" -> Recurrence.Every.QUARTER;
            case "半年" -> Recurrence.Every.HALF_YEAR;
            default -> Recurrence.Every.YEAR;
        };
        List<String> notes = new ArrayList<>();
        if (!m.group(2).isEmpty()) {
            notes.add("'" + m.group(2) + "' after the period does not change it");
        }
        return new Target(text, TargetKind.RECURRING, null, null, null, null, null, null, false, notes, null,
                List.of(), new Recurrence(every, dueDates(every, fiscalYear)));
    }

    /** Period ends inside the fiscal year; none for days and weeks (too many to be milestones). */
    static List<LocalDate> dueDates(Recurrence.Every every, int fiscalYear) {
        int monthsPerPeriod = switch (every) {
            case DAY, WEEK -> 0;
            case MONTH -> 1;
            case QUARTER -> 3;
            case HALF_YEAR -> 6;
            case YEAR -> 12;
        };
        List<LocalDate> dates = new ArrayList<>();
        for (int month = monthsPerPeriod; monthsPerPeriod > 0 && month <= 12; month += monthsPerPeriod) {
            dates.add(Year.of(fiscalYear).atMonth(month).atEndOfMonth());
        }
        return dates;
    }

}

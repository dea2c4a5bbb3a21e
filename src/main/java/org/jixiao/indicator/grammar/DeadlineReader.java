package org.jixiao.indicator.grammar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads due dates: months ({@code 10月}, {@code 5月底前}, {@code 6月前}), dates ({@code 2025年10月15日},
 * {@code 2025-10-15}), quarters ({@code 第三季度}) and year words ({@code 全年}, {@code 年底}, {@code 上半年}). Without a
 * printed year the fiscal year applies. The due date is the last day that still counts as on time.
 */
final class DeadlineReader {

    private static final String MONTH = "(\\d{1,2}|[〇一二三四五六七八九十]{1,3})";

    private static final String DAY = "(\\d{1,2}|[〇一二三四五六七八九十]{1,4})";

    private static final String YEAR = "(?:(\\d{4})年)?";

    private static final String BEFORE = "(前|之前|以前)";

    private static final Pattern ISO_DATE = Pattern
        .compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})[日号]?" + BEFORE + "?");

    private static final Pattern ISO_MONTH = Pattern
        .compile("(\\d{4})[-/](\\d{1,2})(底|末|底前|末前|前|之前|以前)?");

    private static final Pattern DATE = Pattern.compile(YEAR + MONTH + "月份?" + DAY + "[日号]" + BEFORE + "?");

    private static final Pattern MONTH_FORM = Pattern.compile(YEAR + MONTH + "月份?(.*)");

    private static final Pattern QUARTER = Pattern.compile(YEAR + "第?([1-4一二三四])季度?(末|底|内)?" + BEFORE + "?");

    private static final Pattern YEAR_FORM = Pattern.compile(YEAR + "(.*)");

    /** After a month, these mean "by the last day of that month". */
    private static final Set<String> MONTH_END = Set.of("", "底", "末", "底前", "末前", "底之前", "底以前", "末之前", "末以前", "内",
            "份内", "下旬");

    /** Year words that mean December 31 without a printed year. */
    private static final Set<String> YEAR_END = Set.of("年底", "年末", "年底前", "年末前", "全年", "全年度", "年内", "年度内", "年终",
            "本年", "本年度", "本年底", "当年", "当年度", "当年底", "年度", "下半年");

    /** After a printed year ({@code 2025年...}), these mean December 31 of it. */
    private static final Set<String> PRINTED_YEAR_END = Set.of("", "底", "末", "底前", "末前", "内", "度", "度内", "终",
            "年底", "年末", "全年", "下半年");

    private static final Set<String> MID_YEAR = Set.of("上半年", "年中");

    private static final Map<String, ComparisonOperator> DEADLINE_WORDS = Map.of("不晚于", ComparisonOperator.LE,
            "不迟于", ComparisonOperator.LE, "最迟", ComparisonOperator.LE, "最晚", ComparisonOperator.LE, "早于",
            ComparisonOperator.LT);

    private static final List<String> LEADING_FILLERS = List.of("截至到", "截止到", "截至", "截止", "于", "在");

    // A deadline cell sometimes names the act too (10月底前完成); the act is not part of the date.
    private static final List<String> TRAILING_ACTS = List.of("完成", "支付", "付款", "验收", "上线", "完工", "交付", "办结",
            "到位");

    private final BeforeMonthReading reading;

    DeadlineReader(BeforeMonthReading reading) {
        this.reading = reading;
    }

    /**
     * The deadline read from normalised text, an {@link TargetKind#UNPARSED} target when the text has the shape of a
     * date but names none (13月), or {@code null} when the text is not a deadline at all.
     */
    Target read(String text, String normalised, int fiscalYear) {
        List<String> notes = new ArrayList<>();
        String s = normalised;
        for (String filler : LEADING_FILLERS) {
            if (s.startsWith(filler) && s.length() > filler.length()) {
                s = s.substring(filler.length());
                break;
            }
        }
        for (String act : TRAILING_ACTS) {
            if (s.endsWith(act) && s.length() > act.length()) {
                s = s.substring(0, s.length() - act.length());
                notes.add("'" + act + "' after the date names the act, not the date");
                break;
            }
        }
        ComparisonOperator operator = null;
        for (Map.Entry<String, ComparisonOperator> word : DEADLINE_WORDS.entrySet()) {
            if (s.startsWith(word.getKey())) {
                operator = word.getValue();
                s = s.substring(word.getKey().length());
                break;
            }
        }
        if (operator == null) {
            ComparatorVocabulary.Match prefix = ComparatorVocabulary.prefix(s);
            if (prefix != null) {
                operator = prefix.operator();
                s = s.substring(prefix.length());
            }
        }
        Due due;
        try {
            due = readDue(s, fiscalYear, notes);
        }
        catch (DateTimeException ex) {
            return Target.unparsed(text, List.of("not a calendar date: " + normalised));
        }
        if (due == null) {
            return null;
        }
        if (due.invalid() != null) {
            return Target.unparsed(text, List.of(due.invalid()));
        }
        return deadline(text, operator, due, fiscalYear, notes);
    }

    private Target deadline(String text, ComparisonOperator printed, Due due, int fiscalYear, List<String> notes) {
        boolean suspect = false;
        ComparisonOperator operator = ComparisonOperator.LE;
        LocalDate date = due.date();
        if (printed == ComparisonOperator.LT) {
            operator = ComparisonOperator.LT;
            if (due.dateIfStrictlyBefore() != null) {
                date = due.dateIfStrictlyBefore();
            }
            else {
                notes.add("'<' in front of this form is unusual; read as due by " + date);
                suspect = true;
            }
        }
        else if (printed == ComparisonOperator.GE || printed == ComparisonOperator.GT) {
            operator = printed;
            notes.add("'" + ((printed == ComparisonOperator.GE) ? "≥" : ">")
                    + "' in front of a date is unusual; read as the date itself, due " + date);
            suspect = true;
        }
        if (date.getYear() != fiscalYear) {
            notes.add("due date " + date + " lies outside fiscal year " + fiscalYear);
        }
        return new Target(text, TargetKind.DEADLINE, operator, null, null, null, null, date, suspect, notes, null,
                List.of(), null);
    }

    /**
     * @param date the due date as read
     * @param dateIfStrictlyBefore the due date when the form is preceded by '<', or null if '<' makes no clear sense
     * @param invalid why a date-shaped text names no date, else null
     */
    private record Due(LocalDate date, LocalDate dateIfStrictlyBefore, String invalid) {

        static Due of(LocalDate date, LocalDate dateIfStrictlyBefore) {
            return new Due(date, dateIfStrictlyBefore, null);
        }

        static Due invalid(String why) {
            return new Due(null, null, why);
        }

    }

    private Due readDue(String s, int fiscalYear, List<String> notes) {
        Matcher m;
        if ((m = ISO_DATE.matcher(s)).matches()) {
            LocalDate date = LocalDate.of(year(m.group(1), fiscalYear), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return Due.of(date, date.minusDays(1));
        }
        if ((m = DATE.matcher(s)).matches()) {
            int year = year(m.group(1), fiscalYear);
            int month = ChineseNumerals.parse(m.group(2));
            int day = ChineseNumerals.parse(m.group(3));
            if (month < 1 || month > 12) {
                return Due.invalid("month " + m.group(2) + " is not a month");
            }
            LocalDate date = LocalDate.of(year, month, day);
            return Due.of(date, date.minusDays(1));
        }
        if ((m = MONTH_FORM.matcher(s)).matches()) {
            return month(year(m.group(1), fiscalYear), m.group(2), m.group(3), notes);
        }
        if ((m = ISO_MONTH.matcher(s)).matches()) {
            return month(year(m.group(1), fiscalYear), m.group(2), Objects.toString(m.group(3), ""), notes);
        }
        if ((m = QUARTER.matcher(s)).matches()) {
            return quarter(year(m.group(1), fiscalYear), m.group(2), m.group(3), m.group(4), notes);
        }
        if ((m = YEAR_FORM.matcher(s)).matches()) {
            return yearWords(m.group(1), m.group(2), fiscalYear);
        }
        return null;
    }

    private Due month(int year, String printedMonth, String suffix, List<String> notes) {
        boolean before = suffix.equals("前") || suffix.equals("之前") || suffix.equals("以前") || suffix.equals("份前");
        boolean known = before || MONTH_END.contains(suffix) || suffix.equals("上旬") || suffix.equals("中旬")
                || suffix.equals("份");
        if (!known) {
            // 3月份工作, 6月中 ...: a month, but not a form we can date.
            return null;
        }
        int month = ChineseNumerals.parse(printedMonth);
        if (month < 1 || month > 12) {
            return Due.invalid("month " + printedMonth + " is not a month");
        }
        LocalDate endOfMonth = endOfMonth(year, month);
        LocalDate endOfPreviousMonth = endOfMonth(year, month).withDayOfMonth(1).minusDays(1);
        if (before) {
            LocalDate date = (this.reading == BeforeMonthReading.PREVIOUS_MONTH_END) ? endOfPreviousMonth : endOfMonth;
            notes.add("'" + month + "月" + suffix + "' read as "
                    + ((this.reading == BeforeMonthReading.PREVIOUS_MONTH_END) ? "before month " + month + " begins"
                            : "by the end of month " + month)
                    + " (before-month reading " + this.reading + "): due " + date);
            return Due.of(date, null);
        }
        return switch (suffix) {
            case "上旬" -> Due.of(LocalDate.of(year, month, 10), null);
            case "中旬" -> Due.of(LocalDate.of(year, month, 20), null);
            // A plain month after '<' (<5月) means before that month begins.
            case "", "份" -> Due.of(endOfMonth, endOfPreviousMonth);
            default -> Due.of(endOfMonth, null);
        };
    }

    private Due quarter(int year, String printedQuarter, String end, String before, List<String> notes) {
        int quarter = ChineseNumerals.parse(printedQuarter);
        LocalDate endOfQuarter = endOfMonth(year, quarter * 3);
        if (before != null && end == null) {
            // 第三季度前: the same policy as N月前, applied to the quarter.
            LocalDate date = (this.reading == BeforeMonthReading.PREVIOUS_MONTH_END)
                    ? endOfQuarter.minusMonths(3).with(TemporalAdjusters.lastDayOfMonth()) : endOfQuarter;
            notes.add("'季度" + before + "' read with before-month reading " + this.reading + ": due " + date);
            return Due.of(date, null);
        }
        return Due.of(endOfQuarter, null);
    }

    private static Due yearWords(String printedYear, String words, int fiscalYear) {
        if (printedYear != null) {
            int year = Integer.parseInt(printedYear);
            if (MID_YEAR.contains(words)) {
                return Due.of(LocalDate.of(year, 6, 30), null);
            }
            return PRINTED_YEAR_END.contains(words) && plausibleYear(year) ? Due.of(LocalDate.of(year, 12, 31), null)
                    : null;
        }
        if (YEAR_END.contains(words)) {
            return Due.of(LocalDate.of(fiscalYear, 12, 31), null);
        }
        if (MID_YEAR.contains(words)) {
            return Due.of(LocalDate.of(fiscalYear, 6, 30), null);
        }
        return null;
    }

    private static int year(String printedYear, int fiscalYear) {
        if (printedYear == null) {
            return fiscalYear;
        }
        int year = Integer.parseInt(printedYear);
        if (!plausibleYear(year)) {
            throw new DateTimeException("implausible year " + year);
        }
        return year;
    }

    // A four-digit number before 年 outside this span is more likely a duration or a typo than a year.
    private static boolean plausibleYear(int year) {
        return year >= 1990 && year <= 2199;
    }

    private static LocalDate endOfMonth(int year, int month) {
        return Year.of(year).atMonth(month).atEndOfMonth();
    }

}

package org.jixiao.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one {@code cn-<year>.csv} file: lines {@code date,kind,name}, {@code #} comments and blank lines skipped. */
final class CalendarFile {

    static final Pattern FILE_NAME = Pattern.compile("cn-(\\d{4})\\.csv");

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private CalendarFile() {
    }

    /** One dated entry of a calendar file. */
    record Entry(DayKind kind, String name) {
    }

    /** The year named by a data file, or an error if a {@code cn-*.csv} file is named otherwise. */
    static int yearOf(Path file) {
        Matcher matcher = FILE_NAME.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            throw new CalendarDataException(file.toString(), 0,
                    "calendar files must be named cn-<year>.csv, e.g. cn-2027.csv");
        }
        return Integer.parseInt(matcher.group(1));
    }

    static Map<LocalDate, Entry> read(Path file, int year) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), year);
        }
        catch (IOException ex) {
            throw new CalendarDataException(file.toString(), "cannot be read (" + ex.getMessage() + ")", ex);
        }
    }

    static Map<LocalDate, Entry> read(InputStream in, String source, int year) {
        List<String> lines = readLines(in, source);
        Map<LocalDate, Entry> entries = new TreeMap<>();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int lineNumber = index + 1;
            // The name comes last and may itself contain commas.
            String[] fields = line.split(",", 3);
            if (fields.length != 3) {
                fail(source, lineNumber, "expected date,kind,name but found '" + line + "'");
            }
            LocalDate date = parseDate(fields[0].strip(), source, lineNumber);
            DayKind kind = parseKind(fields[1].strip(), source, lineNumber);
            String name = fields[2].strip();
            if (name.isEmpty()) {
                fail(source, lineNumber, "the holiday name is missing");
            }
            if (date.getYear() != year) {
                fail(source, lineNumber, date + " does not belong in the file for " + year);
            }
            if (kind == DayKind.WORKDAY && !isWeekend(date)) {
                // A make-up working day is always a Saturday or Sunday; a weekday here is a typo.
                fail(source, lineNumber, "WORKDAY " + date + " is a " + date.getDayOfWeek()
                        + ", but make-up working days fall on a Saturday or Sunday");
            }
            if (entries.putIfAbsent(date, new Entry(kind, name)) != null) {
                fail(source, lineNumber, date + " is listed twice");
            }
        }
        return Collections.unmodifiableMap(entries);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /**
     * Lines decoded strictly as UTF-8, line by line so a bad byte is reported on its own line (a GBK file saved by a
     * Windows editor fails loudly instead of loading garbled names); a leading BOM is dropped.
     */
    static List<String> readLines(InputStream in, String source) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        }
        catch (IOException ex) {
            throw new CalendarDataException(source, "cannot be read (" + ex.getMessage() + ")", ex);
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int length = (end > start && bytes[end - 1] == '\r') ? end - 1 - start : end - start;
            try {
                String line = StandardCharsets.UTF_8.newDecoder()
                        .decode(ByteBuffer.wrap(bytes, start, length)).toString();
                lines.add(lines.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
            }
            catch (CharacterCodingException ex) {
                throw new CalendarDataException(source, lines.size() + 1,
                        "is not valid UTF-8 (save the file as UTF-8)");
            }
            start = end + 1;
        }
        return lines;
    }

    private static LocalDate parseDate(String text, String source, int line) {
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            }
            catch (DateTimeException ex) {
                // falls through to the common message
            }
        }
        throw new CalendarDataException(source, line,
                "bad date '" + text + "', expected yyyy-MM-dd such as 2026-10-01");
    }

    private static DayKind parseKind(String text, String source, int line) {
        for (DayKind kind : DayKind.values()) {
            if (kind.name().equals(text)) {
                return kind;
            }
        }
        throw new CalendarDataException(source, line, "unknown kind '" + text + "', expected HOLIDAY or WORKDAY");
    }

    private static void fail(String source, int line, String problem) {
        throw new CalendarDataException(source, line, problem);
    }
}

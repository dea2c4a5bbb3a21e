package org.jixiao.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The statutory working-day calendar (法定工作日历): public holidays and 调休 make-up working days, kept as data per
 * year, so that rules written in working days ("10个工作日内处置") can be evaluated.
 *
 * <p>A date is a working day if the data says {@link DayKind#WORKDAY}, not one if it says {@link DayKind#HOLIDAY},
 * and otherwise if it falls on Monday to Friday. A year without data therefore follows the weekends-only rule; use
 * {@link #covers(int)} to warn about that. Instances are immutable and safe to share between threads.
 */
public final class WorkingCalendar {

    /** Where bundled data lives on the classpath. */
    static final String BUNDLED_DIRECTORY = "calendar/";

    /** Lists the bundled years, because a classpath directory cannot be listed reliably inside a jar. */
    static final String BUNDLED_INDEX = BUNDLED_DIRECTORY + "years.txt";

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final NavigableMap<LocalDate, CalendarFile.Entry> days;

    private final Set<Integer> years;

    private WorkingCalendar(NavigableMap<LocalDate, CalendarFile.Entry> days, Set<Integer> years) {
        this.days = Collections.unmodifiableNavigableMap(days);
        this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
    }

    /**
     * Loads the bundled years and then the {@code cn-<year>.csv} files of the given directories, in order. A file for
     * a year replaces that year as a whole (bundled or from an earlier directory); it is not merged with it.
     *
     * @param extraDirectories operator directories, later ones winning for the same year; may be empty
     * @throws CalendarDataException if a directory is missing or a file is misnamed, unreadable or has a bad line;
     *         the message names the file and line
     */
    public static WorkingCalendar load(List<Path> extraDirectories) {
        return load(WorkingCalendar.class.getClassLoader(), extraDirectories);
    }

    static WorkingCalendar load(ClassLoader classLoader, List<Path> extraDirectories) {
        Objects.requireNonNull(extraDirectories, "extraDirectories");
        SortedMap<Integer, Map<LocalDate, CalendarFile.Entry>> byYear = new TreeMap<>();
        for (int year : bundledYears(classLoader)) {
            String resource = BUNDLED_DIRECTORY + "cn-" + year + ".csv";
            String source = "classpath:" + resource;
            try (InputStream in = classLoader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new CalendarDataException("classpath:" + BUNDLED_INDEX, 0,
                            "lists " + year + " but " + source + " does not exist");
                }
                byYear.put(year, CalendarFile.read(in, source, year));
            }
            catch (IOException ex) {
                throw new CalendarDataException(source, "cannot be read (" + ex.getMessage() + ")", ex);
            }
        }
        for (Path directory : extraDirectories) {
            for (Path file : dataFiles(directory)) {
                int year = CalendarFile.yearOf(file);
                byYear.put(year, CalendarFile.read(file, year));
            }
        }
        NavigableMap<LocalDate, CalendarFile.Entry> days = new TreeMap<>();
        byYear.values().forEach(days::putAll);
        return new WorkingCalendar(days, byYear.keySet());
    }

    /**
     * A calendar holding exactly the given days, for tests. It covers the years in which the map has a date; its
     * holidays carry no names.
     */
    public static WorkingCalendar of(Map<LocalDate, DayKind> days) {
        NavigableMap<LocalDate, CalendarFile.Entry> entries = new TreeMap<>();
        Set<Integer> years = new TreeSet<>();
        days.forEach((date, kind) -> {
            Objects.requireNonNull(date, "date");
            entries.put(date, new CalendarFile.Entry(Objects.requireNonNull(kind, "kind"), null));
            years.add(date.getYear());
        });
        return new WorkingCalendar(entries, years);
    }

    /** A WORKDAY entry is a working day, a HOLIDAY entry is not, any other date is one if it falls Monday–Friday. */
    public boolean isWorkingDay(LocalDate date) {
        CalendarFile.Entry entry = days.get(Objects.requireNonNull(date, "date"));
        if (entry != null) {
            return entry.kind() == DayKind.WORKDAY;
        }
        return !CalendarFile.isWeekend(date);
    }

    /**
     * The date {@code days} working days after {@code start}; {@code start} itself is not counted, so 1 gives the next
     * working day and 0 gives {@code start} (even when that is not a working day).
     *
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative, was " + days);
        }
        LocalDate date = start;
        for (int counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * The number of working days after {@code startExclusive} up to and including {@code endInclusive}, so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}. If {@code endInclusive} is before
     * {@code startExclusive} the result is the negated count with the roles swapped (useful for "overdue by").
     */
    public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        Objects.requireNonNull(startExclusive, "startExclusive");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (endInclusive.isBefore(startExclusive)) {
            return -workingDaysBetween(endInclusive, startExclusive);
        }
        long span = endInclusive.toEpochDay() - startExclusive.toEpochDay();
        // Whole weeks hold five weekdays each; the remaining days are counted one by one.
        long count = span / 7 * 5;
        LocalDate date = startExclusive.plusDays(span / 7 * 7 + 1);
        for (; !date.isAfter(endInclusive); date = date.plusDays(1)) {
            if (!CalendarFile.isWeekend(date)) {
                count++;
            }
        }
        // Then correct for the entries in range that change the weekday rule.
        var inRange = days.subMap(startExclusive, false, endInclusive, true);
        for (Map.Entry<LocalDate, CalendarFile.Entry> entry : inRange.entrySet()) {
            boolean weekday = !CalendarFile.isWeekend(entry.getKey());
            boolean working = entry.getValue().kind() == DayKind.WORKDAY;
            count += (working ? 1 : 0) - (weekday ? 1 : 0);
        }
        return Math.toIntExact(count);
    }

    /** Whether data for this year is loaded; without it, only weekends are days off. */
    public boolean covers(int year) {
        return years.contains(year);
    }

    /** The years with data, in ascending order. */
    public Set<Integer> years() {
        return years;
    }

    /** The name of the holiday period a day off belongs to ("春节"); empty for any other date, make-up days included. */
    public Optional<String> holidayName(LocalDate date) {
        CalendarFile.Entry entry = days.get(Objects.requireNonNull(date, "date"));
        if (entry == null || entry.kind() != DayKind.HOLIDAY) {
            return Optional.empty();
        }
        return Optional.ofNullable(entry.name());
    }

    @Override
    public String toString() {
        return "WorkingCalendar" + years;
    }

    private static List<Integer> bundledYears(ClassLoader classLoader) {
        String source = "classpath:" + BUNDLED_INDEX;
        try (InputStream in = classLoader.getResourceAsStream(BUNDLED_INDEX)) {
            if (in == null) {
                throw new CalendarDataException(source, 0, "is missing, so no bundled years can be found");
            }
            List<String> lines = CalendarFile.readLines(in, source);
            List<Integer> years = new ArrayList<>();
            for (int index = 0; index < lines.size(); index++) {
                String line = lines.get(index).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (!YEAR.matcher(line).matches()) {
                    throw new CalendarDataException(source, index + 1,
                            "expected a year such as 2026 but found '" + line + "'");
                }
                years.add(Integer.parseInt(line));
            }
            return years;
        }
        catch (IOException ex) {
            throw new CalendarDataException(source, "cannot be read (" + ex.getMessage() + ")", ex);
        }
    }

    /** The directory's {@code cn-*.csv} files in name order, so that loading does not depend on the file system. */
    private static List<Path> dataFiles(Path directory) {
        Objects.requireNonNull(directory, "directory");
        if (!Files.isDirectory(directory)) {
            throw new CalendarDataException(directory.toString(), 0, "is not a directory");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "cn-*.csv")) {
            stream.forEach(files::add);
        }
        catch (IOException ex) {
            throw new CalendarDataException(directory.toString(), "cannot be listed (" + ex.getMessage() + ")", ex);
        }
        files.sort(null);
        return files;
    }
}

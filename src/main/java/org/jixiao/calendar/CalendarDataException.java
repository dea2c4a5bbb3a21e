package org.jixiao.calendar;

/**
 * Calendar data that cannot be used: a missing or unreadable file, or a bad line. The message names the file and,
 * where there is one, the line, so an operator can fix the data without reading code.
 */
public final class CalendarDataException extends RuntimeException {

    private final String source;

    private final int line;

    CalendarDataException(String source, int line, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
    }

    CalendarDataException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.line = 0;
    }

    /** The file: a path, or {@code classpath:calendar/...} for bundled data. */
    public String source() {
        return source;
    }

    /** The 1-based line number, or 0 when the problem concerns the file as a whole. */
    public int line() {
        return line;
    }
}

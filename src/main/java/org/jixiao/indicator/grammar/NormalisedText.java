package org.jixiao.indicator.grammar;

import java.util.List;

/**
 * Printed text after {@link TextNormaliser}: canonical symbols, no spaces. Each normalised character remembers the
 * span of printed characters it came from, so a piece of it can be given back exactly as printed (the sub-targets of
 * a compound keep their own printed text).
 */
final class NormalisedText {

    private final String value;

    private final int[] starts;

    private final int[] ends;

    private final List<String> notes;

    private final boolean suspect;

    NormalisedText(String value, int[] starts, int[] ends, List<String> notes, boolean suspect) {
        this.value = value;
        this.starts = starts;
        this.ends = ends;
        this.notes = List.copyOf(notes);
        this.suspect = suspect;
    }

    /** The canonical text the readers work on. */
    String value() {
        return this.value;
    }

    /** What normalising assumed (OCR guesses); empty for clean text. */
    List<String> notes() {
        return this.notes;
    }

    /** Whether normalising had to guess. */
    boolean suspect() {
        return this.suspect;
    }

    /** The printed characters behind normalised characters {@code [from, to)}, {@code from < to}. */
    String printed(String original, int from, int to) {
        return original.substring(this.starts[from], this.ends[to - 1]);
    }

}

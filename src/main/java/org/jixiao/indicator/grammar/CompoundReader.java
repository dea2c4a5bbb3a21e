package org.jixiao.indicator.grammar;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads several labelled sub-targets separated by {@code 、，,；;}
 * ({@code 一般故障4小时内、较大故障8小时内、重大故障24小时内}). Each piece is a label followed by a value that the
 * single-target readers understand; the part keeps the value's own printed text. A single labelled value
 * ({@code 满意度≥90%}) is read as that value, suspect, since the label may change its meaning.
 */
final class CompoundReader {

    private static final Set<TargetKind> VALUE_KINDS = EnumSet.of(TargetKind.QUANTITY, TargetKind.PERCENT,
            TargetKind.MONEY, TargetKind.DEADLINE, TargetKind.RECURRING, TargetKind.DURATION, TargetKind.RANGE);

    private static final int LONGEST_PIECE = 40;

    private static final String SEPARATORS = "、,;";

    private final Function<String, Target> single;

    /** @param single reads one printed value (no compounds) */
    CompoundReader(Function<String, Target> single) {
        this.single = single;
    }

    /** The compound (or single labelled value) read from text, or {@code null} when it is not one. */
    Target read(String text, NormalisedText normalised) {
        String s = normalised.value();
        List<Part> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i < s.length() && SEPARATORS.indexOf(s.charAt(i)) < 0) {
                continue;
            }
            if (i > start) {
                Part part = readPiece(text, normalised, start, i);
                if (part == null) {
                    return null;
                }
                parts.add(part);
            }
            start = i + 1;
        }
        if (parts.isEmpty()) {
            return null;
        }
        if (parts.size() == 1) {
            return labelledValue(text, parts.getFirst());
        }
        boolean suspect = parts.stream().anyMatch(p -> p.target().suspect());
        List<String> notes = new ArrayList<>();
        for (Part part : parts) {
            part.target().readingNotes().forEach(note -> notes.add(part.label() + ": " + note));
        }
        return new Target(text, TargetKind.COMPOUND, null, null, null, null, null, null, suspect, notes, null, parts,
                null);
    }

    private Part readPiece(String text, NormalisedText normalised, int from, int to) {
        String piece = normalised.value().substring(from, to);
        if (piece.length() > LONGEST_PIECE) {
            return null;
        }
        // The value starts where the rest of the piece first reads as a value; the label before it has no digits.
        for (int split = 0; split < piece.length(); split++) {
            if (split > 0 && isDigitOrSign(piece.charAt(split - 1))) {
                return null;
            }
            if (split > 0 && piece.substring(0, split).codePoints().noneMatch(Character::isLetter)) {
                // Only words make a label; a lone '-' or ':' in front of a number is damage, not a label.
                continue;
            }
            String printedValue = normalised.printed(text, from + split, to);
            Target value = this.single.apply(printedValue);
            if (VALUE_KINDS.contains(value.kind())) {
                String label = (split == 0) ? "" : normalised.printed(text, from, from + split).strip();
                if (label.endsWith(":") || label.endsWith("：")) {
                    label = label.substring(0, label.length() - 1).strip();
                }
                return new Part(label, value);
            }
        }
        return null;
    }

    private static boolean isDigitOrSign(char c) {
        return TextNormaliser.isDigit(c) || ComparatorVocabulary.isSign(c);
    }

    private static Target labelledValue(String text, Part part) {
        Target value = part.target();
        if (part.label().isEmpty()) {
            return null;
        }
        List<String> notes = new ArrayList<>(value.readingNotes());
        notes.add("the words before the value ('" + part.label() + "') were set aside; check they do not change it");
        return new Target(text, value.kind(), value.comparator(), value.value(), value.unit(), value.perUnit(),
                value.direction(), value.due(), true, notes, value.range(), value.parts(), value.recurrence());
    }

}

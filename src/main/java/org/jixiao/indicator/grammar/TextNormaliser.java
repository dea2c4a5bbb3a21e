package org.jixiao.indicator.grammar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns printed target text into one canonical spelling so the readers need not know every variant: full-width
 * characters to half-width, comparison signs to {@code ≥ ≤ > < =}, traditional characters to simplified
 * ({@link TraditionalCharacters}), no spaces, no thousands separators. What is
 * unambiguous is changed silently; what is a guess (OCR damage such as {@code ≫} for {@code ≥}) is noted and makes
 * the reading suspect.
 */
final class TextNormaliser {

    NormalisedText normalise(String printed) {
        // First pass: one printed character to at most one canonical character.
        StringBuilder folded = new StringBuilder(printed.length());
        List<Integer> origins = new ArrayList<>(printed.length());
        List<String> notes = new ArrayList<>();
        boolean suspect = false;
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                continue;
            }
            char canonical = fold(c);
            if (c == '≫' || c == '≪') {
                notes.add("'" + c + "' read as '" + canonical + "' (likely OCR damage)");
                suspect = true;
            }
            folded.append(canonical);
            origins.add(i);
        }

        // Second pass: two-character signs, thousands separators, a closing full stop.
        StringBuilder out = new StringBuilder(folded.length());
        int[] starts = new int[folded.length()];
        int[] ends = new int[folded.length()];
        int n = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            char next = (i + 1 < folded.length()) ? folded.charAt(i + 1) : 0;
            int start = origins.get(i);
            int end = start + 1;
            if ((c == '>' || c == '<') && next == '=') {
                c = (c == '>') ? '≥' : '≤';
                end = origins.get(++i) + 1;
            }
            else if (c == '=' && (next == '>' || next == '<')) {
                char sign = (next == '>') ? '≥' : '≤';
                notes.add("'=" + next + "' read as '" + sign + "'");
                suspect = true;
                c = sign;
                end = origins.get(++i) + 1;
            }
            else if (c == ',' && isThousandsSeparator(folded, i)) {
                continue;
            }
            else if (isClosingPunctuation(folded, i)) {
                continue;
            }
            out.append(c);
            starts[n] = start;
            ends[n] = end;
            n++;
        }
        return new NormalisedText(out.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n),
                notes, suspect);
    }

    private static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            // Full-width ASCII block: ０-９, ％, ＞, ＝, ，, ； ...
            c = (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '≧', '⩾', '≫' -> '≥';
            case '≦', '⩽', '≪' -> '≤';
            case '﹪' -> '%';
            case '﹤' -> '<';
            case '﹥' -> '>';
            case '﹦' -> '=';
            case '−', '–', '‐', '‑', '﹣' -> '-';
            case '〜', '∼' -> '~';
            case '―', '─' -> '—';
            case '﹐' -> ',';
            case '､' -> '、';
            default -> TraditionalCharacters.simplified(c);
        };
    }

    /** A full stop, separator or exclamation with nothing but more of them after it closes the text and says nothing. */
    private static boolean isClosingPunctuation(CharSequence s, int i) {
        if (i == 0) {
            return false;
        }
        for (int k = i; k < s.length(); k++) {
            if ("。.、,;!".indexOf(s.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A comma between a digit and exactly three digits (7,676) groups thousands; elsewhere it separates parts. */
    private static boolean isThousandsSeparator(CharSequence s, int i) {
        if (i == 0 || i + 3 >= s.length() || !isDigit(s.charAt(i - 1))) {
            return false;
        }
        for (int k = 1; k <= 3; k++) {
            if (!isDigit(s.charAt(i + k))) {
                return false;
            }
        }
        return i + 4 == s.length() || !isDigit(s.charAt(i + 4));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

}

package org.jixiao.indicator.grammar;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures whose number is written in words: percent words ({@code 百分之九十五}, {@code 百分之95},
 * {@code 百分之百}), tenths ({@code 九成}, {@code 九成五}) and Chinese numerals before a unit ({@code 三次},
 * {@code 两个工作日}, {@code 壹佰万元}). Works on normalised text with any comparison already taken off.
 */
final class SpelledNumbers {

    /** A number read from words, and the unit text that follows it. */
    record Reading(BigDecimal number, String unit) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Pattern ARABIC = Pattern.compile("\\d+(?:\\.\\d+)?");

    private static final Pattern TENTHS = Pattern.compile("([\\d一二两三四五六七八九])成([\\d一二三四五六七八九]?)");

    private SpelledNumbers() {
    }

    /** The number and unit spelled in the text, or {@code null} when the text is not such a measure. */
    static Reading read(String text) {
        if (text.startsWith("百分之")) {
            String rest = text.substring("百分之".length());
            BigDecimal points = rest.equals("百") ? HUNDRED : number(rest);
            return (points == null) ? null : new Reading(points, "%");
        }
        Matcher tenths = TENTHS.matcher(text);
        if (tenths.matches()) {
            int tens = digit(tenths.group(1));
            int units = tenths.group(2).isEmpty() ? 0 : digit(tenths.group(2));
            return new Reading(BigDecimal.valueOf(tens * 10L + units), "%");
        }
        int end = 0;
        while (end < text.length() && ChineseNumerals.CHARACTERS.indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        // A closing 万 or 亿 belongs to the unit, as in 300万元 or 10万人次.
        if (end > 1 && (text.charAt(end - 1) == '万' || text.charAt(end - 1) == '亿')) {
            end--;
        }
        if (end == 0 || !UnitCatalogue.fitsSpelledNumber(text.substring(end))) {
            return null;
        }
        BigDecimal number = ChineseNumerals.number(text.substring(0, end));
        return (number == null) ? null : new Reading(number, text.substring(end));
    }

    /** Arabic digits or Chinese numerals, the whole text. */
    private static BigDecimal number(String text) {
        return ARABIC.matcher(text).matches() ? new BigDecimal(text) : ChineseNumerals.number(text);
    }

    private static int digit(String numeral) {
        return number(numeral).intValueExact();
    }

}

package org.jixiao.indicator.grammar;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a comparison, a number and a unit ({@code ≥8人}, {@code 不低于95%}, {@code ≤70.6万元}, {@code 4小时内},
 * {@code 293台}) into a quantity, percent, money or duration target. A bare number is an exact (=) target. The
 * number may be spelled in words ({@code 百分之九十五}, {@code 不少于三次}; see {@link SpelledNumbers}).
 */
final class MeasureReader {

    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)(\\D*)");

    // ≥95%（含）: the bound counts, which ≥ and ≤ already say.
    private static final String INCLUSIVE = "(含)";

    /**
     * The measure read from normalised text, or {@code null} when the text is not one.
     * @param costIndicator whether the indicator counts costs (a bare 万 or 亿 is then money)
     */
    Target read(String text, String normalised, boolean costIndicator) {
        String s = normalised.endsWith(INCLUSIVE) ? normalised.substring(0, normalised.length() - INCLUSIVE.length())
                : normalised;
        ComparatorVocabulary.Match prefix = ComparatorVocabulary.prefix(s);
        if (prefix != null) {
            s = s.substring(prefix.length());
        }
        ComparatorVocabulary.Match suffix = ComparatorVocabulary.suffix(s);
        if (suffix != null) {
            s = s.substring(0, s.length() - suffix.length());
        }
        BigDecimal printed;
        String unitText;
        // Words first: 9成 is a percent, not nine of a unit 成.
        SpelledNumbers.Reading spelled = SpelledNumbers.read(s);
        if (spelled != null) {
            printed = spelled.number();
            unitText = spelled.unit();
        }
        else {
            Matcher m = NUMBER_AND_UNIT.matcher(s);
            if (!m.matches()) {
                return null;
            }
            printed = new BigDecimal(m.group(1));
            unitText = m.group(2);
        }
        UnitCatalogue.Unit unit = UnitCatalogue.read(unitText, costIndicator);
        if (unit == null) {
            return null;
        }
        List<String> notes = new ArrayList<>();
        if (unit.note() != null) {
            notes.add(unit.note());
        }
        boolean suspect = false;
        ComparisonOperator operator = ComparisonOperator.EQ;
        if (prefix != null && suffix != null && prefix.operator() != suffix.operator()) {
            operator = prefix.operator();
            notes.add("the signs before and after the number disagree; the one before (" + operator + ") was taken");
            suspect = true;
        }
        else if (prefix != null) {
            operator = prefix.operator();
        }
        else if (suffix != null) {
            operator = suffix.operator();
        }
        suspect |= Amounts.checkPercent(printed, unit, operator, notes);
        suspect |= Amounts.checkBelowZero(printed, operator, notes);
        return new Target(text, kind(unit), operator, Amounts.value(printed, unit), unit.printed(), unit.perUnit(),
                operator.direction(), null, suspect, notes, null, List.of(), null);
    }

    private static TargetKind kind(UnitCatalogue.Unit unit) {
        return switch (unit.family()) {
            case PERCENT -> TargetKind.PERCENT;
            case MONEY -> TargetKind.MONEY;
            case DURATION -> TargetKind.DURATION;
            case QUANTITY -> TargetKind.QUANTITY;
        };
    }

}

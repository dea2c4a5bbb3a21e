package org.jixiao.indicator.grammar;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a range between two numbers ({@code 90%-95%}, {@code 1-3次}, {@code 90%至95%}, {@code 1到3次}). A unit
 * printed once applies to both bounds.
 */
final class RangeReader {

    private static final Pattern RANGE = Pattern
        .compile("(\\d+(?:\\.\\d+)?)([^\\d~—至到-]*)(?:-|~|—|至|到)(\\d+(?:\\.\\d+)?)([^\\d~—至到-]*)");

    /**
     * The range read from normalised text, or {@code null} when the text is not one.
     * @param costIndicator whether the indicator counts costs (a bare 万 or 亿 is then money)
     */
    Target read(String text, String normalised, boolean costIndicator) {
        Matcher m = RANGE.matcher(normalised);
        if (!m.matches()) {
            return null;
        }
        UnitCatalogue.Unit lowerUnit = UnitCatalogue.read(m.group(2), costIndicator);
        UnitCatalogue.Unit upperUnit = UnitCatalogue.read(m.group(4), costIndicator);
        if (lowerUnit == null || upperUnit == null) {
            return null;
        }
        if (lowerUnit.printed() == null) {
            lowerUnit = upperUnit;
        }
        else if (upperUnit.printed() == null) {
            upperUnit = lowerUnit;
        }
        List<String> notes = new ArrayList<>();
        Stream.of(lowerUnit.note(), upperUnit.note()).filter(Objects::nonNull).distinct().forEach(notes::add);
        boolean suspect = false;
        if (lowerUnit.family() != upperUnit.family() || (lowerUnit.family() != UnitCatalogue.Family.MONEY
                && !Objects.equals(lowerUnit.printed(), upperUnit.printed()))) {
            notes.add("the bounds have different units (" + lowerUnit.printed() + ", " + upperUnit.printed() + ")");
            suspect = true;
        }
        BigDecimal lowerPrinted = new BigDecimal(m.group(1));
        BigDecimal upperPrinted = new BigDecimal(m.group(3));
        Bound lower = new Bound(Amounts.value(lowerPrinted, lowerUnit), lowerUnit.printed());
        Bound upper = new Bound(Amounts.value(upperPrinted, upperUnit), upperUnit.printed());
        if (lower.value().compareTo(upper.value()) > 0) {
            notes.add("the lower bound is above the upper bound");
            suspect = true;
        }
        suspect |= Amounts.checkPercent(upperPrinted, upperUnit, null, notes);
        String unit = Objects.equals(lowerUnit.printed(), upperUnit.printed()) ? upperUnit.printed() : null;
        return new Target(text, TargetKind.RANGE, null, null, unit, null, Direction.EXACT, null, suspect, notes,
                new Range(lower, upper), List.of(), null);
    }

}

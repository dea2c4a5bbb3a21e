package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits a group's points among its indicators in hundredths of a point, so that the W of a group always add up to
 * exactly its points (50 / 3 → 16.67, 16.67, 16.66) and full marks are exactly 100.
 */
final class PointsAllocation {

    private static final BigDecimal CENTS = BigDecimal.valueOf(100);

    private PointsAllocation() {
    }

    /**
     * The W of each indicator, in order. Indicators without a weight share equally what the set weights leave; if the
     * set weights exceed the points, or all are set and do not add up to the points, the set weights are scaled to the
     * points (and the unset get 0).
     */
    static List<BigDecimal> allocate(String group, BigDecimal points, List<BigDecimal> weights) {
        long total = cents(points);
        long[] set = new long[weights.size()];
        long setSum = 0;
        List<Integer> unset = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            if (weights.get(i) == null) {
                unset.add(i);
            }
            else {
                set[i] = cents(weights.get(i));
                setSum += set[i];
            }
        }
        long[] result = new long[weights.size()];
        if (unset.size() == weights.size()) {
            share(total, unset, result);
        }
        else if (setSum <= total && !unset.isEmpty()) {
            System.arraycopy(set, 0, result, 0, set.length);
            share(total - setSum, unset, result);
        }
        else if (setSum == 0) {
            throw new IllegalArgumentException("the weights set in " + group + " are all 0; "
                    + "leave them unset for an equal split");
        }
        else {
            scale(total, set, setSum, result);
        }
        return Arrays.stream(result).mapToObj(c -> BigDecimal.valueOf(c, 2)).toList();
    }

    private static long cents(BigDecimal points) {
        return points.multiply(CENTS).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Equal shares; the cents left over go one each to the first indicators. */
    private static void share(long total, List<Integer> indexes, long[] result) {
        long base = total / indexes.size();
        long left = total % indexes.size();
        for (int k = 0; k < indexes.size(); k++) {
            result[indexes.get(k)] = base + ((k < left) ? 1 : 0);
        }
    }

    /** Proportional shares by largest remainder (ties to the earlier indicator). */
    private static void scale(long total, long[] set, long setSum, long[] result) {
        long[] remainders = new long[set.length];
        long given = 0;
        for (int i = 0; i < set.length; i++) {
            long product = Math.multiplyExact(total, set[i]);
            result[i] = product / setSum;
            remainders[i] = product % setSum;
            given += result[i];
        }
        long left = total - given;
        List<Integer> order = IntStream.range(0, set.length).boxed()
            .sorted(Comparator.comparingLong((Integer i) -> remainders[i]).reversed().thenComparing(i -> i))
            .toList();
        for (int k = 0; k < left; k++) {
            result[order.get(k)]++;
        }
    }

}

package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;

/** The grade of a self-evaluation total (domain §6): 优 ≥ 90, 良 80–89.99, 中 60–79.99, 差 &lt; 60. */
public enum Grade {

    EXCELLENT("优"), GOOD("良"), FAIR("中"), POOR("差");

    private static final BigDecimal NINETY = BigDecimal.valueOf(90);

    private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    /** The Chinese grade as printed on reports: 优, 良, 中, 差. */
    public String label() {
        return this.label;
    }

    /** The grade of a total; the total is compared as given (the engine rounds it to 2 decimals first). */
    public static Grade of(BigDecimal total) {
        if (total == null) {
            throw new IllegalArgumentException("a grade needs a total");
        }
        if (total.compareTo(NINETY) >= 0) {
            return EXCELLENT;
        }
        if (total.compareTo(EIGHTY) >= 0) {
            return GOOD;
        }
        if (total.compareTo(SIXTY) >= 0) {
            return FAIR;
        }
        return POOR;
    }

}

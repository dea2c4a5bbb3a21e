package org.jixiao.system;

import java.math.BigDecimal;

/** Numbers as people write them. */
public final class Decimals {

    /** One trillion yuan (1万亿元): far above any single project, far below the overflow of a money column. */
    public static final BigDecimal MAX_YUAN = new BigDecimal("1000000000000");

    private Decimals() {
    }

    /**
     * Without the column scale a database adds (706000.00 → 706000, 96.5000 → 96.5), and never in exponent form
     * (stripping 706000 alone would give 7.06E+5).
     */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

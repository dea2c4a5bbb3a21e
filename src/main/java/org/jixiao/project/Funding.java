package org.jixiao.project;

import java.math.BigDecimal;

/** Money by source, in yuan; null where the sheet's cell is blank. Sources need not add up to the total. */
public record Funding(BigDecimal total, BigDecimal central, BigDecimal provincial, BigDecimal cityCounty,
        BigDecimal selfRaised, BigDecimal other) {

    public static final Funding BLANK = new Funding(null, null, null, null, null, null);
}

package org.jixiao.indicator;

import org.jixiao.indicator.grammar.Target;
import org.jixiao.indicator.grammar.TargetParser;

import org.springframework.stereotype.Component;

/** The grammar, configured with this deployment's reading policy. */
@Component
public class TargetReader {

    private final TargetParser parser;
    private final String parsedWith;

    public TargetReader(TargetProperties properties) {
        this.parser = new TargetParser(properties.beforeMonthReading());
        this.parsedWith = "grammar-" + TargetParser.VERSION + ";" + properties.beforeMonthReading().name();
    }

    /** Reads an indicator's target; its levels say whether it counts costs (a bare 万 is then money). */
    public Target read(String text, int fiscalYear, String level2, String level3) {
        return parser.parse(text, fiscalYear, level2, level3);
    }

    /** Identifies grammar version and policy, stored beside each parsed target to know when to re-read it. */
    public String parsedWith() {
        return parsedWith;
    }
}

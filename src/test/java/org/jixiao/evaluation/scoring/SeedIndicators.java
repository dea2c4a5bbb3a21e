package org.jixiao.evaluation.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.indicator.grammar.BeforeMonthReading;
import org.jixiao.indicator.grammar.TargetParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The annual indicators and budget of a real Jincheng 2025 sheet (the demo data on the classpath), unscored. */
record SeedIndicators(BigDecimal annualBudget, List<IndicatorScoreInput> indicators) {

    static final TargetParser PARSER = new TargetParser(BeforeMonthReading.PREVIOUS_MONTH_END);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Indicator ids are 1, 2, 3 … in sheet order. */
    static SeedIndicators of(String sheet) {
        try (InputStream in = SeedIndicators.class.getClassLoader()
            .getResourceAsStream("demo/jincheng-2025/" + sheet + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no seed sheet " + sheet);
            }
            JsonNode root = JSON.readTree(in);
            int fiscalYear = root.path("fiscalYear").asInt();
            List<IndicatorScoreInput> indicators = new ArrayList<>();
            long id = 1;
            for (JsonNode row : root.path("indicators").path("annual")) {
                JsonNode target = row.path("target");
                indicators.add(IndicatorScoreInput.measured(id++, row.path("level1").asString(),
                        row.path("level2").asString(), row.path("level3").asString(),
                        PARSER.parse(target.isNull() ? null : target.asString(), fiscalYear), null, null));
            }
            return new SeedIndicators(root.path("funding").path("annual").path("total").decimalValue(), indicators);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}

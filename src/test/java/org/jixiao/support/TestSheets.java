package org.jixiao.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The real seed sheets (copied into the demo resources), to read and to vary in tests. */
public final class TestSheets {

    public static final List<String> SEED_SHEETS = List.of(
            "app-system-adaptation", "bigdata-app-maintenance", "bigdata-app-running-costs",
            "bigdata-platform-integration-smartcity-phase1", "bigdata-platform-ops", "city-cloud-ops",
            "cloud-resource-rental", "digital-economy-services", "egov-extranet-ops", "egov-extranet-speedup-pilot",
            "hotline-center-outsourcing", "smart-jincheng-ops-command-center", "smart-npc-construction-fees",
            "smart-npc-construction");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestSheets() {
    }

    public static ObjectNode seed(String name) {
        try (InputStream in = TestSheets.class.getResourceAsStream("/demo/jincheng-2025/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no seed sheet " + name);
            }
            return (ObjectNode) JSON.readTree(in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A seed sheet moved to another fiscal year and renamed, so that it can be imported beside the demo data. */
    public static ObjectNode variant(String name, int fiscalYear, String projectName) {
        ObjectNode sheet = seed(name);
        sheet.put("fiscalYear", fiscalYear);
        project(sheet).put("name", projectName);
        return sheet;
    }

    public static ObjectNode project(ObjectNode sheet) {
        return (ObjectNode) sheet.get("project");
    }

    public static ObjectNode annualIndicator(ObjectNode sheet, int index) {
        return (ObjectNode) sheet.get("indicators").get("annual").get(index);
    }

    public static String json(JsonNode node) {
        return JSON.writeValueAsString(node);
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }
}

package org.jixiao.project;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the audit log keeps of a project: enough to recognise it, not the whole sheet. */
public record ProjectSummary(String name, int fiscalYear, String department, BigDecimal annualFunding,
        Map<String, String> targets) {

    public ProjectSummary {
        // A blank target is recorded as null, which Map.copyOf would refuse.
        targets = targets == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }

    public static ProjectSummary of(Project project) {
        return of(project, Map.of());
    }

    /** @param targets printed targets worth recording, keyed by {@code SCOPE level-3 name} */
    public static ProjectSummary of(Project project, Map<String, String> targets) {
        return new ProjectSummary(project.name(), project.fiscalYear(), project.department().code(),
                project.annualFunding().total(), targets);
    }
}

package org.jixiao.round;

import java.time.LocalDate;
import java.util.List;

/** A round to dispatch: its kind, fiscal year, title, the period its figures cover, the due date and the scope. */
public record RoundRequest(RoundKind kind, Integer fiscalYear, String title, LocalDate periodFrom, LocalDate periodTo,
        LocalDate due, List<String> departments, List<Long> projects) {

    public RoundRequest {
        departments = departments == null ? List.of() : departments;
        projects = projects == null ? List.of() : projects;
    }
}

package org.jixiao.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A dispatched round with how far its reports have come (counted over the reports the caller may see).
 *
 * @param departments the department codes the round was dispatched to
 * @param projects the project ids named besides
 */
public record Round(long id, RoundKind kind, int fiscalYear, String title, LocalDate periodFrom, LocalDate periodTo,
        LocalDate due, List<String> departments, List<Long> projects, String createdBy, Instant createdAt,
        Progress progress) {

    public Round {
        departments = List.copyOf(departments);
        projects = List.copyOf(projects);
    }

    /** Reports by state, and how many are late (not handed in by the due date, or handed in after it). */
    public record Progress(long reports, long draft, long submitted, long returned, long approved, long late) {
    }

    public Round withProgress(Progress progress) {
        return new Round(id, kind, fiscalYear, title, periodFrom, periodTo, due, departments, projects, createdBy,
                createdAt, progress);
    }
}

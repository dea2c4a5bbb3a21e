package org.jixiao.workbench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jixiao.light.Light;
import org.jixiao.project.Department;
import org.jixiao.security.ProjectVisibility;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

/**
 * The portfolio in one statement per page: projects with their stored light and counts of what needs attention,
 * among the projects visible to the caller.
 */
@Repository
class PortfolioRepository {

    private static final String VISIBLE = """
            (:everything or p.department_code = any(:visibleDepartments::text[])
             or p.id = any(:visibleProjects::bigint[]))
            """;

    private static final String FILTER = " where " + VISIBLE + """
               and (cast(:fiscalYear as integer) is null or p.fiscal_year = :fiscalYear)
               and (cast(:department as text) is null or p.department_code = :department)
               and (cast(:fragment as text) is null or strpos(lower(p.name), lower(:fragment)) > 0)
               and (cast(:light as text) is null or coalesce(s.light, 'NONE') = :light)
            """;

    private final DatabaseClient db;

    PortfolioRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<PortfolioPage> find(PortfolioQuery query, ProjectVisibility visibility, LocalDate today) {
        Mono<List<PortfolioEntry>> items = filtered(db.sql("""
                select p.id, p.name, p.fiscal_year, p.department_code, p.department_name,
                       coalesce(s.light, 'NONE') as light, s.budget_execution, s.time_progress,
                       (select count(*) from milestone m where m.project_id = p.id
                           and m.state in ('UPCOMING', 'DUE_SOON', 'OVERDUE') and m.due < :today) as overdue,
                       (select count(*) from alert a where a.project_id = p.id and a.state <> 'RESOLVED')
                           as open_alerts
                  from project p
                  left join project_status s on s.project_id = p.id
                """ + FILTER + """
                 order by p.fiscal_year desc, p.department_code, p.name, p.id
                 limit :limit offset :offset
                """), query, visibility)
                .bind("today", today)
                .bind("limit", query.size())
                .bind("offset", query.offset())
                .map(row -> new PortfolioEntry(
                        row.get("id", Long.class),
                        row.get("name", String.class),
                        row.get("fiscal_year", Integer.class),
                        row.get("department_code", String.class),
                        row.get("department_name", String.class),
                        Light.valueOf(row.get("light", String.class)),
                        row.get("budget_execution", BigDecimal.class),
                        row.get("time_progress", BigDecimal.class),
                        row.get("overdue", Long.class),
                        row.get("open_alerts", Long.class)))
                .all().collectList();
        Mono<Long> total = filtered(db.sql("select count(*) as total from project p"
                + " left join project_status s on s.project_id = p.id" + FILTER), query, visibility)
                .map(row -> row.get("total", Long.class)).one();
        return items.zipWith(total, (found, count) -> new PortfolioPage(found, query.page(), query.size(), count));
    }

    Mono<PortfolioChoices> choices(ProjectVisibility visibility) {
        Mono<List<Integer>> years = visible(db.sql("select distinct p.fiscal_year from project p where "
                + VISIBLE + " order by p.fiscal_year desc"), visibility)
                .map(row -> row.get("fiscal_year", Integer.class)).all().collectList();
        Mono<List<Department>> departments = visible(db.sql("""
                select p.department_code, min(p.department_name) as department_name from project p where\s"""
                + VISIBLE + " group by p.department_code order by p.department_code"), visibility)
                .map(row -> new Department(row.get("department_code", String.class),
                        row.get("department_name", String.class)))
                .all().collectList();
        return years.zipWith(departments, PortfolioChoices::new);
    }

    private static GenericExecuteSpec filtered(GenericExecuteSpec spec, PortfolioQuery query,
            ProjectVisibility visibility) {
        return visible(spec, visibility)
                .bind("fiscalYear", Parameter.fromOrEmpty(query.fiscalYear(), Integer.class))
                .bind("department", Parameter.fromOrEmpty(query.departmentCode(), String.class))
                .bind("fragment", Parameter.fromOrEmpty(query.nameFragment(), String.class))
                .bind("light", Parameter.fromOrEmpty(query.light() == null ? null : query.light().name(),
                        String.class));
    }

    private static GenericExecuteSpec visible(GenericExecuteSpec spec, ProjectVisibility visibility) {
        return spec.bind("everything", visibility.everything())
                .bind("visibleDepartments", visibility.departments().toArray(String[]::new))
                .bind("visibleProjects", visibility.projects().toArray(Long[]::new));
    }
}

package org.jixiao.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.jixiao.security.ProjectVisibility;
import org.jixiao.system.Decimals;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import static org.jixiao.system.database.Timestamps.utc;

/** Projects and their funding, in PostgreSQL. A project is read with its funding in one statement. */
@Repository
public class ProjectRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<ProjectWarning>> WARNINGS = new TypeReference<>() { };

    private static final String SELECT = """
            select p.*,
                   fp.total as fp_total, fp.central as fp_central, fp.provincial as fp_provincial,
                   fp.city_county as fp_city_county, fp.self_raised as fp_self_raised, fp.other as fp_other,
                   fa.total as fa_total, fa.central as fa_central, fa.provincial as fa_provincial,
                   fa.city_county as fa_city_county, fa.self_raised as fa_self_raised, fa.other as fa_other
              from project p
              left join funding fp on fp.project_id = p.id and fp.scope = 'PERIOD'
              left join funding fa on fa.project_id = p.id and fa.scope = 'ANNUAL'
            """;

    private static final String FILTER = """
             where (cast(:fiscalYear as integer) is null or p.fiscal_year = :fiscalYear)
               and (cast(:department as text) is null or p.department_code = :department)
               and (cast(:fragment as text) is null or strpos(lower(p.name), lower(:fragment)) > 0)
               and (:everything or p.department_code = any(:visibleDepartments::text[])
                    or p.id = any(:visibleProjects::bigint[]))
            """;

    private final DatabaseClient db;
    private final JsonMapper jsonMapper;

    public ProjectRepository(DatabaseClient db, JsonMapper jsonMapper) {
        this.db = db;
        this.jsonMapper = jsonMapper;
    }

    public Mono<Long> insert(Project project, Instant now) {
        GenericExecuteSpec insert = bindColumns(db.sql("""
                insert into project (fiscal_year, department_code, department_name, name, implementing_unit,
                    attribute, period_years, budget_wan, overview, basis, necessity, safeguards, plan, goal_period,
                    goal_annual, signoff_owner, signoff_handler, signoff_phone, signoff_filled_text,
                    signoff_filled_at, transcription_notes, warnings, created_at, updated_at)
                values (:fiscalYear, :departmentCode, :departmentName, :name, :implementingUnit, :attribute,
                    :periodYears, :budgetWan, :overview, :basis, :necessity, :safeguards, :plan, :goalPeriod,
                    :goalAnnual, :owner, :handler, :phone, :filledText, :filledOn, :notes, :warnings, :now, :now)
                returning id
                """), project).bind("now", utc(now));
        return insert.map(row -> row.get("id", Long.class)).one()
                .flatMap(id -> writeFunding(id, project).thenReturn(id));
    }

    public Mono<Void> update(long id, Project project, Instant now) {
        GenericExecuteSpec update = bindColumns(db.sql("""
                update project set fiscal_year = :fiscalYear, department_code = :departmentCode,
                    department_name = :departmentName, name = :name, implementing_unit = :implementingUnit,
                    attribute = :attribute, period_years = :periodYears, budget_wan = :budgetWan,
                    overview = :overview, basis = :basis, necessity = :necessity, safeguards = :safeguards,
                    plan = :plan, goal_period = :goalPeriod, goal_annual = :goalAnnual, signoff_owner = :owner,
                    signoff_handler = :handler, signoff_phone = :phone, signoff_filled_text = :filledText,
                    signoff_filled_at = :filledOn,
                    transcription_notes = :notes, warnings = :warnings, updated_at = :now
                 where id = :id
                """), project).bind("id", id).bind("now", utc(now));
        return update.fetch().rowsUpdated().then(writeFunding(id, project));
    }

    public Mono<Project> findById(long id) {
        return db.sql(SELECT + " where p.id = :id").bind("id", id).map(this::project).one();
    }

    public Mono<Long> findIdByIdentity(ProjectIdentity identity) {
        return db.sql("select id from project where department_code = :code and name = :name and fiscal_year = :year")
                .bind("code", identity.departmentCode())
                .bind("name", identity.name())
                .bind("year", identity.fiscalYear())
                .map(row -> row.get("id", Long.class))
                .one();
    }

    /** One page of the projects that match the query among those visible. */
    public Mono<ProjectPage> find(ProjectQuery query, ProjectVisibility visibility) {
        Mono<List<Project>> items = filtered(db.sql(SELECT + FILTER
                + " order by p.fiscal_year desc, p.department_code, p.name, p.id limit :limit offset :offset"), query,
                visibility)
                .bind("limit", query.size())
                .bind("offset", query.offset())
                .map(this::project)
                .all()
                .collectList();
        Mono<Long> total = filtered(db.sql("select count(*) as total from project p" + FILTER), query, visibility)
                .map(row -> row.get("total", Long.class))
                .one();
        return Mono.zip(items, total, (list, count) -> new ProjectPage(list, query.page(), query.size(), count));
    }

    /** Takes the row lock of a project for the rest of the transaction; empty when there is no such project. */
    public Mono<Long> lock(long id) {
        return db.sql("select id from project where id = :id for update").bind("id", id)
                .map(row -> row.get("id", Long.class)).one();
    }

    public Flux<Project> findByIds(Collection<Long> ids) {
        return db.sql(SELECT + " where p.id = any(:ids::bigint[])").bind("ids", ids.toArray(Long[]::new))
                .map(this::project).all();
    }

    /** Id, name, fiscal year and department of projects named so, in one statement (bulk uploads name projects). */
    public Flux<Project> findByNames(Collection<String> names) {
        return db.sql(SELECT + " where p.name = any(:names::text[])").bind("names", names.toArray(String[]::new))
                .map(this::project).all();
    }

    public Mono<Long> count() {
        return db.sql("select count(*) as total from project").map(row -> row.get("total", Long.class)).one();
    }

    /** Deletes the project with its funding and indicators; false when there was no such project. */
    public Mono<Boolean> delete(long id) {
        return db.sql("delete from project where id = :id").bind("id", id).fetch().rowsUpdated()
                .map(count -> count > 0);
    }

    private Mono<Void> writeFunding(long projectId, Project project) {
        Funding period = project.periodFunding();
        Funding annual = project.annualFunding();
        return db.sql("""
                insert into funding (project_id, scope, total, central, provincial, city_county, self_raised, other)
                values (:id, 'PERIOD', :pTotal, :pCentral, :pProvincial, :pCityCounty, :pSelfRaised, :pOther),
                       (:id, 'ANNUAL', :aTotal, :aCentral, :aProvincial, :aCityCounty, :aSelfRaised, :aOther)
                on conflict (project_id, scope) do update set total = excluded.total, central = excluded.central,
                    provincial = excluded.provincial, city_county = excluded.city_county,
                    self_raised = excluded.self_raised, other = excluded.other
                """)
                .bind("id", projectId)
                .bind("pTotal", money(period.total())).bind("pCentral", money(period.central()))
                .bind("pProvincial", money(period.provincial())).bind("pCityCounty", money(period.cityCounty()))
                .bind("pSelfRaised", money(period.selfRaised())).bind("pOther", money(period.other()))
                .bind("aTotal", money(annual.total())).bind("aCentral", money(annual.central()))
                .bind("aProvincial", money(annual.provincial())).bind("aCityCounty", money(annual.cityCounty()))
                .bind("aSelfRaised", money(annual.selfRaised())).bind("aOther", money(annual.other()))
                .fetch().rowsUpdated().then();
    }

    private GenericExecuteSpec bindColumns(GenericExecuteSpec spec, Project project) {
        return spec.bind("fiscalYear", project.fiscalYear())
                .bind("departmentCode", project.department().code())
                .bind("departmentName", project.department().name())
                .bind("name", project.name())
                .bind("implementingUnit", text(project.implementingUnit()))
                .bind("attribute", text(project.attribute()))
                .bind("periodYears", Parameter.fromOrEmpty(project.periodYears(), Integer.class))
                .bind("budgetWan", money(project.budgetWan()))
                .bind("overview", text(project.texts().overview()))
                .bind("basis", text(project.texts().basis()))
                .bind("necessity", text(project.texts().necessity()))
                .bind("safeguards", text(project.texts().safeguards()))
                .bind("plan", text(project.texts().plan()))
                .bind("goalPeriod", text(project.goals().period()))
                .bind("goalAnnual", text(project.goals().annual()))
                .bind("owner", text(project.signoff().owner()))
                .bind("handler", text(project.signoff().handler()))
                .bind("phone", text(project.signoff().phone()))
                .bind("filledText", text(project.signoff().filledAt()))
                .bind("filledOn", Parameter.fromOrEmpty(project.signoff().filledOn(), LocalDate.class))
                .bind("notes", Json.of(jsonMapper.writeValueAsString(project.transcriptionNotes())))
                .bind("warnings", Json.of(jsonMapper.writeValueAsString(project.warnings())));
    }

    private static GenericExecuteSpec filtered(GenericExecuteSpec spec, ProjectQuery query,
            ProjectVisibility visibility) {
        return spec.bind("fiscalYear", Parameter.fromOrEmpty(query.fiscalYear(), Integer.class))
                .bind("department", text(query.departmentCode()))
                .bind("fragment", text(query.nameFragment()))
                .bind("everything", visibility.everything())
                .bind("visibleDepartments", visibility.departments().toArray(String[]::new))
                .bind("visibleProjects", visibility.projects().toArray(Long[]::new));
    }

    private Project project(Readable row) {
        return new Project(
                row.get("id", Long.class),
                row.get("fiscal_year", Integer.class),
                new Department(row.get("department_code", String.class), row.get("department_name", String.class)),
                row.get("name", String.class),
                row.get("implementing_unit", String.class),
                row.get("attribute", String.class),
                row.get("period_years", Integer.class),
                Decimals.plain(row.get("budget_wan", BigDecimal.class)),
                funding(row, "fp_"),
                funding(row, "fa_"),
                new Project.ProjectTexts(row.get("overview", String.class), row.get("basis", String.class),
                        row.get("necessity", String.class), row.get("safeguards", String.class),
                        row.get("plan", String.class)),
                new Project.Goals(row.get("goal_period", String.class), row.get("goal_annual", String.class)),
                // The printed date is read again rather than taken from signoff_filled_at, so that filledOn and
                // filledMonth always agree with it.
                Project.Signoff.of(row.get("signoff_owner", String.class), row.get("signoff_handler", String.class),
                        row.get("signoff_phone", String.class), row.get("signoff_filled_text", String.class)),
                jsonMapper.readValue(row.get("transcription_notes", Json.class).asString(), STRINGS),
                jsonMapper.readValue(row.get("warnings", Json.class).asString(), WARNINGS),
                row.get("created_at", OffsetDateTime.class).toInstant(),
                row.get("updated_at", OffsetDateTime.class).toInstant());
    }

    private static Funding funding(Readable row, String prefix) {
        return new Funding(Decimals.plain(row.get(prefix + "total", BigDecimal.class)),
                Decimals.plain(row.get(prefix + "central", BigDecimal.class)),
                Decimals.plain(row.get(prefix + "provincial", BigDecimal.class)),
                Decimals.plain(row.get(prefix + "city_county", BigDecimal.class)),
                Decimals.plain(row.get(prefix + "self_raised", BigDecimal.class)),
                Decimals.plain(row.get(prefix + "other", BigDecimal.class)));
    }

    private static Parameter text(String value) {
        return Parameter.fromOrEmpty(value, String.class);
    }

    private static Parameter money(BigDecimal value) {
        return Parameter.fromOrEmpty(value, BigDecimal.class);
    }
}

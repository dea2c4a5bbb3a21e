-- A project's year-end self-evaluation (绩效自评): the evaluator's inputs, and whether it is finalized. Scores are
-- computed when read, from the inputs, the actuals and the rule pack, so changing the pack re-scores.
create table evaluation (
    project_id   bigint      not null references project (id) on delete cascade,
    fiscal_year  integer     not null,
    state        text        not null check (state in ('DRAFT', 'FINAL')),
    finalized_by text,
    finalized_at timestamptz,
    updated_by   text        not null,
    updated_at   timestamptz not null,
    primary key (project_id, fiscal_year)
);

-- Per indicator: weight (points), a qualitative grade with its percent, an override with its reason, and the cause
-- of a deviation (经费保障/制度保障/人员保障/硬件条件保障/其他).
create table evaluation_indicator (
    project_id         bigint         not null,
    fiscal_year        integer        not null,
    indicator_id       bigint         not null references indicator (id) on delete cascade,
    weight             numeric(7, 4),
    grade              text check (grade in ('ACHIEVED', 'PARTIAL', 'NOT_ACHIEVED')),
    grade_percent      numeric(7, 4),
    override_points    numeric(7, 4),
    override_reason    text,
    deviation_category text check (deviation_category in ('经费保障', '制度保障', '人员保障', '硬件条件保障', '其他')),
    deviation_text     text,
    primary key (project_id, fiscal_year, indicator_id),
    foreign key (project_id, fiscal_year) references evaluation (project_id, fiscal_year) on delete cascade
);

-- Rounds a finance bureau or department dispatches (the August monitoring round, later the year-end self-evaluation),
-- and one report per project in scope: the official form, prefilled from Jixiao's data and completed by a person.
create table report_round (
    id          bigint generated always as identity primary key,
    kind        text        not null check (kind in ('MONITORING', 'SELF_EVALUATION')),
    fiscal_year integer     not null,
    title       text        not null,
    period_from date        not null,
    period_to   date        not null,
    due         date        not null,
    -- The scope as asked for: department codes and project ids; the reports are the projects it covered then.
    departments text[]      not null default '{}',
    projects    bigint[]    not null default '{}',
    created_by  text        not null,
    created_at  timestamptz not null,
    constraint report_round_period check (period_from <= period_to)
);

-- A project's report in a round. Figures are read live from the data until the report is approved; approving stores
-- every figure shown in "snapshot", so later measurements and payments no longer change it. "version" counts writes
-- (optimistic concurrency: a save must name the version it was made from).
create table report (
    id             bigint generated always as identity primary key,
    round_id       bigint      not null references report_round (id) on delete cascade,
    project_id     bigint      not null references project (id) on delete cascade,
    state          text        not null check (state in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    version        integer     not null default 0,
    -- 全年预计执行数 (yuan) and 1-N月执行情况 of the annual goal: what a person judges.
    funds_projected numeric(18, 2),
    progress       text,
    return_comment text,
    return_fields  jsonb,
    reopen_reason  text,
    snapshot       jsonb,
    submitted_at   timestamptz,
    submitted_by   text,
    reviewed_at    timestamptz,
    reviewed_by    text,
    updated_by     text        not null,
    updated_at     timestamptz not null,
    constraint report_once_per_round unique (round_id, project_id),
    constraint report_approved_has_snapshot check (state <> 'APPROVED' or snapshot is not null)
);

create index report_project on report (project_id);

-- Per annual indicator, what the person filled in: 全年预计完成情况, 完成目标可能性, 偏差原因分析 (categories and text),
-- and the corrective measure (原因说明/整改措施).
create table report_indicator (
    report_id    bigint not null references report (id) on delete cascade,
    indicator_id bigint not null references indicator (id) on delete cascade,
    projected    numeric(20, 4),
    likelihood   text check (likelihood in ('确定能', '有可能', '完全不可能')),
    causes       text[] not null default '{}'
        check (causes <@ array ['经费保障', '制度保障', '人员保障', '硬件条件保障', '其他']::text[]),
    cause_text   text,
    measure      text,
    primary key (report_id, indicator_id)
);

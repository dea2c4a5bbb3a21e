-- One row per project sheet (项目支出绩效目标表) and fiscal year. Texts are kept as printed.
create table project (
    id                  bigint generated always as identity primary key,
    fiscal_year         integer      not null,
    department_code     text         not null,
    department_name     text         not null,
    name                text         not null,
    implementing_unit   text,
    attribute           text,
    period_years        integer,
    budget_wan          numeric(14, 2),
    overview            text,
    basis               text,
    necessity           text,
    safeguards          text,
    plan                text,
    goal_period         text,
    goal_annual         text,
    signoff_owner       text,
    signoff_handler     text,
    signoff_phone       text,
    signoff_filled_at   date,
    transcription_notes jsonb        not null default '[]',
    -- What the import noticed and accepted (funding that does not add up, unknown keys, unreadable targets).
    warnings            jsonb        not null default '[]',
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    constraint project_identity unique (department_code, name, fiscal_year)
);

create index project_fiscal_year_department on project (fiscal_year, department_code);

-- Funding by source, for the whole period and for the year, in yuan. Null = blank on the sheet.
create table funding (
    project_id  bigint         not null references project (id) on delete cascade,
    scope       text           not null check (scope in ('PERIOD', 'ANNUAL')),
    total       numeric(18, 2),
    central     numeric(18, 2),
    provincial  numeric(18, 2),
    city_county numeric(18, 2),
    self_raised numeric(18, 2),
    other       numeric(18, 2),
    primary key (project_id, scope)
);

-- Level-3 indicators with their target as printed and as read by the grammar.
create table indicator (
    id                   bigint generated always as identity primary key,
    project_id           bigint  not null references project (id) on delete cascade,
    scope                text    not null check (scope in ('PERIOD', 'ANNUAL')),
    position             integer not null,
    level1               text    not null,
    level2               text    not null,
    level3               text    not null,
    target_text          text,
    -- The target as first filed (年初); differs from target_text once the target is adjusted.
    original_target_text text,
    target               jsonb   not null,
    target_kind          text generated always as (target ->> 'kind') stored,
    -- Grammar version and reading policy that produced "target"; a mismatch at start-up re-reads the text.
    parsed_with          text    not null
);

create index indicator_project_scope on indicator (project_id, scope, position);
create index indicator_target_kind on indicator (target_kind);

-- Demo sheets already loaded once, so a restart (or a deleted demo project) does not bring them back.
create table demo_sheet_load (
    sheet     text        primary key,
    loaded_at timestamptz not null
);

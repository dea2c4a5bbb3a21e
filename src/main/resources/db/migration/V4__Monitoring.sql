-- Milestones: derived from deadline and recurring annual targets (origin TARGET), or added by hand (MANUAL).
-- MET and WAIVED are final; the sweep moves open ones between UPCOMING, DUE_SOON and OVERDUE.
-- No index on state: the sweep reads every open milestone anyway, and an indexed state would block HOT updates.
create table milestone (
    id               bigint generated always as identity primary key,
    project_id       bigint         not null references project (id) on delete cascade,
    indicator_id     bigint references indicator (id) on delete cascade,
    origin           text           not null check (origin in ('TARGET', 'MANUAL')),
    kind             text           not null check (kind in ('PAYMENT', 'DELIVERY', 'ACCEPTANCE', 'OTHER')),
    title            text           not null,
    due              date           not null,
    amount           numeric(18, 2),
    state            text           not null check (state in ('UPCOMING', 'DUE_SOON', 'OVERDUE', 'MET', 'WAIVED')),
    completed_at     date,
    on_time          boolean,
    evidence         text,
    waiver_reason    text,
    state_changed_at timestamptz    not null,
    created_by       text           not null,
    created_at       timestamptz    not null,
    constraint milestone_derived_once unique (indicator_id, due)
);

create index milestone_project on milestone (project_id, due);

-- Actual values (实际完成值), in the target's terms (money in yuan, percent in points).
create table measurement (
    id           bigint generated always as identity primary key,
    indicator_id bigint         not null references indicator (id) on delete cascade,
    value        numeric(20, 4) not null,
    unit         text,
    entered_text text,
    observed_at  timestamptz    not null,
    note         text,
    evidence_url text,
    source       text           not null check (source in ('MANUAL', 'BULK', 'PROMETHEUS')),
    recorded_by  text           not null,
    recorded_at  timestamptz    not null
);

create index measurement_latest on measurement (indicator_id, observed_at desc, id desc);

-- Payments against a project's annual budget; one linked to a payment milestone completes it.
create table payment (
    id           bigint generated always as identity primary key,
    project_id   bigint         not null references project (id) on delete cascade,
    amount       numeric(18, 2) not null check (amount > 0),
    paid_at      date           not null,
    note         text,
    milestone_id bigint references milestone (id) on delete set null,
    recorded_by  text           not null,
    recorded_at  timestamptz    not null
);

create index payment_project on payment (project_id, paid_at);

-- An indicator whose actual comes from a Prometheus query.
create table indicator_source (
    indicator_id   bigint primary key references indicator (id) on delete cascade,
    type           text        not null check (type in ('PROMETHEUS')),
    query          text        not null,
    base_url       text        not null,
    bound_by       text        not null,
    bound_at       timestamptz not null,
    last_pulled_at timestamptz,
    last_error     text
);

-- Lights as the last evaluation left them; rows change only when the light or its reason changes.
create table indicator_status (
    indicator_id bigint primary key references indicator (id) on delete cascade,
    light        text           not null,
    reason       text           not null,
    actual       numeric(20, 4),
    evaluated_at timestamptz    not null
);

create table project_status (
    project_id       bigint primary key references project (id) on delete cascade,
    light            text           not null,
    reason           text           not null,
    budget_light     text           not null,
    budget_execution numeric(9, 4),
    time_progress    numeric(9, 4),
    paid             numeric(18, 2) not null,
    evaluated_at     timestamptz    not null
);

-- The last run of each scheduled check, for the API, metrics and "checks not running" alerts.
create table check_run (
    check_name       text primary key,
    last_started_at  timestamptz not null,
    last_finished_at timestamptz,
    last_success_at  timestamptz,
    last_outcome     text        not null,
    last_summary     jsonb,
    failures         bigint      not null default 0
);

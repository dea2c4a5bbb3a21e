-- Rectification items (问题整改): what must be put right, who answers for it, by when; tracked to closure like
-- milestones. Approving a monitoring report opens one per indicator judged 完全不可能 (report and indicator set);
-- people add others by hand (report and indicator null). Overdue is not stored: an OPEN item past its due date is
-- overdue, so no sweep has to keep a state true. "version" counts writes (optimistic concurrency).
create table rectification (
    id           bigint generated always as identity primary key,
    project_id   bigint      not null references project (id) on delete cascade,
    report_id    bigint      references report (id) on delete set null,
    indicator_id bigint      references indicator (id) on delete set null,
    what         text        not null,
    who          text        not null,
    due          date        not null,
    state        text        not null default 'OPEN' check (state in ('OPEN', 'DONE')),
    closed_note  text,
    closed_at    timestamptz,
    closed_by    text,
    created_at   timestamptz not null,
    created_by   text        not null,
    updated_at   timestamptz not null,
    version      integer     not null default 0,
    constraint rectification_done_is_closed check ((state = 'DONE') = (closed_at is not null))
);

-- An approval opens an indicator's item once: approving the report again after a reopening adds none.
create unique index rectification_once_per_report_indicator on rectification (report_id, indicator_id)
    where report_id is not null and indicator_id is not null;

create index rectification_project on rectification (project_id);

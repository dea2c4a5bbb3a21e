-- Alerts raised by the checks (domain §8). One row per identity (kind + project + indicator/milestone + period):
-- a repeat updates the row, a cause that returns after resolving fires the same row again.
create table alert (
    id                      bigint generated always as identity primary key,
    identity_key            text        not null unique,
    kind                    text        not null check (kind in ('MILESTONE_DUE_SOON', 'MILESTONE_OVERDUE',
                                            'INDICATOR_OFF_TARGET', 'BUDGET_EXECUTION_LAG', 'MEASUREMENT_MISSING',
                                            'TARGET_UNREADABLE')),
    project_id              bigint      not null references project (id) on delete cascade,
    department_code         text        not null,
    indicator_id            bigint references indicator (id) on delete cascade,
    milestone_id            bigint references milestone (id) on delete cascade,
    period                  text        not null,
    severity                text        not null check (severity in ('INFO', 'WARNING', 'CRITICAL')),
    state                   text        not null check (state in ('FIRING', 'ACKNOWLEDGED', 'RESOLVED')),
    facts                   jsonb       not null,
    -- The labels silences match against (kind, severity, department, project, indicator, milestone), as strings.
    labels                  jsonb       not null,
    -- How far along its reminder cadence the alert is; a notification goes out when the step grows.
    notify_step             integer     not null,
    fire_count              integer     not null,
    first_fired_at          timestamptz not null,
    fired_at                timestamptz not null,
    acknowledged_by         text,
    acknowledged_at         timestamptz,
    acknowledgement_comment text,
    resolved_at             timestamptz,
    updated_at              timestamptz not null
);

create index alert_project on alert (project_id);
create index alert_open on alert (kind) where state <> 'RESOLVED';

-- Who gets what on which channel. Secrets are needed to sign robot messages, so they are stored; the API never
-- returns them.
create table alert_subscription (
    id              bigint generated always as identity primary key,
    department_code text,
    project_id      bigint references project (id) on delete cascade,
    kinds           text[]      not null,
    min_severity    text        not null check (min_severity in ('INFO', 'WARNING', 'CRITICAL')),
    channel_type    text        not null check (channel_type in ('EMAIL', 'WEBHOOK', 'DINGTALK', 'WECOM', 'FEISHU')),
    address         text,
    url             text,
    secret          text,
    -- The address or URL as shown to people: query values (a WeCom key, a DingTalk token) masked.
    recipient       text        not null,
    language        text        not null check (language in ('zh', 'en')),
    created_by      text        not null,
    created_at      timestamptz not null
);

-- Silences: an alert whose labels contain the matchers gets no notifications while the silence lasts.
create table alert_silence (
    id         bigint generated always as identity primary key,
    matchers   jsonb       not null,
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    reason     text        not null,
    created_by text        not null,
    created_at timestamptz not null
);

-- The outbox: written in the same transaction as the alert change, sent by any instance's worker, which claims
-- rows with FOR UPDATE SKIP LOCKED and a lease (a claim by an instance that died expires and is taken again).
create table alert_delivery (
    id              bigint generated always as identity primary key,
    alert_id        bigint      not null references alert (id) on delete cascade,
    subscription_id bigint references alert_subscription (id) on delete set null,
    channel_type    text        not null,
    -- The recipient with any key masked, so the history stays readable after the subscription is gone.
    recipient       text        not null,
    event           text        not null check (event in ('FIRING', 'REMINDER', 'RESOLVED')),
    -- The alert as it was when the row was written: a later change does not rewrite what this message says.
    severity        text        not null,
    facts           jsonb       not null,
    state           text        not null check (state in ('PENDING', 'SENT', 'FAILED', 'CANCELLED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    lease_until     timestamptz,
    claimed_by      text,
    last_error      text,
    digest_size     integer,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    failed_at       timestamptz
);

create index alert_delivery_due on alert_delivery (next_attempt_at) where state = 'PENDING';
create index alert_delivery_alert on alert_delivery (alert_id);
create index alert_delivery_failed on alert_delivery (id) where state = 'FAILED';

-- Messages sent to each chat robot, to keep within its rate limit across all instances.
create table robot_send (
    robot_key text        not null,
    sent_at   timestamptz not null
);

create index robot_send_recent on robot_send (robot_key, sent_at);

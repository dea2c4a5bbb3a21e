-- Grouped alert messages (docs/alerts.md#grouping). A subscriber gets the alerts of one group (a department) in one
-- message: the first message of a new group waits a group wait for more alerts to join it, the group's next one goes
-- a group interval after it at the earliest. The message, no longer the single alert row, is what a worker claims,
-- leases, retries, keys for idempotency and marks sent; alert_delivery keeps one row per alert, event and subscriber,
-- pointing at the message that carries it.
--
-- Additive, so that replicas of the previous release keep working during a rolling update: they still write and send
-- one-alert rows (state PENDING, no message); the new workers take such rows over as messages of one alert each.
create table alert_message (
    -- Drawn from alert_delivery's sequence: a message's number is its Idempotency-Key (jixiao-delivery-<id>), and a
    -- row written before grouping keeps its own number, and so its key, when it becomes a message.
    id              bigint      primary key default nextval('alert_delivery_id_seq'),
    subscription_id bigint references alert_subscription (id) on delete set null,
    channel_type    text        not null,
    recipient       text        not null,
    -- The labels the alerts of the message share, e.g. {department="102"}; with the subscription it names the group.
    group_key       text        not null,
    state           text        not null check (state in ('PENDING', 'SENT', 'FAILED', 'CANCELLED')),
    -- When the group wait (or interval) lets it go; next_attempt_at starts there, or later for a chat robot's quiet
    -- hours, and moves with retries.
    group_due_at    timestamptz not null,
    next_attempt_at timestamptz not null,
    -- Its first claim: from then on no alert joins it, the group's next message waits a group interval from here, and
    -- giving up counts from here.
    sealed_at       timestamptz,
    attempts        integer     not null default 0,
    lease_until     timestamptz,
    claimed_by      text,
    last_error      text,
    -- How many alerts the message carried when it was sent.
    alert_count     integer,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    failed_at       timestamptz
);

-- At most one message per group that alerts may still join; writers that meet on it join the same message.
create unique index alert_message_open on alert_message (subscription_id, group_key) where sealed_at is null;
create index alert_message_due on alert_message (next_attempt_at) where state = 'PENDING';
create index alert_message_group on alert_message (subscription_id, group_key, sealed_at);
create index alert_message_failed on alert_message (id) where state = 'FAILED';

alter table alert_delivery add column message_id bigint references alert_message (id);
create index alert_delivery_message on alert_delivery (message_id);

-- A row carried by a message is GROUPED: its message says whether it went. The row no longer holds the facts of its
-- alert either: a message says what its alerts' facts are when it is sent, not what they were when it was queued.
alter table alert_delivery drop constraint alert_delivery_state_check;
alter table alert_delivery add constraint alert_delivery_state_check
    check (state in ('PENDING', 'SENT', 'FAILED', 'CANCELLED', 'GROUPED'));
alter table alert_delivery alter column facts drop not null;
alter table alert_delivery alter column next_attempt_at drop not null;

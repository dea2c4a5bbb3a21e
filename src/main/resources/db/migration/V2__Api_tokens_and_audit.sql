-- Personal and machine API tokens. Only a hash of the secret is kept; the secret is shown once at creation.
create table api_token (
    id           bigint generated always as identity primary key,
    name         text        not null,
    token_hash   text        not null unique,
    -- The first characters of the secret, to tell tokens apart in lists without revealing them.
    token_prefix text        not null,
    roles        text[]      not null,
    departments  text[]      not null default '{}',
    projects     bigint[]    not null default '{}',
    -- Whom a personal token acts for; null for a machine token, which acts as itself ("token #7 ops-script").
    subject      text,
    created_by   text        not null,
    created_at   timestamptz not null,
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);

create index api_token_created_by on api_token (created_by);

-- Every write: who, when, what. Summaries hold what changed, never secrets.
create table audit_event (
    id        bigint generated always as identity primary key,
    at        timestamptz not null,
    actor     text        not null,
    action    text        not null,
    entity    text        not null,
    entity_id text,
    before    jsonb,
    after     jsonb
);

create index audit_event_at on audit_event (at desc);
create index audit_event_entity on audit_event (entity, entity_id);
create index audit_event_actor on audit_event (actor);

-- People who log in to the workbench (docs/workbench.md). Roles and scopes are those an API token carries, so a
-- person and a token with the same grants see the same. Only an adaptive hash of the password is kept.
create table account (
    id                   bigint generated always as identity primary key,
    username             text        not null unique,
    display_name         text        not null,
    password_hash        text        not null,
    roles                text[]      not null,
    departments          text[]      not null default '{}',
    projects             bigint[]    not null default '{}',
    -- Set for a password somebody else chose or a machine printed: the first login asks for a new one.
    must_change_password boolean     not null,
    -- Failed logins since the last success or lock; reaching the limit locks the account until locked_until.
    failed_attempts      integer     not null default 0,
    locked_until         timestamptz,
    -- Session cookies name the version they were issued for: raising it (logout, password change) ends them all.
    session_version      integer     not null default 0,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);

-- The key that signs session cookies when jixiao.workbench.session.key is not set: made by the first replica to
-- need it, then shared by all of them and kept across restarts. One row.
create table session_key (
    id         integer     primary key check (id = 1),
    secret     bytea       not null,
    created_at timestamptz not null
);

--liquibase formatted sql

--changeset candour:0005-staff-user logicalFilePath:db/changelog/0005-staff-users.sql
-- Staff accounts (administrators, custodians, analysts). Respondents never have an account.
create table staff_user (
    id               uuid        primary key default gen_random_uuid(),
    username         varchar(100) not null,
    display_name     varchar(200) not null,
    password_hash    varchar(500) not null,
    enabled          boolean     not null default true,
    affiliation      varchar(12) not null,
    org_scope_id     uuid        references org_unit (id),
    failed_sign_ins  integer     not null default 0,
    locked_until     timestamp with time zone,
    version          integer     not null default 0,
    constraint staff_user_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{1,99}$'),
    constraint staff_user_affiliation_known check (affiliation in ('FORCE', 'ASSOCIATION'))
);
create unique index staff_user_username_unique on staff_user (lower(username));

--changeset candour:0005-staff-user-role logicalFilePath:db/changelog/0005-staff-users.sql
create table staff_user_role (
    user_id  uuid        not null references staff_user (id) on delete cascade,
    role     varchar(20) not null,
    primary key (user_id, role),
    constraint staff_user_role_known check (role in ('ADMIN', 'CUSTODIAN', 'ANALYST'))
);

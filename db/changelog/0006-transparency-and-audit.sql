--liquibase formatted sql

--changeset candour:0006-transparency-log logicalFilePath:db/changelog/0006-transparency-and-audit.sql
-- Every analytic view and export by staff, readable by administrators and associations.
-- Never respondent data.
create table transparency_log (
    id            uuid        primary key default gen_random_uuid(),
    occurred_at   timestamp with time zone not null default now(),
    staff_user_id uuid        references staff_user (id),
    username      varchar(100) not null,
    view_name     varchar(100) not null,
    parameters    jsonb       not null default '{}'::jsonb
);
create index transparency_log_occurred_idx on transparency_log (occurred_at desc);

--changeset candour:0006-admin-audit logicalFilePath:db/changelog/0006-transparency-and-audit.sql
-- Staff actions on configuration (who did what, when). Never respondent activity.
create table admin_audit (
    id            uuid        primary key default gen_random_uuid(),
    occurred_at   timestamp with time zone not null default now(),
    staff_user_id uuid        references staff_user (id),
    username      varchar(100) not null,
    action        varchar(100) not null,
    subject       varchar(200),
    details       jsonb       not null default '{}'::jsonb
);
create index admin_audit_occurred_idx on admin_audit (occurred_at desc);

--liquibase formatted sql

--changeset candour:0001-org-unit logicalFilePath:db/changelog/0001-org-units.sql
-- The force's structure: force -> command -> BCU/department -> team. A response's unit comes from the
-- code batch, so this table never holds anything about a respondent.
create table org_unit (
    id          uuid        primary key default gen_random_uuid(),
    code        varchar(40) not null,
    name        varchar(200) not null,
    parent_id   uuid        references org_unit (id),
    sort_order  integer     not null default 0,
    headcount   integer,
    version     integer     not null default 0,
    constraint org_unit_code_unique unique (code),
    constraint org_unit_code_format check (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]*$'),
    constraint org_unit_name_not_blank check (length(trim(name)) > 0),
    constraint org_unit_headcount_non_negative check (headcount is null or headcount >= 0),
    constraint org_unit_not_own_parent check (parent_id is null or parent_id <> id)
);
create index org_unit_parent_idx on org_unit (parent_id);
-- Exactly one root (the force).
create unique index org_unit_single_root on org_unit ((parent_id is null)) where parent_id is null;

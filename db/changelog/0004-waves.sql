--liquibase formatted sql

--changeset candour:0004-wave logicalFilePath:db/changelog/0004-waves.sql
-- A survey wave. Settings (k, catalogue, custodians) lock when the wave opens.
create table wave (
    id                uuid        primary key default gen_random_uuid(),
    name              varchar(200) not null,
    questionnaire_id  uuid        not null references questionnaire (id),
    status            varchar(10) not null default 'DRAFT',
    min_cell_size     integer     not null default 10,
    opens_on          date,
    closes_on         date,
    settings          jsonb       not null default '{}'::jsonb,
    locked_at         timestamp with time zone,
    version           integer     not null default 0,
    constraint wave_status_known check (status in ('DRAFT', 'OPEN', 'CLOSED', 'RELEASED')),
    constraint wave_min_cell_size_at_least_5 check (min_cell_size >= 5),
    constraint wave_dates_ordered check (opens_on is null or closes_on is null or opens_on <= closes_on),
    constraint wave_locked_unless_draft check (status = 'DRAFT' or locked_at is not null)
);

--changeset candour:0004-wave-unit-headcount logicalFilePath:db/changelog/0004-waves.sql
-- Headcount of each unit for one wave: the denominator of response rates.
create table wave_unit_headcount (
    wave_id      uuid    not null references wave (id) on delete cascade,
    org_unit_id  uuid    not null references org_unit (id),
    headcount    integer not null,
    primary key (wave_id, org_unit_id),
    constraint wave_unit_headcount_non_negative check (headcount >= 0)
);

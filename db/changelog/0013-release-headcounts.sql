--liquibase formatted sql

--changeset candour:0013-release-headcounts logicalFilePath:db/changelog/0013-release-headcounts.sql
-- Each org node's headcount for a released wave, summed over the units below it as the tree stood at release:
-- the denominator of the node's response rate. Stored with the release so that a reorganisation afterwards
-- (a unit moved elsewhere) leaves the response rates of released waves as they were published.
create table published.release_headcount (
    wave_id      uuid    not null references published.wave_release (wave_id),
    org_unit_id  uuid    not null references public.org_unit (id),
    headcount    integer not null,
    primary key (wave_id, org_unit_id),
    constraint release_headcount_not_negative check (headcount >= 0)
);

--liquibase formatted sql

--changeset candour:0012-release-family-proof logicalFilePath:db/changelog/0012-release-family-proof.sql
-- Whether the exhaustive search for obtainable small groups completed table family by table family (the org
-- totals; the totals with one dimension's tables): the proof a large wave gets when the search over the whole
-- catalogue is out of reach.
alter table published.wave_release
    add column families_checked boolean not null default false;

--liquibase formatted sql

--changeset candour:0011-release-proof logicalFilePath:db/changelog/0011-release-proof.sql
-- How far a release's protection was proven, shown with its results: every release has every listed
-- protection target proven exactly by the engine; these two say whether, in addition, the exhaustive search for
-- obtainable small groups completed and whether the independent verifier re-checked the release.
alter table published.wave_release
    add column exhaustively_checked   boolean not null default false,
    add column independently_verified boolean not null default false;

--liquibase formatted sql

--changeset candour:0014-release-headcounts-of-earlier-releases logicalFilePath:db/changelog/0014-release-headcounts-of-earlier-releases.sql
-- Releases made before 0013 stored no headcounts: give them theirs, summed over the tree as it stands now (what
-- analytics showed for them until then), so that analytics reads every release's denominators in one way.
with recursive below (ancestor_id, unit_id) as (
    select id, id from org_unit
    union all
    select below.ancestor_id, child.id from below join org_unit child on child.parent_id = below.unit_id
)
insert into published.release_headcount (wave_id, org_unit_id, headcount)
select own.wave_id, below.ancestor_id, sum(own.headcount)
from below
join wave_unit_headcount own on own.org_unit_id = below.unit_id
join published.wave_release released on released.wave_id = own.wave_id
where not exists (select 1 from published.release_headcount stored where stored.wave_id = own.wave_id)
group by own.wave_id, below.ancestor_id;

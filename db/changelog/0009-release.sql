--liquibase formatted sql

--changeset candour:0009-ballot-archive logicalFilePath:db/changelog/0009-release.sql
-- After release: the opened ballots, shuffled, re-sealed to the wave's public key as ONE ciphertext. No
-- per-ballot row, id or order survives from the ballot box.
create table ballot_archive (
    wave_id           uuid    primary key references wave (id),
    ballots           integer not null,
    encapsulated_key  bytea   not null,
    ciphertext        bytea   not null
);

--changeset candour:0009-published-schema logicalFilePath:db/changelog/0009-release.sql
-- The protected release: the only thing analytics and exports ever read. Kept in its own schema so that
-- a reader role can be given this and nothing else.
create schema published;

create table published.wave_release (
    wave_id             uuid    primary key references public.wave (id),
    min_cell_size       integer not null,
    respondents         integer not null,
    unreadable_ballots  integer not null default 0,
    released_on         date    not null default current_date
);

create table published.release_table (
    wave_id      uuid    not null references published.wave_release (wave_id),
    table_no     integer not null,
    org_unit_id  uuid    not null references public.org_unit (id),
    dimensions   text[]  not null,
    primary key (wave_id, table_no)
);

-- A cell: a combination of (broad) categories of the table's dimensions. respondents is null when the
-- cell is suppressed ("Fewer than k responses").
create table published.release_cell (
    wave_id      uuid    not null,
    table_no     integer not null,
    cell_no      integer not null,
    categories   text[]  not null,
    suppressed   boolean not null,
    respondents  integer,
    primary key (wave_id, table_no, cell_no),
    foreign key (wave_id, table_no) references published.release_table (wave_id, table_no),
    constraint release_cell_suppressed_has_no_count check (not suppressed or respondents is null)
);

-- An item's figures in a published cell: exact option counts, or suppressed, or a band (rule 3).
create table published.release_item (
    wave_id        uuid        not null,
    table_no       integer     not null,
    cell_no        integer     not null,
    item_code      varchar(40) not null,
    status         varchar(10) not null,
    band           varchar(20),
    option_counts  integer[],
    primary key (wave_id, table_no, cell_no, item_code),
    foreign key (wave_id, table_no, cell_no) references published.release_cell (wave_id, table_no, cell_no),
    constraint release_item_status_known check (status in ('PUBLISHED', 'SUPPRESSED', 'BANDED')),
    constraint release_item_counts_only_when_published check ((status = 'PUBLISHED') = (option_counts is not null))
);

-- Released comments (rule 8): per org node and question, shuffled, redacted, never with profile answers.
create table published.release_comment (
    wave_id      uuid          not null references published.wave_release (wave_id),
    org_unit_id  uuid          not null references public.org_unit (id),
    item_code    varchar(40)   not null,
    position     integer       not null,
    text         varchar(4000) not null,
    primary key (wave_id, org_unit_id, item_code, position)
);

--changeset candour:0009-reader-role logicalFilePath:db/changelog/0009-release.sql splitStatements:false
-- The role analytics reads through: the published schema only, never ballots, codes or the archive.
-- Creating roles needs privileges a production database user may lack; then a DBA runs this block.
do $$
begin
    if not exists (select from pg_roles where rolname = 'candour_reader') then
        begin
            create role candour_reader nologin;
        exception when insufficient_privilege then
            raise notice 'candour_reader not created: ask a DBA to create it (see README)';
            return;
        end;
    end if;
    grant usage on schema published to candour_reader;
    grant select on all tables in schema published to candour_reader;
    alter default privileges in schema published grant select on tables to candour_reader;
    begin
        execute format('grant candour_reader to %I', current_user);
    exception when insufficient_privilege then
        raise notice 'could not grant candour_reader to the application user';
    end;
end
$$;

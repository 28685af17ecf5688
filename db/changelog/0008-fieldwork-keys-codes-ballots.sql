--liquibase formatted sql

--changeset candour:0008-wave-keys logicalFilePath:db/changelog/0008-fieldwork-keys-codes-ballots.sql
-- The wave's results key: only the public half is stored. The private half exists only as custodian
-- shares, handed out once at opening and never stored by the server.
alter table wave add column public_key bytea;
alter table wave add column key_threshold integer;
alter table wave add column shares_outstanding integer not null default 0;
alter table wave add constraint wave_open_has_key check (status = 'DRAFT' or public_key is not null);
alter table wave add constraint wave_key_threshold_range check (key_threshold is null or key_threshold between 2 and 10);
alter table wave add constraint wave_shares_outstanding_non_negative check (shares_outstanding >= 0);

--changeset candour:0008-wave-custodian logicalFilePath:db/changelog/0008-fieldwork-keys-codes-ballots.sql
-- Who holds a share of the wave's results key. share_index is assigned at opening.
create table wave_custodian (
    wave_id          uuid    not null references wave (id) on delete cascade,
    staff_user_id    uuid    not null references staff_user (id),
    share_index      integer,
    share_collected  boolean not null default false,
    primary key (wave_id, staff_user_id),
    constraint wave_custodian_share_index_unique unique (wave_id, share_index)
);

--changeset candour:0008-code-batch logicalFilePath:db/changelog/0008-fieldwork-keys-codes-ballots.sql
-- A batch of single-use codes for one org unit: the batch gives a response its unit, so respondents are
-- never asked where they work. The plain codes are exported once and never stored.
create table code_batch (
    id           uuid        primary key default gen_random_uuid(),
    wave_id      uuid        not null references wave (id) on delete cascade,
    org_unit_id  uuid        not null references org_unit (id),
    code_count   integer     not null,
    exported     boolean     not null default false,
    constraint code_batch_count_range check (code_count between 1 and 20000)
);
create index code_batch_wave_idx on code_batch (wave_id);

--changeset candour:0008-access-code logicalFilePath:db/changelog/0008-fieldwork-keys-codes-ballots.sql
-- Codes only as SHA-256 hashes. spent_token (a hash of code + submission nonce) is set when the code is
-- used, so that a retried submission is recognised. No timestamps, no sequence.
create table access_code (
    code_hash    bytea   primary key,
    batch_id     uuid    not null references code_batch (id) on delete cascade,
    spent_token  bytea,
    constraint access_code_hash_length check (length(code_hash) = 32),
    constraint access_code_token_length check (spent_token is null or length(spent_token) = 32)
);
create index access_code_batch_idx on access_code (batch_id);

--changeset candour:0008-ballot logicalFilePath:db/changelog/0008-fieldwork-keys-codes-ballots.sql
-- The sealed ballot box: HPKE ciphertext under the wave's public key. Random UUIDv4 ids, no timestamp,
-- nothing in clear. Opened only at release, with the custodians' shares.
create table ballot (
    id                uuid   primary key default gen_random_uuid(),
    wave_id           uuid   not null references wave (id),
    encapsulated_key  bytea  not null,
    ciphertext        bytea  not null
);
create index ballot_wave_idx on ballot (wave_id);

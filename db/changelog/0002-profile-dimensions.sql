--liquibase formatted sql

--changeset candour:0002-profile-dimension logicalFilePath:db/changelog/0002-profile-dimensions.sql
-- Profile questions (ethnicity, faith, gender, rank, length of service, ...). Every one is optional.
create table profile_dimension (
    id          uuid        primary key default gen_random_uuid(),
    code        varchar(40) not null,
    question    varchar(400) not null,
    sort_order  integer     not null,
    version     integer     not null default 0,
    constraint profile_dimension_code_unique unique (code)
);

--changeset candour:0002-profile-category logicalFilePath:db/changelog/0002-profile-dimensions.sql
-- Categories of a dimension. A fine category (e.g. "Black Caribbean") points at the broad category it
-- collapses to ("Black"); reporting uses broad categories. "Prefer not to say" is an ordinary category.
create table profile_category (
    id                  uuid        primary key default gen_random_uuid(),
    dimension_id        uuid        not null references profile_dimension (id) on delete cascade,
    code                varchar(40) not null,
    label               varchar(200) not null,
    broad_category_id   uuid        references profile_category (id),
    sort_order          integer     not null,
    prefer_not_to_say   boolean     not null default false,
    constraint profile_category_code_unique unique (dimension_id, code)
);
create index profile_category_dimension_idx on profile_category (dimension_id);

--liquibase formatted sql

--changeset candour:0003-item logicalFilePath:db/changelog/0003-item-bank-and-questionnaires.sql
-- The item bank. Item identity for trends is (code, wording_version): a wording change is a new row.
create table item (
    id               uuid        primary key default gen_random_uuid(),
    code             varchar(40) not null,
    wording_version  integer     not null default 1,
    theme            varchar(40) not null,
    kind             varchar(20) not null,
    polarity         varchar(10) not null default 'POSITIVE',
    wording          varchar(1000) not null,
    -- Links experience items into the funnel experienced -> witnessed -> reported -> confident.
    funnel_role      varchar(20),
    version          integer     not null default 0,
    constraint item_code_wording_unique unique (code, wording_version),
    constraint item_wording_version_positive check (wording_version >= 1),
    constraint item_theme_known check (theme in ('FAIRNESS', 'CAREER', 'RACISM', 'REPORTING', 'SPEAKING_UP',
        'LEADERSHIP', 'INCLUSION', 'RECOMMEND', 'COMMENTS')),
    constraint item_kind_known check (kind in ('AGREEMENT', 'FREQUENCY', 'YES_NO', 'TEXT')),
    constraint item_polarity_known check (polarity in ('POSITIVE', 'NEGATIVE')),
    constraint item_funnel_role_known check (funnel_role is null
        or funnel_role in ('EXPERIENCED', 'WITNESSED', 'REPORTED', 'CONFIDENT'))
);

--changeset candour:0003-item-option logicalFilePath:db/changelog/0003-item-bank-and-questionnaires.sql
-- Answer options of a closed item, in display order. score is 0..100 for agreement scales (already
-- turned round for negatively worded items is NOT done here: polarity is applied by analytics).
create table item_option (
    item_id     uuid        not null references item (id) on delete cascade,
    position    integer     not null,
    code        varchar(40) not null,
    label       varchar(200) not null,
    score       integer,
    -- "Don't know" / "Prefer not to say": shown, but excluded from percentages and scores.
    excluded    boolean     not null default false,
    primary key (item_id, position),
    constraint item_option_code_unique unique (item_id, code),
    constraint item_option_score_range check (score is null or score between 0 and 100)
);

--changeset candour:0003-questionnaire logicalFilePath:db/changelog/0003-item-bank-and-questionnaires.sql
create table questionnaire (
    id            uuid        primary key default gen_random_uuid(),
    code          varchar(40) not null,
    name          varchar(200) not null,
    is_default    boolean     not null default false,
    version       integer     not null default 0,
    constraint questionnaire_code_unique unique (code)
);
create unique index questionnaire_single_default on questionnaire (is_default) where is_default;

--changeset candour:0003-questionnaire-section logicalFilePath:db/changelog/0003-item-bank-and-questionnaires.sql
create table questionnaire_section (
    id                uuid        primary key default gen_random_uuid(),
    questionnaire_id  uuid        not null references questionnaire (id) on delete cascade,
    position          integer     not null,
    title             varchar(200) not null,
    introduction      varchar(1000),
    constraint questionnaire_section_position_unique unique (questionnaire_id, position)
);

--changeset candour:0003-questionnaire-item logicalFilePath:db/changelog/0003-item-bank-and-questionnaires.sql
create table questionnaire_item (
    section_id  uuid        not null references questionnaire_section (id) on delete cascade,
    item_id     uuid        not null references item (id),
    position    integer     not null,
    primary key (section_id, item_id),
    constraint questionnaire_item_position_unique unique (section_id, position)
);

--liquibase formatted sql

-- The default questionnaire shipped with Candour: race, faith and fairness at work in a police force
-- (design: questionnaire.md). 43 items in 9 sections plus 5 profile questions, about 12 minutes.
-- Rows take their ids from the column defaults. Rows refer to each other by code (item code, dimension
-- code, category code, questionnaire code and section position), never by a hard-coded UUID.
-- Wording is plain English at a reading age of about 12. Item identity for trends is (code, wording_version):
-- to change a wording, add a new row with the next wording_version in a new changeset, never edit this one.

--changeset candour:0007-profile-dimensions logicalFilePath:db/changelog/0007-default-police-questionnaire.sql
-- The five profile questions. Every one is optional and has a "Prefer not to say" answer. The org unit is
-- never asked: it comes from the code batch.
insert into profile_dimension (code, question, sort_order)
values
    ('ETHNICITY', 'What is your ethnic group?',                                                       1),
    ('FAITH',     'What is your religion or faith, if you have one?',                                 2),
    ('GENDER',    'How do you describe your gender?',                                                 3),
    ('RANK',      'What is your rank or role?',                                                       4),
    ('SERVICE',   'How long have you worked in policing? Count all your time, in any force or role.', 5);

--changeset candour:0007-profile-categories logicalFilePath:db/changelog/0007-default-police-questionnaire.sql
-- Categories of each dimension. For ethnicity these are the five broad groups of the 2021 census of
-- England and Wales (the groups reporting uses); the fine census categories follow in the next changeset
-- and point at them. Ethnicity sort orders leave room so that each fine category sorts under its group.
insert into profile_category (dimension_id, code, label, sort_order, prefer_not_to_say)
select d.id, c.code, c.label, c.sort_order, c.prefer_not_to_say
from (values
    ('ETHNICITY', 'ASIAN',                      'Asian, Asian British or Asian Welsh',                    100, false),
    ('ETHNICITY', 'BLACK',                      'Black, Black British, Black Welsh, Caribbean or African', 200, false),
    ('ETHNICITY', 'MIXED',                      'Mixed or multiple ethnic groups',                        300, false),
    ('ETHNICITY', 'WHITE',                      'White',                                                  400, false),
    ('ETHNICITY', 'OTHER',                      'Other ethnic group',                                     500, false),
    ('ETHNICITY', 'PREFER_NOT_TO_SAY',          'Prefer not to say',                                      900, true ),

    ('FAITH',     'NO_RELIGION',                'No religion',                                              1, false),
    ('FAITH',     'CHRISTIAN',                  'Christian',                                                2, false),
    ('FAITH',     'MUSLIM',                     'Muslim',                                                   3, false),
    ('FAITH',     'HINDU',                      'Hindu',                                                    4, false),
    ('FAITH',     'SIKH',                       'Sikh',                                                     5, false),
    ('FAITH',     'JEWISH',                     'Jewish',                                                   6, false),
    ('FAITH',     'BUDDHIST',                   'Buddhist',                                                 7, false),
    ('FAITH',     'OTHER',                      'Any other religion or faith',                              8, false),
    ('FAITH',     'PREFER_NOT_TO_SAY',          'Prefer not to say',                                        9, true ),

    ('GENDER',    'WOMAN',                      'Woman',                                                    1, false),
    ('GENDER',    'MAN',                        'Man',                                                      2, false),
    ('GENDER',    'IN_ANOTHER_WAY',             'In another way',                                           3, false),
    ('GENDER',    'PREFER_NOT_TO_SAY',          'Prefer not to say',                                        4, true ),

    ('RANK',      'CONSTABLE',                  'Constable',                                                1, false),
    ('RANK',      'SERGEANT',                   'Sergeant',                                                 2, false),
    ('RANK',      'INSPECTOR_CHIEF_INSPECTOR',  'Inspector or chief inspector',                             3, false),
    ('RANK',      'SUPERINTENDENT_AND_ABOVE',   'Superintendent or above',                                  4, false),
    ('RANK',      'POLICE_STAFF',               'Police staff',                                             5, false),
    ('RANK',      'PCSO',                       'Police community support officer (PCSO)',                  6, false),
    ('RANK',      'SPECIAL_CONSTABLE',          'Special constable',                                        7, false),
    ('RANK',      'PREFER_NOT_TO_SAY',          'Prefer not to say',                                        8, true ),

    ('SERVICE',   'LESS_THAN_2',                'Less than 2 years',                                        1, false),
    ('SERVICE',   'FROM_2_TO_5',                '2 to 5 years',                                             2, false),
    ('SERVICE',   'FROM_6_TO_10',               '6 to 10 years',                                            3, false),
    ('SERVICE',   'FROM_11_TO_20',              '11 to 20 years',                                           4, false),
    ('SERVICE',   'MORE_THAN_20',               'More than 20 years',                                       5, false),
    ('SERVICE',   'PREFER_NOT_TO_SAY',          'Prefer not to say',                                        6, true )
) as c (dimension_code, code, label, sort_order, prefer_not_to_say)
join profile_dimension d on d.code = c.dimension_code;

--changeset candour:0007-profile-categories-ethnicity-fine logicalFilePath:db/changelog/0007-default-police-questionnaire.sql
-- The fine ethnic groups of the 2021 census of England and Wales, each collapsing to its broad group.
insert into profile_category (dimension_id, code, label, broad_category_id, sort_order)
select d.id, c.code, c.label, b.id, c.sort_order
from (values
    ('ASIAN', 'ASIAN_BANGLADESHI',           'Bangladeshi',                                             101),
    ('ASIAN', 'ASIAN_CHINESE',               'Chinese',                                                 102),
    ('ASIAN', 'ASIAN_INDIAN',                'Indian',                                                  103),
    ('ASIAN', 'ASIAN_PAKISTANI',             'Pakistani',                                               104),
    ('ASIAN', 'ASIAN_OTHER',                 'Any other Asian background',                              105),

    ('BLACK', 'BLACK_AFRICAN',               'African',                                                 201),
    ('BLACK', 'BLACK_CARIBBEAN',             'Caribbean',                                               202),
    ('BLACK', 'BLACK_OTHER',                 'Any other Black, Black British or Caribbean background',  203),

    ('MIXED', 'MIXED_WHITE_ASIAN',           'White and Asian',                                         301),
    ('MIXED', 'MIXED_WHITE_BLACK_AFRICAN',   'White and Black African',                                 302),
    ('MIXED', 'MIXED_WHITE_BLACK_CARIBBEAN', 'White and Black Caribbean',                               303),
    ('MIXED', 'MIXED_OTHER',                 'Any other Mixed or multiple ethnic background',           304),

    ('WHITE', 'WHITE_BRITISH',               'English, Welsh, Scottish, Northern Irish or British',     401),
    ('WHITE', 'WHITE_IRISH',                 'Irish',                                                   402),
    ('WHITE', 'WHITE_GYPSY_IRISH_TRAVELLER', 'Gypsy or Irish Traveller',                                403),
    ('WHITE', 'WHITE_ROMA',                  'Roma',                                                    404),
    ('WHITE', 'WHITE_OTHER',                 'Any other White background',                              405),

    ('OTHER', 'OTHER_ARAB',                  'Arab',                                                    501),
    ('OTHER', 'OTHER_ANY',                   'Any other ethnic group',                                  502)
) as c (broad_code, code, label, sort_order)
join profile_dimension d on d.code = 'ETHNICITY'
join profile_category  b on b.dimension_id = d.id and b.code = c.broad_code;

--changeset candour:0007-items logicalFilePath:db/changelog/0007-default-police-questionnaire.sql
-- The item bank of the default questionnaire, wording version 1.
-- Kinds: AGREEMENT (strongly disagree .. strongly agree, plus "Don't know"), FREQUENCY (never .. often, in the
-- last 12 months), YES_NO (yes / no / prefer not to say), TEXT (optional free text).
-- Polarity NEGATIVE marks a negatively worded agreement item ("agree" means a worse climate); analytics turns
-- it round so that favourable always means a better climate. Polarity is only used for agreement items; the
-- other kinds keep the default POSITIVE.
-- The experience funnel: RACISM_EXP_COLLEAGUE (EXPERIENCED) -> RACISM_WIT_COLLEAGUE (WITNESSED)
-- -> REPORT_01 (REPORTED) -> REPORT_03 (CONFIDENT).
insert into item (code, wording_version, theme, kind, polarity, funnel_role, wording)
values
    -- Being part of the team
    ('INCL_01',              1, 'INCLUSION',   'AGREEMENT', 'POSITIVE', null,          'I feel valued for the work I do.'),
    ('INCL_02',              1, 'INCLUSION',   'AGREEMENT', 'POSITIVE', null,          'I can be myself at work, including my faith and culture.'),
    ('INCL_03',              1, 'INCLUSION',   'AGREEMENT', 'POSITIVE', null,          'The people I work with treat me with respect.'),
    ('INCL_04',              1, 'INCLUSION',   'AGREEMENT', 'POSITIVE', null,          'I feel I belong in my team.'),
    ('INCL_05',              1, 'INCLUSION',   'AGREEMENT', 'NEGATIVE', null,          'I feel I have to hide parts of who I am to fit in at work.'),

    -- Fair treatment
    ('FAIR_01',              1, 'FAIRNESS',    'AGREEMENT', 'POSITIVE', null,          'Decisions about postings are made fairly in my force.'),
    ('FAIR_02',              1, 'FAIRNESS',    'AGREEMENT', 'POSITIVE', null,          'Overtime is shared out fairly in my team.'),
    ('FAIR_03',              1, 'FAIRNESS',    'AGREEMENT', 'POSITIVE', null,          'Discipline is handled in the same way for everyone, whatever their race or faith.'),
    ('FAIR_04',              1, 'FAIRNESS',    'AGREEMENT', 'POSITIVE', null,          'Complaints about officers and staff are dealt with in the same way, whatever their race or faith.'),
    ('FAIR_05',              1, 'FAIRNESS',    'AGREEMENT', 'NEGATIVE', null,          'I have to work harder than colleagues to be seen as good at my job.'),
    ('FAIR_06',              1, 'FAIRNESS',    'AGREEMENT', 'NEGATIVE', null,          'Some people get into more trouble than others for the same mistake because of their race or faith.'),

    -- Your career
    ('CAREER_01',            1, 'CAREER',      'AGREEMENT', 'POSITIVE', null,          'Promotion in my force is open and fair to people like me.'),
    ('CAREER_02',            1, 'CAREER',      'AGREEMENT', 'POSITIVE', null,          'Promotion boards judge people on their ability, not on who they know.'),
    ('CAREER_03',            1, 'CAREER',      'AGREEMENT', 'POSITIVE', null,          'Courses, specialist posts and chances to act up are open and fair to people like me.'),
    ('CAREER_04',            1, 'CAREER',      'AGREEMENT', 'POSITIVE', null,          'My supervisor supports me to learn and develop.'),
    ('CAREER_05',            1, 'CAREER',      'AGREEMENT', 'NEGATIVE', null,          'People like me have to wait longer than others to be promoted.'),
    ('CAREER_ENCOURAGED',    1, 'CAREER',      'YES_NO',    'POSITIVE', null,          'In the last 12 months, has a supervisor or manager encouraged you to apply for promotion, a course or a specialist post?'),

    -- Racism and unfair treatment
    ('RACISM_EXP_COLLEAGUE', 1, 'RACISM',      'FREQUENCY', 'POSITIVE', 'EXPERIENCED', 'In the last 12 months, how often has a colleague or supervisor used racist language towards you, mocked your faith, or treated you unfairly because of your race or faith?'),
    ('RACISM_WIT_COLLEAGUE', 1, 'RACISM',      'FREQUENCY', 'POSITIVE', 'WITNESSED',   'In the last 12 months, how often have you seen or heard a colleague or supervisor use racist language, mock someone''s faith, or treat someone unfairly because of their race or faith?'),
    ('RACISM_EXP_MESSAGES',  1, 'RACISM',      'FREQUENCY', 'POSITIVE', null,          'In the last 12 months, how often have you seen racist jokes or jokes about a faith in messages or group chats between colleagues (for example WhatsApp)?'),
    ('RACISM_EXP_FAITH',     1, 'RACISM',      'FREQUENCY', 'POSITIVE', null,          'In the last 12 months, how often have you been made to feel uncomfortable at work for following your faith (for example praying, fasting, or what you wear or eat)?'),
    ('RACISM_EXP_OTHER',     1, 'RACISM',      'FREQUENCY', 'POSITIVE', null,          'In the last 12 months, how often has a colleague or supervisor treated you unfairly because of something else about you, such as your gender, sexuality, disability or age?'),
    ('RACISM_01',            1, 'RACISM',      'AGREEMENT', 'NEGATIVE', null,          'Racism is still a problem in my force.'),

    -- Reporting
    ('REPORT_01',            1, 'REPORTING',   'YES_NO',    'POSITIVE', 'REPORTED',    'If you experienced or saw racism or unfair treatment because of race or faith in the last 12 months, did you report it? If neither happened, please skip this question.'),
    ('REPORT_02',            1, 'REPORTING',   'YES_NO',    'POSITIVE', null,          'If you reported something in the last 12 months, were you told what was done about it? If you did not report anything, please skip this question.'),
    ('REPORT_03',            1, 'REPORTING',   'AGREEMENT', 'POSITIVE', 'CONFIDENT',   'If I reported racism or unfair treatment, I am confident it would be acted on.'),
    ('REPORT_04',            1, 'REPORTING',   'AGREEMENT', 'POSITIVE', null,          'If I reported racism, I would be protected from being treated worse because of it.'),
    ('REPORT_05',            1, 'REPORTING',   'AGREEMENT', 'POSITIVE', null,          'I know how to report racism, including without giving my name.'),
    ('REPORT_06',            1, 'REPORTING',   'AGREEMENT', 'NEGATIVE', null,          'Reporting racism here would harm my career.'),

    -- Speaking up
    ('SPEAK_01',             1, 'SPEAKING_UP', 'AGREEMENT', 'POSITIVE', null,          'I feel able to challenge unacceptable behaviour at work, even from someone of a higher rank or grade.'),
    ('SPEAK_02',             1, 'SPEAKING_UP', 'AGREEMENT', 'POSITIVE', null,          'I can raise concerns about racism without fear of what will happen to me.'),
    ('SPEAK_03',             1, 'SPEAKING_UP', 'AGREEMENT', 'NEGATIVE', null,          'People who speak up about racism here are seen as troublemakers.'),
    ('SPEAK_04',             1, 'SPEAKING_UP', 'AGREEMENT', 'POSITIVE', null,          'My supervisor would back me if I challenged a colleague''s behaviour.'),

    -- Leadership
    ('LEAD_01',              1, 'LEADERSHIP',  'AGREEMENT', 'POSITIVE', null,          'I trust my immediate supervisor or line manager.'),
    ('LEAD_02',              1, 'LEADERSHIP',  'AGREEMENT', 'POSITIVE', null,          'I trust my force''s senior leadership team.'),
    ('LEAD_03',              1, 'LEADERSHIP',  'AGREEMENT', 'POSITIVE', null,          'The senior leadership team takes racism seriously.'),
    ('LEAD_04',              1, 'LEADERSHIP',  'AGREEMENT', 'POSITIVE', null,          'Leaders in my BCU or department set a good example in treating people of every race and faith fairly.'),
    ('LEAD_05',              1, 'LEADERSHIP',  'AGREEMENT', 'POSITIVE', null,          'I believe leaders in my force will act on the results of this survey.'),

    -- Your future in the force
    ('RECOMMEND_01',         1, 'RECOMMEND',   'AGREEMENT', 'POSITIVE', null,          'I would recommend joining my force to someone from my community.'),
    ('RECOMMEND_02',         1, 'RECOMMEND',   'AGREEMENT', 'POSITIVE', null,          'I plan to still be working for my force in two years'' time.'),
    ('RECOMMEND_03',         1, 'RECOMMEND',   'AGREEMENT', 'POSITIVE', null,          'I am proud to work for my force.'),

    -- Your comments
    ('COMMENT_01',           1, 'COMMENTS',    'TEXT',      'POSITIVE', null,          'What should change to make your force a fairer place to work for people of every race and faith?'),
    ('COMMENT_02',           1, 'COMMENTS',    'TEXT',      'POSITIVE', null,          'Is there anything else you would like to tell us?');

--changeset candour:0007-questionnaire-and-sections logicalFilePath:db/changelog/0007-default-police-questionnaire.sql
-- The default questionnaire and its sections, in the order respondents see them: gentle questions first,
-- then fairness and career, then experiences of racism, reporting and speaking up, then leadership and the
-- future, and the optional comments last. The profile questions are asked separately.
insert into questionnaire (code, name, is_default)
values ('POLICE_RACE_FAITH_FAIRNESS', 'Race, faith and fairness at work', true);

insert into questionnaire_section (questionnaire_id, position, title, introduction)
select q.id, s.position, s.title, s.introduction
from (values
    (1, 'Being part of the team',
        'These questions are about how you feel at work. There are no right or wrong answers. '
        || 'If a statement does not fit you, choose "Don''t know". You can skip any question.'),
    (2, 'Fair treatment',
        'These questions are about how decisions are made where you work, '
        || 'and whether the rules are the same for everyone.'),
    (3, 'Your career',
        'These questions are about promotion, courses and moving on in your career. '
        || 'They are for police staff as well as officers.'),
    (4, 'Racism and unfair treatment',
        'These questions are about racism and unfair treatment from colleagues or supervisors in the last '
        || '12 months. They are not about members of the public. Some may be hard to answer, and you can skip '
        || 'any of them. If this brings up something difficult, your staff association, the Police Federation, '
        || 'your union or your force''s wellbeing service can help.'),
    (5, 'Reporting',
        'Reporting means telling a supervisor, Professional Standards, HR, a staff association '
        || 'or a confidential reporting line.'),
    (6, 'Speaking up',
        'These questions are about whether you can challenge behaviour and raise concerns at work.'),
    (7, 'Leadership',
        'Your immediate supervisor is the person you report to day to day. '
        || 'The senior leadership team means the chief officers and senior staff who run the force.'),
    (8, 'Your future in the force',
        'These questions are about whether you would recommend the force and whether you plan to stay.'),
    (9, 'Your comments',
        'These two questions are optional. Please do not write names, collar or staff numbers, or anything '
        || 'else that could identify you or someone else. Comments are only shared for large groups and '
        || 'never next to your profile answers.')
) as s (position, title, introduction)
join questionnaire q on q.code = 'POLICE_RACE_FAITH_FAIRNESS';

--changeset candour:0007-questionnaire-items logicalFilePath:db/changelog/0007-default-police-questionnaire.sql
-- Which item is asked where: section (by its position in the default questionnaire) and position in it.
insert into questionnaire_item (section_id, item_id, position)
select s.id, i.id, v.position
from (values
    (1, 1, 'INCL_01'),
    (1, 2, 'INCL_02'),
    (1, 3, 'INCL_03'),
    (1, 4, 'INCL_04'),
    (1, 5, 'INCL_05'),

    (2, 1, 'FAIR_01'),
    (2, 2, 'FAIR_02'),
    (2, 3, 'FAIR_03'),
    (2, 4, 'FAIR_04'),
    (2, 5, 'FAIR_05'),
    (2, 6, 'FAIR_06'),

    (3, 1, 'CAREER_01'),
    (3, 2, 'CAREER_02'),
    (3, 3, 'CAREER_03'),
    (3, 4, 'CAREER_04'),
    (3, 5, 'CAREER_05'),
    (3, 6, 'CAREER_ENCOURAGED'),

    (4, 1, 'RACISM_EXP_COLLEAGUE'),
    (4, 2, 'RACISM_WIT_COLLEAGUE'),
    (4, 3, 'RACISM_EXP_MESSAGES'),
    (4, 4, 'RACISM_EXP_FAITH'),
    (4, 5, 'RACISM_EXP_OTHER'),
    (4, 6, 'RACISM_01'),

    (5, 1, 'REPORT_01'),
    (5, 2, 'REPORT_02'),
    (5, 3, 'REPORT_03'),
    (5, 4, 'REPORT_04'),
    (5, 5, 'REPORT_05'),
    (5, 6, 'REPORT_06'),

    (6, 1, 'SPEAK_01'),
    (6, 2, 'SPEAK_02'),
    (6, 3, 'SPEAK_03'),
    (6, 4, 'SPEAK_04'),

    (7, 1, 'LEAD_01'),
    (7, 2, 'LEAD_02'),
    (7, 3, 'LEAD_03'),
    (7, 4, 'LEAD_04'),
    (7, 5, 'LEAD_05'),

    (8, 1, 'RECOMMEND_01'),
    (8, 2, 'RECOMMEND_02'),
    (8, 3, 'RECOMMEND_03'),

    (9, 1, 'COMMENT_01'),
    (9, 2, 'COMMENT_02')
) as v (section_position, position, item_code)
join questionnaire         q on q.code = 'POLICE_RACE_FAITH_FAIRNESS'
join questionnaire_section s on s.questionnaire_id = q.id and s.position = v.section_position
join item                  i on i.code = v.item_code and i.wording_version = 1;

--changeset candour:0007-item-options logicalFilePath:db/changelog/0007-default-police-questionnaire.sql
-- Answer options of every closed item of the default questionnaire, by kind. Only agreement options are
-- scored (0..100); "Don't know" and "Prefer not to say" are shown but excluded from percentages and scores.
-- TEXT items have no options.
insert into item_option (item_id, position, code, label, score, excluded)
select i.id, o.position, o.code, o.label, o.score, o.excluded
from (values
    ('AGREEMENT', 1, 'SD',    'Strongly disagree',          0,             false),
    ('AGREEMENT', 2, 'D',     'Disagree',                   25,            false),
    ('AGREEMENT', 3, 'N',     'Neither agree nor disagree', 50,            false),
    ('AGREEMENT', 4, 'A',     'Agree',                      75,            false),
    ('AGREEMENT', 5, 'SA',    'Strongly agree',             100,           false),
    ('AGREEMENT', 6, 'DK',    'Don''t know',                null,          true ),

    ('FREQUENCY', 1, 'NEVER', 'Never',                      null,          false),
    ('FREQUENCY', 2, 'ONCE',  'Once',                       null,          false),
    ('FREQUENCY', 3, 'FEW',   'A few times',                null,          false),
    ('FREQUENCY', 4, 'OFTEN', 'Often',                      null,          false),

    ('YES_NO',    1, 'YES',   'Yes',                        null,          false),
    ('YES_NO',    2, 'NO',    'No',                         null,          false),
    ('YES_NO',    3, 'PNS',   'Prefer not to say',          null,          true )
) as o (kind, position, code, label, score, excluded)
join item i on i.kind = o.kind
where i.id in (
    select qi.item_id
    from questionnaire_item qi
    join questionnaire_section s on s.id = qi.section_id
    join questionnaire         q on q.id = s.questionnaire_id
    where q.code = 'POLICE_RACE_FAITH_FAIRNESS'
);

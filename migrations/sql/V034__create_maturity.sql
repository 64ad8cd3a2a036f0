-- Maturity self-assessments (issue 11). The frameworks are the work plan's versioned reference data (framework,
-- framework_item, V005/V006); a maturity framework adds its stages and a descriptor for each domain x stage cell.
-- An assessment is tied to one framework version by id: a new version is new rows, so it never changes an old
-- assessment. Texts are varchar, sized so a row stays well under MariaDB's 64 KB. Rows marked to_verify are the portal's working summary, to be checked against the published document.

create table maturity_stage (
    id            bigint auto_increment primary key,
    framework_id  bigint        not null,
    code          varchar(40)   not null,
    label         varchar(100)  not null,
    to_verify     boolean       not null,
    sort_order    int           not null,
    constraint uk_maturity_stage unique (framework_id, code),
    constraint fk_maturity_stage_framework foreign key (framework_id) references framework (id)
);

create table maturity_descriptor (
    id                 bigint auto_increment primary key,
    framework_item_id  bigint         not null,
    stage_id           bigint         not null,
    descriptor         varchar(1000)  not null,
    to_verify          boolean        not null,
    constraint uk_maturity_descriptor unique (framework_item_id, stage_id),
    constraint fk_maturity_descriptor_item foreign key (framework_item_id) references framework_item (id),
    constraint fk_maturity_descriptor_stage foreign key (stage_id) references maturity_stage (id)
);

create table maturity_assessment (
    id              bigint auto_increment primary key,
    team_id         bigint        not null,
    framework_id    bigint        not null,
    period          varchar(40)   not null,
    status          varchar(20)   not null,
    closes_on       date          not null,
    opened_by       bigint        not null,
    opened_at       datetime(6)   not null,
    submitted_at    datetime(6),
    published_at    datetime(6),
    icb_question_rounds int       not null,
    constraint uk_maturity_assessment unique (team_id, framework_id, period),
    constraint fk_maturity_assessment_team foreign key (team_id) references neighbourhood_team (id),
    constraint fk_maturity_assessment_framework foreign key (framework_id) references framework (id),
    constraint fk_maturity_assessment_opened_by foreign key (opened_by) references person (id)
);

create table maturity_domain_entry (
    id                 bigint auto_increment primary key,
    assessment_id      bigint         not null,
    framework_item_id  bigint         not null,
    owner_id           bigint         not null,
    current_stage_id   bigint,
    target_stage_id    bigint,
    evidence           varchar(4000),
    support_needed     varchar(2000),
    lead_question      varchar(1000),
    icb_comment        varchar(1000),
    recorded_by        bigint,
    recorded_at        datetime(6),
    constraint uk_maturity_domain_entry unique (assessment_id, framework_item_id),
    constraint fk_maturity_entry_assessment foreign key (assessment_id) references maturity_assessment (id),
    constraint fk_maturity_entry_item foreign key (framework_item_id) references framework_item (id),
    constraint fk_maturity_entry_owner foreign key (owner_id) references person (id),
    constraint fk_maturity_entry_recorded_by foreign key (recorded_by) references person (id),
    constraint fk_maturity_entry_current foreign key (current_stage_id) references maturity_stage (id),
    constraint fk_maturity_entry_target foreign key (target_stage_id) references maturity_stage (id)
);

-- Two more frameworks a work plan can be tagged to.
insert into framework (code, name, version, source, team_id, sort_order) values
  ('INTEGRATION_LEVELS', 'Four levels of integrated working', '2023',
   'What is an Integrated Neighbourhood Team, and where do we start? Tara Humphrey, THC Primary Care (seed 002)',
   null, 4),
  ('NH_FRAMEWORK', 'Neighbourhood Health Framework: goals and minimum expectations (to verify)', '2026',
   'Neighbourhood Health Framework, DHSC, 17 March 2026; reported summaries, to verify against the published framework',
   null, 5);

insert into framework_item (framework_id, code, title, description, to_verify, sort_order)
select f.id, v.code, v.title, v.description, v.to_verify, v.sort_order
from framework f
join (
  select 'INTEGRATION_LEVELS' fw, 'LEVEL_1' code, 'Level 1: between general practices' title,
         'General practices working together.' description, false to_verify, 1 sort_order
  union all select 'INTEGRATION_LEVELS', 'LEVEL_2', 'Level 2: networks collaborating with networks',
         'Primary care network leaders banding together so their collective voice is heard at place and neighbourhood level.', false, 2
  union all select 'INTEGRATION_LEVELS', 'LEVEL_3', 'Level 3: primary care networks and wider community health services', null, false, 3
  union all select 'INTEGRATION_LEVELS', 'LEVEL_4', 'Level 4: PCNs or networks of networks with hospital and social care services', null, false, 4
  union all select 'NH_FRAMEWORK', 'GOAL_OUTCOMES', 'Goal: improve health outcomes', null, true, 1
  union all select 'NH_FRAMEWORK', 'GOAL_GP_ACCESS', 'Goal: GP access', null, true, 2
  union all select 'NH_FRAMEWORK', 'GOAL_PLANNED', 'Goal: planned care', null, true, 3
  union all select 'NH_FRAMEWORK', 'GOAL_UEC', 'Goal: urgent and emergency care performance', null, true, 4
  union all select 'NH_FRAMEWORK', 'GOAL_SATISFACTION', 'Goal: patient and staff satisfaction', null, true, 5
  union all select 'NH_FRAMEWORK', 'MIN_ACCESS', 'Minimum expectation: access', null, true, 6
  union all select 'NH_FRAMEWORK', 'MIN_DIGITAL', 'Minimum expectation: digital systems', null, true, 7
  union all select 'NH_FRAMEWORK', 'MIN_POP_HEALTH', 'Minimum expectation: population health', null, true, 8
  union all select 'NH_FRAMEWORK', 'MIN_INTEGRATED', 'Minimum expectation: integrated working', null, true, 9
) v on v.fw = f.code;

-- The PCN Maturity Matrix's four stages (to verify against the published matrix).
insert into maturity_stage (framework_id, code, label, to_verify, sort_order)
select f.id, v.code, v.label, true, v.sort_order
from framework f
join (
  select 'FOUNDATION' code, 'Foundation' label, 0 sort_order
  union all select 'STEP_1', 'Step 1', 1
  union all select 'STEP_2', 'Step 2', 2
  union all select 'STEP_3', 'Step 3', 3
) v on f.code = 'PCN_MATURITY' and f.version = '2019';

-- What good looks like in each domain at each stage: the portal's working summary, NOT the matrix's published
-- wording, so every row is to_verify until an administrator replaces it with the published text.
insert into maturity_descriptor (framework_item_id, stage_id, descriptor, to_verify)
select i.id, s.id, v.descriptor, true
from framework f
join framework_item i on i.framework_id = f.id
join maturity_stage s on s.framework_id = f.id
join (
  select 'LEADERSHIP' item, 'FOUNDATION' stage, 'The network has agreed who leads it and how its practices decide together.' descriptor
  union all select 'LEADERSHIP', 'STEP_1', 'Leaders meet partners regularly and the network has a shared plan for its first priorities.'
  union all select 'LEADERSHIP', 'STEP_2', 'Partners from community, social care and the voluntary sector plan with the network and share its priorities.'
  union all select 'LEADERSHIP', 'STEP_3', 'Network leaders take a full part in decisions at place and system level.'
  union all select 'DATA_PHM', 'FOUNDATION', 'Practices share basic data about their registered population.'
  union all select 'DATA_PHM', 'STEP_1', 'The team uses shared data to find groups of people who would benefit from proactive care.'
  union all select 'DATA_PHM', 'STEP_2', 'Population health data from several organisations shapes the team''s priorities and is reviewed together.'
  union all select 'DATA_PHM', 'STEP_3', 'Linked data across health, care and the community guides planning and shows the difference made.'
  union all select 'INTEGRATING', 'FOUNDATION', 'Practices work together on some services across the network.'
  union all select 'INTEGRATING', 'STEP_1', 'Multidisciplinary meetings with community services are held for people with complex needs.'
  union all select 'INTEGRATING', 'STEP_2', 'Staff from several organisations work as one team around shared caseloads.'
  union all select 'INTEGRATING', 'STEP_3', 'Care is joined up with hospital and social care services, with shared records and pathways.'
  union all select 'RESOURCES', 'FOUNDATION', 'The network knows its staff, buildings and budgets and how they are shared.'
  union all select 'RESOURCES', 'STEP_1', 'Shared roles are recruited and deployed across the network.'
  union all select 'RESOURCES', 'STEP_2', 'Workforce, estates and IT are planned with partners for the neighbourhood as a whole.'
  union all select 'RESOURCES', 'STEP_3', 'IT, workforce and estates work across organisations as one.'
  union all select 'PEOPLE', 'FOUNDATION', 'Practices hear from patients through their PPGs.'
  union all select 'PEOPLE', 'STEP_1', 'The team asks local people and groups about its plans and tells them what it did.'
  union all select 'PEOPLE', 'STEP_2', 'Local voluntary organisations and community groups help shape and deliver services.'
  union all select 'PEOPLE', 'STEP_3', 'Integrated working with local VCSE organisations and communities is part of how the team runs.'
) v on v.item = i.code and v.stage = s.code
where f.code = 'PCN_MATURITY' and f.version = '2019';

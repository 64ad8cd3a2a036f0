-- Reference frameworks the work plan is measured against. Data, not code: an ICB may adopt a newer version
-- without a release. Wording follows the sources named; rows marked to_verify should be checked against the
-- published document by an administrator.

insert into framework (code, name, version, source, team_id, sort_order) values
  ('FULLER', 'Fuller Stocktake: what neighbourhood teams offer', '2022',
   'Next steps for integrating primary care: Fuller Stocktake report, NHS England, May 2022', null, 1),
  ('NH_COMPONENTS', 'Neighbourhood health: six core components', '2025/26',
   'Neighbourhood health guidelines 2025/26, NHS England, January 2025', null, 2),
  ('PCN_MATURITY', 'PCN Maturity Matrix domains', '2019',
   'PCN Maturity Matrix, NHS England, August 2019', null, 3);

insert into framework_item (framework_id, code, title, description, to_verify, sort_order)
select f.id, v.code, v.title, v.description, v.to_verify, v.sort_order
from framework f
join (
  select 'FULLER' fw, 'ACCESS' code, 'Streamlined access to care and advice' title,
         'For people who get ill but use services infrequently.' description, false to_verify, 1 sort_order
  union all select 'FULLER', 'PROACTIVE', 'Proactive, personalised care from a multidisciplinary team',
         'For people with more complex needs, including (not only) those with multiple long-term conditions.', false, 2
  union all select 'FULLER', 'PREVENTION', 'Helping people stay well for longer',
         'As part of a joined-up approach to prevention.', false, 3
  union all select 'NH_COMPONENTS', 'PHM', 'Population health management', null, false, 1
  union all select 'NH_COMPONENTS', 'MODERN_GP', 'Modern general practice', null, false, 2
  union all select 'NH_COMPONENTS', 'COMMUNITY', 'Standardised community health services', null, false, 3
  union all select 'NH_COMPONENTS', 'MDT', 'Neighbourhood multidisciplinary teams', null, false, 4
  union all select 'NH_COMPONENTS', 'INTERMEDIATE', 'Integrated intermediate care with a "home first" approach', null, false, 5
  union all select 'NH_COMPONENTS', 'URGENT', 'Urgent neighbourhood services', null, false, 6
  union all select 'PCN_MATURITY', 'LEADERSHIP', 'Leadership, planning and partnerships', null, false, 1
  union all select 'PCN_MATURITY', 'DATA_PHM', 'Use of data and population health management', null, false, 2
  union all select 'PCN_MATURITY', 'INTEGRATING', 'Integrating care', null, false, 3
  union all select 'PCN_MATURITY', 'RESOURCES', 'Managing resources', null, false, 4
  union all select 'PCN_MATURITY', 'PEOPLE', 'Working with people and communities', null, false, 5
) v on v.fw = f.code;

-- Reasons and alert details become messages: a bundle key with its arguments ({"key": "light.direct.below",
-- "args": [...]}), put into words in each reader's language (Accept-Language, a subscription's language). The text
-- column beside them keeps the reason in Chinese, the default language, for people reading the tables.
-- Texts stored before are kept as they were written, as "verbatim" messages; the next evaluation replaces them.
alter table indicator_status add column reason_message jsonb;
update indicator_status set reason_message = jsonb_build_object('key', 'verbatim', 'args', jsonb_build_array(reason));
alter table indicator_status alter column reason_message set not null;

alter table project_status add column reason_message jsonb;
update project_status set reason_message = jsonb_build_object('key', 'verbatim', 'args', jsonb_build_array(reason));
alter table project_status alter column reason_message set not null;

update alert
   set facts = jsonb_set(facts, '{detail}',
                         jsonb_build_object('key', 'verbatim', 'args', jsonb_build_array(facts -> 'detail')))
 where jsonb_typeof(facts -> 'detail') = 'string';

update alert_delivery
   set facts = jsonb_set(facts, '{detail}',
                         jsonb_build_object('key', 'verbatim', 'args', jsonb_build_array(facts -> 'detail')))
 where jsonb_typeof(facts -> 'detail') = 'string';

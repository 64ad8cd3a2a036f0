-- One timeline for every record (feedback, proposals, highlight reports, work plan priorities …): who did what, when,
-- and who may see it. Every feature appends here in its own transaction (org.neighbourhoodportal.timeline.Timeline).
--
-- record_kind + record_id  the record, e.g. ('feedback', 12)
-- kind                     what happened, the feature's own code (e.g. REOPENED), for the feature's queries
-- what, detail             what people read
-- actor_id, actor_name     the person who acted (name as it was then); actor_id null when no person acted, and then
--                          actor_name is the step's name in plain English ("Overdue acknowledgement check")
-- visibility               EVERYONE (all who may read the record) or INTERNAL (the record's own team only: never
--                          PPG volunteers)
create table timeline_entry (
    id          bigint auto_increment primary key,
    record_kind varchar(40)   not null,
    record_id   bigint        not null,
    occurred_at datetime(6)   not null,
    actor_id    bigint,
    actor_name  varchar(200)  not null,
    kind        varchar(40)   not null,
    what        varchar(200)  not null,
    detail      varchar(4000),
    visibility  varchar(20)   not null,
    constraint fk_timeline_actor foreign key (actor_id) references person (id)
);

create index ix_timeline_record on timeline_entry (record_kind, record_id, occurred_at, id);

-- Feedback kept its history in feedback_event: copied here in its order, with the words the page showed, and the
-- engine's steps credited by name instead of "The portal".
insert into timeline_entry (record_kind, record_id, occurred_at, actor_id, actor_name, kind, what, detail, visibility)
select 'feedback', e.feedback_id, e.occurred_at, e.actor_id,
       case when e.actor_id is not null then e.actor_name
            when e.kind = 'ESCALATED' then 'Overdue acknowledgement check'
            when e.kind = 'ADDED_TO_BACKLOG' then 'Adding to the work plan backlog'
            when e.kind = 'RESPONSE_PUBLISHED' then 'Sending the response to the PPG'
            when e.kind in ('CLOSED', 'CLOSED_UNCONFIRMED') then 'Closing the feedback'
            else e.actor_name end,
       e.kind,
       case e.kind
            when 'SUBMITTED' then 'Feedback submitted'
            when 'ACKNOWLEDGED' then 'Acknowledged'
            when 'ESCALATED' then 'Acknowledgement overdue – escalated'
            when 'ROUTED' then 'Routed'
            when 'ADDED_TO_BACKLOG' then 'Added to the work plan backlog'
            when 'RESPONSE_WRITTEN' then 'Response written'
            when 'RESPONSE_PUBLISHED' then 'Response sent to the PPG'
            when 'CONFIRMED' then 'PPG confirmed it is resolved'
            when 'REOPENED' then 'Reopened by the PPG'
            when 'CLOSED' then 'Closed'
            when 'CLOSED_UNCONFIRMED' then 'Closed – no reply from the PPG in time'
            else e.kind end,
       e.detail,
       case when e.visible_to_ppg then 'EVERYONE' else 'INTERNAL' end
from feedback_event e
order by e.feedback_id, e.occurred_at, e.id;

drop table feedback_event;

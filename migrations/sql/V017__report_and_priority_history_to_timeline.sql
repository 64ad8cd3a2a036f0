-- Highlight reports and work plan priorities keep their history on the shared timeline (V016) from now on.
--
-- Reports: the rows of highlight_report_event are copied in their order, with the engine's steps credited by name
-- instead of "The portal" and people by their id where the report or the directory names them. Then the old table goes.
insert into timeline_entry (record_kind, record_id, occurred_at, actor_id, actor_name, kind, what, detail, visibility)
select 'highlight-report', e.report_id, e.occurred_at,
       case when e.actor_name in ('The portal', 'The monthly schedule') then null
            when e.what = 'Report started' then h.started_by
            when e.what = 'Report compiled' then h.compiled_by
            when e.what = 'Approved' then h.approved_by
            else (select min(p.id) from person p where p.display_name = e.actor_name) end,
       case when e.actor_name <> 'The portal' then e.actor_name
            when e.what = 'Reminder sent' then 'Reminder before the updates are due'
            when e.what = 'Updates closed' then 'Closing the updates'
            when e.what = 'Published' then 'Publishing the report'
            else e.actor_name end,
       case e.what
            when 'Report started' then 'STARTED'
            when 'Reminder sent' then 'REMINDED'
            when 'Updates closed' then 'UPDATES_CLOSED'
            when 'Published' then 'PUBLISHED'
            when 'Update given' then 'UPDATE_GIVEN'
            when 'Report compiled' then 'COMPILED'
            when 'Approved' then 'APPROVED'
            when 'Sent back for changes' then 'SENT_BACK'
            else 'OTHER' end,
       e.what, e.detail, 'EVERYONE'
from highlight_report_event e
join highlight_report h on h.id = e.report_id
order by e.report_id, e.occurred_at, e.id;

drop table highlight_report_event;

-- Work plan priorities: their dated updates (the RAG history, still kept in priority_update for the charts, the
-- timeline view and the Excel export) become the first lines of each priority's timeline, credited to their authors.
insert into timeline_entry (record_kind, record_id, occurred_at, actor_id, actor_name, kind, what, detail, visibility)
select 'priority', u.priority_id, u.written_at, u.author_id, u.author_name, 'UPDATE',
       case u.rag
            when 'BLUE' then 'Update: Blue – complete'
            when 'GREEN' then 'Update: Green – on track'
            when 'AMBER' then 'Update: Amber – at risk'
            when 'RED' then 'Update: Red – off track'
            else 'Update' end,
       u.text, 'EVERYONE'
from priority_update u
order by u.priority_id, u.written_at, u.id;

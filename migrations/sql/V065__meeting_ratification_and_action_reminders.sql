-- Issue 12, meetings: a flagged decision ratified (or rejected) at a later meeting, and reminders to action owners.
-- A ratification is itself a decision of the later meeting (checked for quorum under the ToR in force that day); it
-- names the decision it ratifies. Whether it cleared the flag is worked out when shown, never stored (ADR 0024).
alter table meeting_decision add column ratifies_id bigint;
alter table meeting_decision add column ratification varchar(10);
alter table meeting_decision add constraint fk_meeting_decision_ratifies foreign key (ratifies_id)
    references meeting_decision (id);
create index ix_meeting_decision_ratifies on meeting_decision (ratifies_id);

-- When the owner was reminded before the due date, and told it was overdue: each once per action.
alter table meeting_action add column reminded_at datetime(6);
alter table meeting_action add column overdue_reminded_at datetime(6);
create index ix_meeting_action_due on meeting_action (due_on);

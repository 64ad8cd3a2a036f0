-- Further answers (package workflow, docs/adr/0013): what people entered in a task form's fields that no feature
-- keeps in its own columns, typically a field an analyst added in Camunda Modeler's form editor. Written once, by the
-- task-completion path, for every process; shown on the record's page by a shared component.
-- A record is named the way the engine names it: the process key and the business key. The label and the form's
-- version are kept as they were when the answer was given, so a later edit of the form does not change old answers.
-- answer holds at most 4000 characters, the portal's default length for a text box without maxLength
-- (FormReader.DEFAULT_MAX_LENGTH = FurtherAnswers.LONGEST_ANSWER).

create table further_answer (
    id           bigint auto_increment primary key,
    process_key  varchar(100)  not null,
    business_key varchar(100)  not null,
    task_name    varchar(300)  not null,
    form_key     varchar(100)  not null,
    form_version int           not null,
    field_key    varchar(100)  not null,
    label        varchar(500)  not null,
    answer       varchar(4000) not null,
    answered_by  bigint,
    answered_at  datetime(6)   not null,
    constraint fk_further_answer_person foreign key (answered_by) references person (id)
);

-- the record page reads one record's answers, oldest first
create index ix_further_answer_record on further_answer (process_key, business_key, answered_at, id);

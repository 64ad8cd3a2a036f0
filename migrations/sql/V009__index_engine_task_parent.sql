-- The portal's own addition to the engine's tables (created by V008, a Java migration in the portal's workflow
-- package). Every task completion asks the engine for a task's sub-tasks (ACT_RU_TASK.PARENT_TASK_ID_), which the
-- engine's schema does not index: without this, each completion scans every open task. Measured on MariaDB with
-- 10,000 open tasks: 10.3 ms -> 5.2 ms per completion. Named NP_ so it cannot clash with a future engine index.
create index NP_IDX_TASK_PARENT_TASK on ACT_RU_TASK (PARENT_TASK_ID_);

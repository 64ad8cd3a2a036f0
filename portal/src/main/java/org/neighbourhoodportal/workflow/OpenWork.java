package org.neighbourhoodportal.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The portal's read model of open work (tables {@code open_work} and {@code open_work_group}, migration V013): one row
 * per open user task, written by {@link OpenWorkListener} inside the engine's transaction and read by
 * {@link WorkflowService} for the inbox, the home page and the access check on a task. Plain JDBC on the shared
 * DataSource, so the writes join whatever transaction the engine runs in.
 *
 * <p>Every list is ordered by {@link #ORDER} and paged on that key (keyset): a task finished by someone else while a
 * person scrolls neither shifts later tasks onto a page already read nor hides them.
 */
@Repository
class OpenWork {

    /** Far-future stand-in for "no due date", so the ordering key has no nulls. */
    static final Timestamp NO_DUE_DATE = Timestamp.valueOf("9999-12-31 00:00:00");

    /** Priority high to low, due soonest (none last), oldest first, then task id: total, so pages are stable. */
    static final Comparator<Row> ORDER = Comparator.comparingInt(Row::priority).reversed()
            .thenComparing(Row::dueOrder).thenComparing(Row::created).thenComparing(Row::taskId);

    private static final String COLUMNS = "w.task_id, w.execution_id, w.process_instance_id, w.process_key, "
            + "w.business_key, w.task_key, w.name, w.form_key, w.created_at, w.due_at, w.due_order, w.priority, "
            + "w.assignee, w.in_parallel";

    private static final String ORDER_SQL = " order by %1$s.priority desc, %1$s.due_order, %1$s.created_at, %1$s.task_id";

    /** After the cursor in {@link #ORDER}; %1$s is the table alias. */
    private static final String AFTER_SQL = " and (%1$s.priority < :p or (%1$s.priority = :p and (%1$s.due_order > :d"
            + " or (%1$s.due_order = :d and (%1$s.created_at > :c or (%1$s.created_at = :c and %1$s.task_id > :t))))))";

    private final NamedParameterJdbcTemplate jdbc;

    OpenWork(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One open task as the read model holds it. */
    record Row(String taskId, String executionId, String processInstanceId, String processKey, String businessKey,
               String taskKey, String name, String formKey, Timestamp created, Timestamp due, Timestamp dueOrder,
               int priority, String assignee, boolean inParallel, Set<String> groups) {

        Row withGroups(Set<String> candidateGroups) {
            return new Row(taskId, executionId, processInstanceId, processKey, businessKey, taskKey, name, formKey,
                    created, due, dueOrder, priority, assignee, inParallel, candidateGroups);
        }
    }

    /** Where a page starts: after this task in {@link #ORDER}; {@code null} cursor means from the top. */
    record Cursor(int priority, Timestamp dueOrder, Timestamp created, String taskId) {

        static Cursor after(WorkItem item) {
            if (item == null) {
                return null;
            }
            return new Cursor(item.priority(), item.due() == null ? NO_DUE_DATE : Timestamp.from(item.due()),
                    Timestamp.from(item.created()), item.id());
        }
    }

    // ---- writes (the listener, in the engine's transaction) ----

    void insert(Row row) {
        jdbc.update("insert into open_work (task_id, execution_id, process_instance_id, process_key, business_key, "
                + "task_key, name, form_key, created_at, due_at, due_order, priority, assignee, in_parallel) values "
                + "(:task, :execution, :instance, :process, :business, :taskKey, :name, :form, :created, :due, "
                + ":dueOrder, :priority, :assignee, :parallel)", new MapSqlParameterSource()
                .addValue("task", row.taskId()).addValue("execution", row.executionId())
                .addValue("instance", row.processInstanceId()).addValue("process", row.processKey())
                .addValue("business", row.businessKey()).addValue("taskKey", row.taskKey())
                .addValue("name", row.name()).addValue("form", row.formKey()).addValue("created", row.created())
                .addValue("due", row.due()).addValue("dueOrder", row.dueOrder()).addValue("priority", row.priority())
                .addValue("assignee", row.assignee()).addValue("parallel", row.inParallel()));
        insertGroups(row);
    }

    /** The task's name, due date, priority, assignee or groups changed: rewrite what lists order and filter by. */
    void update(Row row) {
        int changed = jdbc.update("update open_work set name = :name, due_at = :due, due_order = :dueOrder, "
                + "priority = :priority, assignee = :assignee where task_id = :task", new MapSqlParameterSource()
                .addValue("task", row.taskId()).addValue("name", row.name()).addValue("due", row.due())
                .addValue("dueOrder", row.dueOrder()).addValue("priority", row.priority())
                .addValue("assignee", row.assignee()));
        if (changed == 0) {
            insert(row);
            return;
        }
        jdbc.update("delete from open_work_group where task_id = :task", Map.of("task", row.taskId()));
        insertGroups(row);
    }

    /** Only the assignee changed (claim, hand back): one statement. */
    void assign(String taskId, String assignee) {
        jdbc.update("update open_work set assignee = :assignee where task_id = :task",
                new MapSqlParameterSource().addValue("task", taskId).addValue("assignee", assignee));
    }

    /** The task ended (completed, or deleted with its process); its groups go with it (on delete cascade). */
    void remove(String taskId) {
        jdbc.update("delete from open_work where task_id = :task", Map.of("task", taskId));
    }

    void removeAll() {
        jdbc.update("delete from open_work_group", Map.of());
        jdbc.update("delete from open_work", Map.of());
    }

    long size() {
        Long n = jdbc.queryForObject("select count(*) from open_work", Map.of(), Long.class);
        return n == null ? 0 : n;
    }

    private void insertGroups(Row row) {
        if (row.groups().isEmpty()) {
            return;
        }
        MapSqlParameterSource[] batch = row.groups().stream().map(g -> new MapSqlParameterSource()
                .addValue("group", g).addValue("task", row.taskId()).addValue("priority", row.priority())
                .addValue("dueOrder", row.dueOrder()).addValue("created", row.created()))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("insert into open_work_group (group_id, task_id, priority, due_order, created_at) "
                + "values (:group, :task, :priority, :dueOrder, :created)", batch);
    }

    // ---- reads ----

    /** One task with its candidate groups, in one statement. */
    Optional<Row> find(String taskId) {
        List<Row> rows = withGroups("select " + COLUMNS + ", g.group_id from open_work w "
                + "left join open_work_group g on g.task_id = w.task_id where w.task_id = :task",
                new MapSqlParameterSource("task", taskId));
        return rows.stream().findFirst();
    }

    /** Tasks assigned to this user, after the cursor, at most {@code limit}, in {@link #ORDER}. */
    List<Row> assignedTo(String userId, Cursor after, int offset, int limit) {
        MapSqlParameterSource params = cursor(new MapSqlParameterSource("assignee", userId), after);
        return withGroups(groupsFor("select " + COLUMNS + " from open_work w where w.assignee = :assignee"
                + (after == null ? "" : AFTER_SQL.formatted("w")) + ORDER_SQL.formatted("w")
                + page(params, offset, limit)), params);
    }

    /**
     * Tasks offered to any of these groups (assigned or not), after the cursor, at most {@code limit}, in
     * {@link #ORDER}; with {@code alsoAssignedTo}, also that user's own tasks. One statement: a union of one
     * index-ordered, limited read per group, merged here, so its cost follows the page, not the backlog.
     */
    List<Row> offeredTo(Collection<String> groups, String alsoAssignedTo, Cursor after, int offset, int limit) {
        if (groups.isEmpty() && alsoAssignedTo == null) {
            return List.of();
        }
        MapSqlParameterSource params = cursor(new MapSqlParameterSource(), after);
        int reach = offset + limit;
        params.addValue("reach", reach);
        List<String> parts = new ArrayList<>();
        int i = 0;
        for (String group : new TreeSet<>(groups)) {
            params.addValue("g" + i, group);
            parts.add("(select g.task_id from open_work_group g where g.group_id = :g" + i
                    + (after == null ? "" : AFTER_SQL.formatted("g")) + ORDER_SQL.formatted("g") + " limit :reach)");
            i++;
        }
        if (alsoAssignedTo != null) {
            params.addValue("assignee", alsoAssignedTo);
            parts.add("(select w.task_id from open_work w where w.assignee = :assignee"
                    + (after == null ? "" : AFTER_SQL.formatted("w")) + ORDER_SQL.formatted("w") + " limit :reach)");
        }
        String sql = "select " + COLUMNS + ", og.group_id from open_work w join (" + String.join(" union ", parts)
                + ") chosen on chosen.task_id = w.task_id left join open_work_group og on og.task_id = w.task_id";
        List<Row> rows = new ArrayList<>(withGroups(sql, params));
        rows.sort(ORDER);
        return rows.subList(Math.min(offset, rows.size()), Math.min(reach, rows.size()));
    }

    /** How many tasks are assigned to the user. */
    long countAssignedTo(String userId) {
        Long n = jdbc.queryForObject("select count(*) from open_work where assignee = :assignee",
                Map.of("assignee", userId), Long.class);
        return n == null ? 0 : n;
    }

    /**
     * Open tasks offered to any of these groups or assigned to the user, each counted once, and how many are due.
     * Read from the two ordering indexes alone (each holds the task's id and its due order, the due date or
     * {@link #NO_DUE_DATE}): the tasks of the groups and the user's own are put together with {@code union}, which
     * counts a task offered to two groups, or offered and assigned, once (its due order is the same in every row). An
     * {@code or} of the two conditions made the database read every open task.
     */
    Counts count(Collection<String> groups, String alsoAssignedTo, Instant now, Instant soon) {
        if (groups.isEmpty() && alsoAssignedTo == null) {
            return new Counts(0, 0, 0);
        }
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("now", Timestamp.from(now))
                .addValue("soon", Timestamp.from(soon));
        List<String> parts = new ArrayList<>();
        if (!groups.isEmpty()) {
            params.addValue("groups", groups);
            parts.add("select g.task_id, g.due_order from open_work_group g where g.group_id in (:groups)");
        }
        if (alsoAssignedTo != null) {
            params.addValue("assignee", alsoAssignedTo);
            parts.add("select a.task_id, a.due_order from open_work a where a.assignee = :assignee");
        }
        return jdbc.queryForObject("select count(*), "
                + "coalesce(sum(case when t.due_order < :now then 1 else 0 end), 0), "
                + "coalesce(sum(case when t.due_order >= :now and t.due_order < :soon then 1 else 0 end), 0) "
                + "from (" + String.join(" union ", parts) + ") t", params,
                (rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
    }

    /** Open tasks on one record, oldest first, with their groups; callers filter by what the person may see. */
    List<Row> onRecord(String processKey, String businessKey) {
        return withGroups("select " + COLUMNS + ", g.group_id from open_work w left join open_work_group g "
                + "on g.task_id = w.task_id where w.process_key = :process and w.business_key = :business",
                new MapSqlParameterSource().addValue("process", processKey).addValue("business", businessKey))
                .stream().sorted(Comparator.comparing(Row::created).thenComparing(Row::taskId)).toList();
    }

    /** Counts for the home page: all open, overdue, and due before {@code soon} (not yet overdue). */
    record Counts(long open, long overdue, long dueSoon) {
    }

    // A page of rows with their groups in the same statement: the page query becomes a derived table joined to the
    // groups, so a row per group comes back and is folded here.
    private String groupsFor(String pageSql) {
        return "select " + COLUMNS.replace("w.", "p.") + ", g.group_id from (" + pageSql
                + ") p left join open_work_group g on g.task_id = p.task_id";
    }

    private static String page(MapSqlParameterSource params, int offset, int limit) {
        params.addValue("limit", limit).addValue("offset", offset);
        return " limit :limit offset :offset";
    }

    private static MapSqlParameterSource cursor(MapSqlParameterSource params, Cursor after) {
        if (after != null) {
            params.addValue("p", after.priority()).addValue("d", after.dueOrder()).addValue("c", after.created())
                    .addValue("t", after.taskId());
        }
        return params;
    }

    private List<Row> withGroups(String sql, MapSqlParameterSource params) {
        Map<String, Row> rows = new LinkedHashMap<>();
        Map<String, Set<String>> groups = new HashMap<>();
        jdbc.query(sql, params, (ResultSet rs) -> {
            String taskId = rs.getString("task_id");
            rows.computeIfAbsent(taskId, id -> row(rs));
            Set<String> taskGroups = groups.computeIfAbsent(taskId, id -> new TreeSet<>());
            String group = rs.getString("group_id");
            if (group != null) {
                taskGroups.add(group);
            }
        });
        List<Row> result = new ArrayList<>(rows.size());
        rows.forEach((id, row) -> result.add(row.withGroups(Set.copyOf(groups.get(id)))));
        result.sort(ORDER);
        return result;
    }

    private static Row row(ResultSet rs) {
        try {
            return new Row(rs.getString("task_id"), rs.getString("execution_id"), rs.getString("process_instance_id"),
                    rs.getString("process_key"), rs.getString("business_key"), rs.getString("task_key"),
                    rs.getString("name"), rs.getString("form_key"), rs.getTimestamp("created_at"),
                    rs.getTimestamp("due_at"), rs.getTimestamp("due_order"), rs.getInt("priority"),
                    rs.getString("assignee"), rs.getBoolean("in_parallel"), Set.of());
        } catch (SQLException e) {
            throw new IllegalStateException("Unreadable open work row", e);
        }
    }
}

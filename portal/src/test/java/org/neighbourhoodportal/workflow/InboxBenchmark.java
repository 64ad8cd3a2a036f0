package org.neighbourhoodportal.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.neighbourhoodportal.PortalApplication;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DemoDirectoryData;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.feedback.FeedbackService;
import org.neighbourhoodportal.processes.PpgFeedbackProcess;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.StatementCounter;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The inbox, the home page, submitting feedback and completing a task: the portal's services against the raw
 * engine's own API doing the same job, side by side and interleaved in one run on MariaDB, with the statements each
 * sends. Not a test: run it with
 *
 * <pre>./mvnw -B -o -pl portal -Pbenchmark verify -Dbenchmark.inbox.open=10000 -Dbenchmark.inbox.finished=20000</pre>
 *
 * <p>It makes a throwaway database on the MariaDB at 127.0.0.1:3306 (root, no password, or PORTAL_IT_DB_*), starts
 * the portal on it with the demo people, builds the open and finished feedback loops through the portal's own
 * services (as the PPG representative and the Harborough lead), and writes {@code target/benchmarks/inbox.md}.
 * "Raw" is the engine API in the same process: the task query the inbox would otherwise run, a process start with
 * the same variables, {@code TaskService.complete}. The portal's read-model listener is part of the engine here, so
 * the raw start and complete pay for its rows too.
 */
public final class InboxBenchmark {

    private static final String HOST = env("PORTAL_IT_DB_HOST", "127.0.0.1");
    private static final String PORT = env("PORTAL_IT_DB_PORT", "3306");
    private static final String USER = env("PORTAL_IT_DB_USER", "root");
    private static final String PASSWORD = env("PORTAL_IT_DB_PASSWORD", "");

    private final ConfigurableApplicationContext context;
    private final RunAs runAs;
    private final WorkflowService workflow;
    private final FeedbackService feedback;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final CurrentUser currentUser;
    private final List<String> lines = new ArrayList<>();

    private InboxBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.runAs = context.getBean(RunAs.class);
        this.workflow = context.getBean(WorkflowService.class);
        this.feedback = context.getBean(FeedbackService.class);
        this.tasks = context.getBean(TaskService.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.currentUser = context.getBean(CurrentUser.class);
    }

    public static void main(String[] args) throws Exception {
        int open = Integer.getInteger("benchmark.inbox.open", 10_000);
        int finished = Integer.getInteger("benchmark.inbox.finished", 20_000);
        int rounds = Integer.getInteger("benchmark.inbox.rounds", 40);
        Path report = Path.of(args.length > 0 ? args[0] : "target/benchmarks/inbox.md");
        String database = "portal_bench_" + Long.toHexString(System.nanoTime());
        server("create database " + database + " character set utf8mb4 collate utf8mb4_bin");
        // system properties, so they win over the mariadb profile's own datasource settings
        Map.of("spring.datasource.url", "jdbc:mariadb://" + HOST + ":" + PORT + "/" + database
                        + "?nullDatabaseMeansCurrent=true&useBulkStmts=false",
                "spring.datasource.username", USER, "spring.datasource.password", PASSWORD,
                "server.port", "0", "vaadin.launch-browser", "false", "camunda.bpm.job-execution.enabled", "false",
                "portal.data-dir", "target/bench-data", "logging.level.root", "warn")
                .forEach(System::setProperty);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class,
                StatementCounter.class).profiles("demo", "mariadb").run()) {
            new InboxBenchmark(context).run(open, finished, rounds, report);
        } finally {
            server("drop database if exists " + database);
        }
    }

    private void run(int open, int finished, int rounds, Path report) throws IOException {
        Instant started = Instant.now();
        lines.add("# Inbox benchmark: portal against the raw engine");
        lines.add("");
        lines.add("Run " + ZonedDateTime.now() + " on MariaDB at " + HOST + ":" + PORT + ", " + open + " open and "
                + finished + " finished feedback loops, " + rounds + " interleaved rounds per figure, as the "
                + "Harborough lead. p50 and p90 in ms; statements per call at the DataSource.");
        lines.add("");
        log("building " + open + " open loops");
        List<Long> openLoops = submitMany(open);

        lines.add("| operation | finished loops | portal p50 / p90 | raw p50 / p90 | portal ÷ raw (p50) | statements portal / raw |");
        lines.add("| --- | --- | --- | --- | --- | --- |");
        reads(0, rounds);

        log("building " + finished + " finished loops");
        for (int i = 0; i < finished; i++) {
            wholeLoop("Finished loop " + i);
            if (i % 500 == 499) {
                log("  " + (i + 1));
            }
        }
        reads(finished, rounds);
        writes(finished, rounds, openLoops, "no index on `ACT_RU_TASK(PARENT_TASK_ID_)`");
        try (Connection c = context.getBean(DataSource.class).getConnection(); Statement s = c.createStatement()) {
            // what the engine-schema migration adds on its own branch; made here in the throwaway database only
            s.execute("create index ACT_IDX_TASK_PARENT_BENCH on ACT_RU_TASK (PARENT_TASK_ID_)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        writes(finished, rounds, openLoops, "with an index on `ACT_RU_TASK(PARENT_TASK_ID_)`");
        lines.add("");
        lines.add("Took " + Duration.between(started, Instant.now()).toSeconds() + " s in all.");
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.write(report, lines);
        lines.forEach(System.out::println);
    }

    private void reads(int finished, int rounds) {
        runAs.person(DemoDirectoryData.LEAD, () -> {
            AccessProfile me = currentUser.require();
            List<String> groups = List.copyOf(me.workGroups());
            String user = Long.toString(me.personId());
            compare("inbox page, 25 rows (`teamTasks`)", finished, rounds,
                    () -> workflow.teamTasks(0, 25),
                    () -> ordered(tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks()
                            .initializeFormKeys()).listPage(0, 25));
            compare("home, 50 rows (`openWork`)", finished, rounds,
                    () -> workflow.openWork(50),
                    () -> ordered(tasks.createTaskQuery().or().taskAssignee(user).taskCandidateGroupIn(groups)
                            .endOr().initializeFormKeys()).listPage(0, 50));
            compare("home counts (`openWorkCounts`) / raw count", finished, rounds,
                    () -> workflow.openWorkCounts(Instant.now(), Duration.ofDays(7)),
                    () -> tasks.createTaskQuery().or().taskAssignee(user).taskCandidateGroupIn(groups).endOr().count());
        });
    }

    private void writes(int finished, int rounds, List<Long> pool, String note) {
        long[] rawKey = {900_000_000L + pool.size() + finished + System.nanoTime() % 1_000_000};
        runAs.person(DemoDirectoryData.PPG_REP, () -> {
            Map<String, Object> values = submission("Benchmark submit");
            compare("submit feedback (record + start) / raw start", finished, rounds,
                    () -> feedback.submit(values),
                    () -> runtime.startProcessInstanceByKey(PpgFeedbackProcess.KEY, Long.toString(rawKey[0]++),
                            rawStartVariables()));
        });
        Deque<Long> portalLoops = new ArrayDeque<>(pool.subList(0, Math.min(pool.size(), rounds * 3)));
        pool.subList(0, Math.min(pool.size(), rounds * 3)).clear();
        runAs.person(DemoDirectoryData.LEAD, () -> {
            Deque<String> rawTasks = new ArrayDeque<>();
            for (Long id : new ArrayList<>(pool.subList(0, Math.min(pool.size(), rounds * 3)))) {
                workflow.openWorkOn(PpgFeedbackProcess.KEY, id.toString()).forEach(t -> rawTasks.add(t.id()));
            }
            pool.subList(0, Math.min(pool.size(), rounds * 3)).clear();
            List<String> portalTasks = new ArrayList<>();
            for (Long id : portalLoops) {
                workflow.openWorkOn(PpgFeedbackProcess.KEY, id.toString()).forEach(t -> portalTasks.add(t.id()));
            }
            Deque<String> portalQueue = new ArrayDeque<>(portalTasks);
            compare("complete \"acknowledge\", " + note, finished, rounds,
                    () -> workflow.complete(portalQueue.pop(), Map.of("acknowledgement", "Thank you, we have it.")),
                    () -> {
                        tasks.complete(rawTasks.pop(), Map.of("acknowledgement", "Thank you, we have it."));
                        return null;
                    });
        });
    }

    /** Interleaved: each round runs both, alternating which goes first, after a few unmeasured warm-up rounds. */
    private void compare(String operation, int finished, int rounds, Supplier<?> portal, Supplier<?> raw) {
        for (int i = 0; i < 3; i++) {
            portal.get();
            raw.get();
        }
        long[] portalNanos = new long[rounds];
        long[] rawNanos = new long[rounds];
        int portalStatements = 0;
        int rawStatements;
        for (int i = 0; i < rounds; i++) {
            boolean portalFirst = i % 2 == 0;
            if (!portalFirst) {
                rawNanos[i] = time(raw);
            }
            long t0 = System.nanoTime();
            StatementCounter.Counted<?> p = StatementCounter.counted(portal);
            portalNanos[i] = System.nanoTime() - t0;
            portalStatements = p.statements();
            if (portalFirst) {
                rawNanos[i] = time(raw);
            }
        }
        // one more of each, only to count the statements
        rawStatements = StatementCounter.counted(raw).statements();
        double p50 = percentile(portalNanos, 50);
        double r50 = percentile(rawNanos, 50);
        String line = String.format(Locale.ROOT, "| %s | %,d | %.1f / %.1f | %.1f / %.1f | %.2f | %d / %d |",
                operation, finished, p50, percentile(portalNanos, 90), r50, percentile(rawNanos, 90), p50 / r50,
                portalStatements, rawStatements);
        lines.add(line);
        log(line);
    }

    private static long time(Supplier<?> action) {
        long t0 = System.nanoTime();
        action.get();
        return System.nanoTime() - t0;
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    private static TaskQuery ordered(TaskQuery query) {
        return query.orderByTaskPriority().desc().orderByDueDate().asc().orderByTaskCreateTime().asc();
    }

    private List<Long> submitMany(int n) {
        return runAs.person(DemoDirectoryData.PPG_REP, () -> {
            List<Long> ids = new ArrayList<>(n);
            Map<String, Object> values = submission("Benchmark feedback");
            for (int i = 0; i < n; i++) {
                ids.add(feedback.submit(values).recordId());
                if (i % 1000 == 999) {
                    log("  " + (i + 1));
                }
            }
            return ids;
        });
    }

    private void wholeLoop(String summary) {
        long id = runAs.person(DemoDirectoryData.PPG_REP, () -> feedback.submit(submission(summary)).recordId());
        runAs.person(DemoDirectoryData.LEAD, () -> {
            completeOn(id, Map.of("acknowledgement", "Thank you, we have it."));
            completeOn(id, Map.of("route", "answer"));
            completeOn(id, Map.of("response", "We changed the phone message."));
        });
        runAs.person(DemoDirectoryData.PPG_REP, () -> completeOn(id, Map.of("outcome", "closed")));
    }

    private void completeOn(long feedbackId, Map<String, Object> values) {
        WorkItem task = workflow.openWorkOn(PpgFeedbackProcess.KEY, Long.toString(feedbackId)).get(0);
        TaskOutcome outcome = workflow.complete(task.id(), values);
        if (!outcome.completed()) {
            throw new IllegalStateException("Could not complete " + task.name() + ": " + outcome.errors());
        }
    }

    private Map<String, Object> submission(String summary) {
        Map<String, Object> values = new HashMap<>();
        values.put("ppgId", Long.toString(feedback.ppgsICanSubmitFor().get(0).id()));
        values.put("theme", "appointments");
        values.put("summary", summary);
        values.put("patientsSaid", "Patients told us: " + summary);
        values.put("mayContact", true);
        return values;
    }

    /** What {@code FeedbackService.submit} gives the process, for a start with no record behind it. */
    private Map<String, Object> rawStartVariables() {
        Map<String, Object> variables = new HashMap<>();
        Map.Entry<Long, Long> ppg = currentUser.require().ppgTeams().entrySet().iterator().next();
        long ppgId = ppg.getKey();
        long teamId = ppg.getValue();
        variables.put(PpgFeedbackProcess.VAR_FEEDBACK_ID, 0L);
        variables.put(PpgFeedbackProcess.VAR_TEAM_ID, teamId);
        variables.put(PpgFeedbackProcess.VAR_LEAD_GROUP, WorkGroups.teamLeads(teamId));
        variables.put(PpgFeedbackProcess.VAR_PPG_GROUP, WorkGroups.ppg(ppgId));
        variables.put(PpgFeedbackProcess.VAR_ACKNOWLEDGE_DUE, Date.from(Instant.now().plus(Duration.ofDays(5))));
        variables.put(PpgFeedbackProcess.VAR_CONFIRM_WITHIN, "P28D");
        return variables;
    }

    private static void log(String line) {
        System.out.println("[inbox benchmark] " + line);
    }

    private static void server(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://" + HOST + ":" + PORT + "/",
                USER, PASSWORD); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}

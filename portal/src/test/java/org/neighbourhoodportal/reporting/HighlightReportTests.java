package org.neighbourhoodportal.reporting;

import org.neighbourhoodportal.timeline.TimelineEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ICB_MANAGER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;
import static org.neighbourhoodportal.reporting.MovableClock.demoPlanMonth;
import static org.neighbourhoodportal.reporting.ReportRun.HARBOROUGH;
import static org.neighbourhoodportal.reporting.ReportRun.THURROCK;
import static org.neighbourhoodportal.reporting.ReportRun.update;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.processes.MonthlyHighlightReport;
import org.neighbourhoodportal.processes.MonthlyHighlightReportSchedule;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workflow.TaskOutcome;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.neighbourhoodportal.workplan.PriorityDraft;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.workplan.UpdateRow;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Monthly highlight reports through the portal's services, as the demo people use them, on H2 with the real engine:
 * each test runs its own month of the demo plans' year, moving the portal's clock there.
 */
@ReportingTest
class HighlightReportTests {

    private static final String SOCIAL_PRESCRIBING = "Green and blue social prescribing";
    private static final String ARMED_FORCES = "Tailoring services to the Armed Forces community";
    private static final String CHILDREN = "Better engagement with children and young people";
    private static final String FIRE = "Cross-organisational working with Fire & Rescue";
    private static final String MENTAL_HEALTH = "Mental health initiatives";
    private static final String JOINT_WORKING = "Encouraging joint working and joint bids";
    private static final String ADMIRAL_NURSE = "An Admiral Nurse for Harborough";

    @Autowired RunAs runAs;
    @Autowired HighlightReportService reports;
    @Autowired ReportStartService reportStarts;
    @Autowired WorkflowService workflow;
    @Autowired WorkplanService workplan;
    @Autowired PriorityService priorityService;
    @Autowired DirectoryService directory;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired MovableClock clock;
    @Autowired ProcessEngine processEngine;

    private ReportRun run;

    @BeforeEach
    void setUp() {
        run = new ReportRun(runAs, workflow, reports, reportStarts, priorityService, directory, runtime, management);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void owners_update_their_priorities_then_the_lead_compiles_and_approves_and_members_download_the_report()
            throws Exception {
        YearMonth month = demoPlanMonth(0);
        clock.startOf(month);
        long id = run.start(LEAD, HARBOROUGH);

        ReportDetails started = runAs.person(LEAD, () -> reports.details(id));
        assertThat(started.title()).isEqualTo("Harborough INT – " + HighlightReportService.periodLabel(month));
        assertThat(started.status()).isEqualTo(ReportStatus.COLLECTING_UPDATES);
        assertThat(started.updatesDue()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
        assertThat(started.remindOn()).isEqualTo(clock.instant().plus(Duration.ofDays(5)));
        assertThat(started.asked()).extracting(ReportPriority::title, ReportPriority::ownerName)
                .containsExactlyInAnyOrder(tuple(SOCIAL_PRESCRIBING, "Jo Bennett"), tuple(ARMED_FORCES, "Jo Bennett"),
                        tuple(CHILDREN, "Helen Carter"), tuple(FIRE, "Helen Carter"),
                        tuple(MENTAL_HEALTH, "Priya Shah"), tuple(JOINT_WORKING, "Priya Shah"));
        assertThat(started.withState(UpdateState.NOT_ASKED)).extracting(ReportPriority::title)
                .containsExactly(ADMIRAL_NURSE);
        assertThat(started.waitingOn()).containsExactly("Update your priority for the highlight report");

        long jo = priority(SOCIAL_PRESCRIBING).leadPersonId();
        List<WorkItem> josTasks = run.updates(COUNCIL_MEMBER, id);
        assertThat(josTasks).extracting(WorkItem::name).as("each names its priority").containsExactlyInAnyOrder(
                "Update your priority for the highlight report: " + SOCIAL_PRESCRIBING,
                "Update your priority for the highlight report: " + ARMED_FORCES);
        assertThat(josTasks).allSatisfy(task -> {
            assertThat(task.assigneeId()).isEqualTo(jo);
            assertThat(task.due()).isEqualTo(started.updatesDue());
        });
        assertThat(run.updates(MEMBER, id)).hasSize(2);
        assertThat(run.updates(LEAD, id)).as("Helen's own two; nobody else's").hasSize(2);

        // the owner's form starts from the priority's status now
        PriorityRow fireNow = priority(FIRE);
        WorkItem fire = run.updateFor(LEAD, id, FIRE);
        assertThat(run.prefill(LEAD, fire.id()))
                .containsEntry(MonthlyHighlightReport.VAR_RAG, fireNow.rag().name().toLowerCase());

        // amber without a reason is refused, and nothing is saved anywhere
        long mentalHealthId = priority(MENTAL_HEALTH).id();
        int historyBefore = planUpdates(mentalHealthId).size();
        WorkItem mentalHealth = run.updateFor(MEMBER, id, MENTAL_HEALTH);
        assertThatThrownBy(() -> run.complete(MEMBER, mentalHealth.id(),
                update("amber", null, "Two village sessions ran.", "Cover the third village.")))
                .isInstanceOf(ReportInputException.class).hasMessageContaining("Say why it is amber");
        assertThat(run.updates(MEMBER, id)).hasSize(2);
        assertThat(planUpdates(mentalHealthId)).hasSize(historyBefore);

        // nobody gives someone else's update
        WorkItem socialPrescribing = run.updateFor(COUNCIL_MEMBER, id, SOCIAL_PRESCRIBING);
        assertThatThrownBy(() -> run.complete(MEMBER, socialPrescribing.id(),
                update("green", null, "Not mine to say.", "Nothing.")))
                .isInstanceOf(NotAllowedException.class);

        run.completeOk(MEMBER, mentalHealth.id(), update("amber", "Coffee Bus driver off sick for a month.",
                "Two village sessions ran; 41 people seen.", "Cover the third village."));
        run.completeOk(MEMBER, run.updateFor(MEMBER, id, JOINT_WORKING).id(),
                update("green", null, "Funding digest sent to members.", "Joint bid workshop."));
        Map<String, Object> withExtras = update("green", null, "Three new walking groups.", "Canal basin pilot.");
        withExtras.put(MonthlyHighlightReport.VAR_LEARNING, "Walking leaders came through the parish magazine.");
        withExtras.put(MonthlyHighlightReport.VAR_HELP_NEEDED, "A venue in Lutterworth.");
        run.completeOk(COUNCIL_MEMBER, socialPrescribing.id(), withExtras);
        run.completeOk(COUNCIL_MEMBER, run.updateFor(COUNCIL_MEMBER, id, ARMED_FORCES).id(),
                update("green", null, "Four of six practices accredited.", "The last two practices."));
        run.completeOk(LEAD, run.updateFor(LEAD, id, CHILDREN).id(),
                update("amber", "Still no secondary school contact.", "Speak Out article published.",
                        "Ask the school health team."));
        Map<String, Object> fireUpdate = update("red", "Trust has not signed the agreement.",
                "Agreement escalated to the ICB.", "Signatures.");
        fireUpdate.put(MonthlyHighlightReport.VAR_ISSUES_RISKS, "Referrals cannot start until it is signed.");
        run.completeOk(LEAD, fire.id(), fireUpdate);

        // each update went onto the work plan as well, by its owner, with its status
        List<UpdateRow> fromReport = planUpdates(mentalHealthId).stream()
                .filter(u -> u.text().startsWith("For the " + HighlightReportService.periodLabel(month))).toList();
        assertThat(fromReport).hasSize(1);
        UpdateRow latest = fromReport.get(0);
        assertThat(latest.rag()).isEqualTo(Rag.AMBER);
        assertThat(latest.author()).isEqualTo("Priya Shah");
        assertThat(latest.writtenOn()).isEqualTo(LocalDate.now(clock));
        assertThat(latest.text()).isEqualTo("For the " + HighlightReportService.periodLabel(month)
                + " highlight report: Two village sessions ran; 41 people seen.\nNext month: Cover the third village.");
        assertThat(priority(MENTAL_HEALTH).rag()).isEqualTo(Rag.AMBER);
        assertThat(priority(MENTAL_HEALTH).ragReason()).isEqualTo("Coffee Bus driver off sick for a month.");

        // all in: the lead compiles from a form drafted from the updates
        assertThat(run.updates(LEAD, id)).isEmpty();
        WorkItem compile = run.task(LEAD, id, MonthlyHighlightReport.TASK_COMPILE_REPORT);
        assertThat(compile.recordRoute()).isEqualTo("reports/" + id);
        Map<String, Object> draft = run.prefill(LEAD, compile.id());
        assertThat((String) draft.get(MonthlyHighlightReport.VAR_PRIORITIES_SUMMARY)).contains(
                "• " + MENTAL_HEALTH + " – Amber – at risk: Coffee Bus driver off sick for a month.",
                "• " + FIRE + " – Red – off track: Trust has not signed the agreement.",
                "• " + SOCIAL_PRESCRIBING + " – Green – on track",
                "• " + ADMIRAL_NURSE + " – Blue – complete");
        assertThat((String) draft.get(MonthlyHighlightReport.VAR_COMPLETED_LAST_MONTH))
                .contains("• " + MENTAL_HEALTH + ": Two village sessions ran; 41 people seen.")
                .contains("• " + ARMED_FORCES + ": Four of six practices accredited.");
        assertThat((String) draft.get(MonthlyHighlightReport.VAR_PLANNED_NEXT_MONTH))
                .contains("• " + MENTAL_HEALTH + ": Cover the third village.");
        assertThat(draft).containsEntry(MonthlyHighlightReport.VAR_LEARNING_TO_SHARE,
                        "• " + SOCIAL_PRESCRIBING + ": Walking leaders came through the parish magazine.")
                .containsEntry(MonthlyHighlightReport.VAR_HELP_REQUESTED,
                        "• " + SOCIAL_PRESCRIBING + ": A venue in Lutterworth.")
                .containsEntry(MonthlyHighlightReport.VAR_ISSUES_AND_RISKS,
                        "• " + FIRE + ": Referrals cannot start until it is signed.")
                .containsEntry(MonthlyHighlightReport.VAR_MISSED_UPDATES,
                        "Every owner updated their priority in time.")
                .doesNotContainKey(MonthlyHighlightReport.VAR_OUTCOMES);

        Map<String, Object> compiled = new HashMap<>(draft);
        compiled.put(MonthlyHighlightReport.VAR_OUTCOMES, "41 people seen by the Coffee Bus in two villages.");
        run.completeOk(LEAD, compile.id(), compiled);
        assertThat(runAs.person(LEAD, () -> reports.details(id)).status()).isEqualTo(ReportStatus.AWAITING_APPROVAL);
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> reports.details(id)))
                .isInstanceOf(NotAllowedException.class);
        run.approve(LEAD, id);

        ReportDetails published = runAs.person(MEMBER, () -> reports.details(id));
        assertThat(published.status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(clock.instant());
        assertThat(published.sections().outcomes()).isEqualTo("41 people seen by the Coffee Bus in two villages.");
        assertThat(published.compiledBy()).isEqualTo("Helen Carter");
        assertThat(published.approvedBy()).isEqualTo("Helen Carter");
        assertThat(published.withState(UpdateState.UPDATED)).hasSize(6);
        assertThat(published.waitingOn()).isEmpty();
        assertThat(run.instance(id)).as("the process has ended").isNull();
        assertThat(published.history()).extracting(TimelineEntry::what).containsSubsequence(
                "Report started", "Update given", "Updates closed", "Report compiled", "Approved", "Published");
        assertThat(runAs.person(MEMBER, () -> reports.list(0, 50))).extracting(ReportRow::id).contains(id);

        ReportDocument word = runAs.person(MEMBER, () -> reports.download(id, ReportFormat.WORD));
        assertThat(word.fileName()).isEqualTo("Harborough INT highlight report " + month + ".docx");
        assertThat(word.contentType()).isEqualTo(ReportFormat.WORD.contentType());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word.content()))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            // the title is one Heading 1, each part a Heading 2, and a section's points a real list (the bullet is
            // the list's, not typed text)
            assertThat(paragraphs).containsSubsequence(
                    "Highlight report: Harborough INT – " + HighlightReportService.periodLabel(month), "Priorities",
                    "Outcomes", "41 people seen by the Coffee Bus in two villages.",
                    "Key activities completed last month", "Key activities for next month",
                    MENTAL_HEALTH + ": Cover the third village.", "Learning to share",
                    "Requests for help or support", "Issues and risks");
            assertThat(document.getParagraphs()).filteredOn(p -> "Priorities".equals(p.getText()))
                    .singleElement().extracting(XWPFParagraph::getStyle).isEqualTo("Heading2");
            assertThat(document.getParagraphs())
                    .filteredOn(p -> (MENTAL_HEALTH + ": Cover the third village.").equals(p.getText()))
                    .singleElement().extracting(XWPFParagraph::getNumID).isNotNull();
            // the lead kept the drafted summary, which the priorities table already says line for line
            assertThat(paragraphs).noneMatch(text -> text.contains(MENTAL_HEALTH + " – Amber"));
            List<XWPFTableRow> rows = document.getTables().get(0).getRows();
            assertThat(rows).hasSize(8);
            assertThat(rows).anySatisfy(row -> assertThat(row.getTableCells()).extracting(c -> c.getText())
                    .containsExactly(MENTAL_HEALTH, "Priya Shah", "Amber – at risk",
                            "Coffee Bus driver off sick for a month."));
        }
        ReportDocument excel = runAs.person(MEMBER, () -> reports.download(id, ReportFormat.EXCEL));
        assertThat(excel.fileName()).isEqualTo("Harborough INT highlight report " + month + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.content()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Report");
            assertThat(workbook.getSheetName(1)).isEqualTo("Priorities");
            assertThat(rowStartingWith(workbook.getSheet("Report"), "Key activities for next month")
                    .getCell(1).getStringCellValue()).contains("• " + MENTAL_HEALTH + ": Cover the third village.");
            Sheet priorities = workbook.getSheet("Priorities");
            assertThat(priorities.getLastRowNum()).isEqualTo(7);
            Row mentalHealthRow = rowStartingWith(priorities, MENTAL_HEALTH);
            assertThat(mentalHealthRow.getCell(2).getStringCellValue()).isEqualTo("Amber");
            assertThat(mentalHealthRow.getCell(6).getStringCellValue()).isEqualTo("Two village sessions ran; 41 people seen.");
        }
    }

    @Test
    void an_owner_who_misses_the_deadline_is_recorded_as_not_updated_and_the_report_goes_ahead() throws Exception {
        YearMonth month = demoPlanMonth(1);
        clock.startOf(month);
        long id = run.start(LEAD, HARBOROUGH);
        long socialPrescribing = priority(SOCIAL_PRESCRIBING).id();
        run.updateAll(LEAD, id);
        run.updateAll(MEMBER, id);

        run.fire(id, MonthlyHighlightReport.TIMER_UPDATES_DEADLINE);

        assertThat(run.updates(COUNCIL_MEMBER, id)).as("Jo's updates are cancelled").isEmpty();
        ReportDetails report = runAs.person(LEAD, () -> reports.details(id));
        assertThat(report.status()).isEqualTo(ReportStatus.COMPILING);
        assertThat(report.withState(UpdateState.NOT_UPDATED)).extracting(ReportPriority::title)
                .containsExactlyInAnyOrder(SOCIAL_PRESCRIBING, ARMED_FORCES);
        assertThat(report.withState(UpdateState.UPDATED)).hasSize(4);
        assertThat(report.history()).filteredOn(h -> h.what().equals("Updates closed")).singleElement()
                .satisfies(h -> assertThat(h.detail()).isEqualTo("4 of 6 updated in time. Not updated in time: "
                        + SOCIAL_PRESCRIBING + " (Jo Bennett); " + ARMED_FORCES + " (Jo Bennett)."));
        assertThat(planUpdates(socialPrescribing)).noneMatch(u -> u.text().startsWith(
                "For the " + HighlightReportService.periodLabel(month)));

        WorkItem compile = run.task(LEAD, id, MonthlyHighlightReport.TASK_COMPILE_REPORT);
        Map<String, Object> draft = run.prefill(LEAD, compile.id());
        assertThat((String) draft.get(MonthlyHighlightReport.VAR_MISSED_UPDATES)).isEqualTo(
                "Not updated by the deadline:\n• " + SOCIAL_PRESCRIBING + " (Jo Bennett)\n• " + ARMED_FORCES
                        + " (Jo Bennett)");
        assertThat((String) draft.get(MonthlyHighlightReport.VAR_PRIORITIES_SUMMARY))
                .contains(SOCIAL_PRESCRIBING + " – ").contains("(not updated this month)");
        assertThat((String) draft.get(MonthlyHighlightReport.VAR_COMPLETED_LAST_MONTH))
                .doesNotContain(SOCIAL_PRESCRIBING);

        run.compileAsDrafted(LEAD, id);
        run.approve(LEAD, id);

        ReportDetails published = runAs.person(COUNCIL_MEMBER, () -> reports.details(id));
        assertThat(published.status()).isEqualTo(ReportStatus.PUBLISHED);
        ReportDocument word = runAs.person(COUNCIL_MEMBER, () -> reports.download(id, ReportFormat.WORD));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word.content()))) {
            assertThat(document.getTables().get(0).getRows()).anySatisfy(row -> assertThat(row.getTableCells())
                    .extracting(c -> c.getText()).startsWith(SOCIAL_PRESCRIBING, "Jo Bennett")
                    .endsWith("Not updated this month"));
        }
    }

    @Test
    void before_the_deadline_the_owners_still_to_update_are_reminded_and_their_tasks_rise_to_the_top() {
        clock.startOf(demoPlanMonth(2));
        long id = run.start(LEAD, HARBOROUGH);
        run.updateAll(LEAD, id);
        run.updateAll(MEMBER, id);
        assertThat(run.updates(COUNCIL_MEMBER, id)).noneMatch(WorkItem::isEscalated);

        run.fire(id, MonthlyHighlightReport.TIMER_UPDATE_REMINDER);

        assertThat(run.updates(COUNCIL_MEMBER, id)).hasSize(2).allMatch(WorkItem::isEscalated);
        ReportDetails report = runAs.person(LEAD, () -> reports.details(id));
        assertThat(report.remindedAt()).isEqualTo(clock.instant());
        assertThat(report.status()).isEqualTo(ReportStatus.COLLECTING_UPDATES);
        assertThat(report.history()).filteredOn(h -> h.what().equals("Reminder sent")).singleElement()
                .satisfies(h -> assertThat(h.detail()).contains(SOCIAL_PRESCRIBING + " (Jo Bennett)",
                        ARMED_FORCES + " (Jo Bennett)").doesNotContain(MENTAL_HEALTH));
        assertThat(management.createJobQuery().processInstanceId(run.instance(id).getId())
                .activityId(MonthlyHighlightReport.TIMER_UPDATES_DEADLINE).count()).isEqualTo(1);

        run.updateAll(COUNCIL_MEMBER, id);

        assertThat(run.tasks(LEAD, id, MonthlyHighlightReport.TASK_COMPILE_REPORT)).hasSize(1);
        assertThat(runAs.person(LEAD, () -> reports.details(id)).history())
                .filteredOn(h -> h.what().equals("Updates closed")).singleElement()
                .satisfies(h -> assertThat(h.detail()).isEqualTo("6 of 6 updated in time."));
    }

    @Test
    void a_report_sent_back_for_changes_is_compiled_again_from_what_the_lead_wrote_then_published() {
        clock.startOf(demoPlanMonth(3));
        long id = run.start(LEAD, HARBOROUGH);
        run.updateAll(LEAD, id);
        run.updateAll(MEMBER, id);
        run.updateAll(COUNCIL_MEMBER, id);
        WorkItem compile = run.task(LEAD, id, MonthlyHighlightReport.TASK_COMPILE_REPORT);
        Map<String, Object> compiled = new HashMap<>(run.prefill(LEAD, compile.id()));
        compiled.put(MonthlyHighlightReport.VAR_COMPLETED_LAST_MONTH, "Written by Helen.");
        run.completeOk(LEAD, compile.id(), compiled);

        WorkItem approve = run.task(LEAD, id, MonthlyHighlightReport.TASK_APPROVE_REPORT);
        TaskOutcome unsaid = run.complete(LEAD, approve.id(), Map.of(MonthlyHighlightReport.VAR_APPROVAL,
                MonthlyHighlightReport.APPROVAL_CHANGES));
        assertThat(unsaid.completed()).isFalse();
        assertThat(unsaid.errors()).extracting(e -> e.key()).containsExactly(MonthlyHighlightReport.VAR_CHANGES_NEEDED);
        run.completeOk(LEAD, approve.id(), Map.of(MonthlyHighlightReport.VAR_APPROVAL,
                MonthlyHighlightReport.APPROVAL_CHANGES, MonthlyHighlightReport.VAR_CHANGES_NEEDED,
                "Add the Coffee Bus numbers."));

        ReportDetails sentBack = runAs.person(LEAD, () -> reports.details(id));
        assertThat(sentBack.status()).isEqualTo(ReportStatus.COMPILING);
        assertThat(sentBack.changesNeeded()).isEqualTo("Add the Coffee Bus numbers.");
        WorkItem again = run.task(LEAD, id, MonthlyHighlightReport.TASK_COMPILE_REPORT);
        assertThat(again.id()).isNotEqualTo(compile.id());
        Map<String, Object> redraft = run.prefill(LEAD, again.id());
        assertThat(redraft).containsEntry(MonthlyHighlightReport.VAR_COMPLETED_LAST_MONTH, "Written by Helen.");

        redraft = new HashMap<>(redraft);
        redraft.put(MonthlyHighlightReport.VAR_OUTCOMES, "41 people seen by the Coffee Bus.");
        run.completeOk(LEAD, again.id(), redraft);
        run.approve(LEAD, id);

        ReportDetails published = runAs.person(MEMBER, () -> reports.details(id));
        assertThat(published.status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(published.sections().outcomes()).isEqualTo("41 people seen by the Coffee Bus.");
        assertThat(published.history()).extracting(TimelineEntry::what).containsSubsequence(
                "Report compiled", "Sent back for changes", "Report compiled", "Approved", "Published");
    }

    @Test
    void the_monthly_timer_starts_one_report_for_each_int_with_a_plan_each_in_its_own_job_and_running_it_again_starts_none() {
        YearMonth month = demoPlanMonth(4);
        clock.startOf(month);
        long instancesBefore = runtime.createProcessInstanceQuery()
                .processDefinitionKey(MonthlyHighlightReport.KEY).count();

        management.executeJob(scheduleTimer().getId());

        List<Job> perInt = management.createJobQuery().processDefinitionKey(MonthlyHighlightReportSchedule.KEY)
                .messages().list();
        assertThat(perInt).as("each INT's report starts in a job of its own").hasSize(2);
        assertThat(reportsOf(LEAD, month)).as("nothing started before its job runs").isEmpty();
        perInt.forEach(job -> management.executeJob(job.getId()));

        List<ReportRow> harborough = reportsOf(LEAD, month);
        List<ReportRow> thurrock = reportsOf(THURROCK_LEAD, month);
        assertThat(harborough).singleElement().satisfies(r -> assertThat(r.teamName()).isEqualTo(HARBOROUGH));
        assertThat(thurrock).singleElement().satisfies(r -> assertThat(r.teamName()).isEqualTo(THURROCK));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(MonthlyHighlightReport.KEY).count())
                .as("one per INT with a plan: Harborough and Thurrock INT 4, not the other Thurrock INTs")
                .isEqualTo(instancesBefore + 2);
        assertThat(runAs.person(LEAD, () -> reports.details(harborough.get(0).id())).startedBy())
                .isEqualTo("The monthly schedule");

        management.executeJob(scheduleTimer().getId());

        assertThat(management.createJobQuery().processDefinitionKey(MonthlyHighlightReportSchedule.KEY).messages()
                .count()).as("no INT is due a second report").isZero();
        assertThat(reportsOf(LEAD, month)).hasSize(1);
        assertThat(reportsOf(THURROCK_LEAD, month)).hasSize(1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(MonthlyHighlightReport.KEY).count())
                .isEqualTo(instancesBefore + 2);
        assertThat(run.start(LEAD, HARBOROUGH)).as("starting by hand finds the month's report")
                .isEqualTo(harborough.get(0).id());
        assertThat(runAs.person(LEAD, () -> reportStarts.teamsToStartThisMonth())).isEmpty();
    }

    @Test
    void the_engine_reads_the_configured_schedule_again_each_time_the_timer_is_due() {
        assertThat(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .isReevaluateTimeCycleWhenDue()).isTrue();
        assertThat(management.createJobDefinitionQuery().processDefinitionKey(MonthlyHighlightReportSchedule.KEY)
                .activityIdIn(MonthlyHighlightReportSchedule.EVENT_MONTH_STARTED).singleResult().getJobConfiguration()).endsWith("${highlightReportSchedule.cron}");
    }

    @Test
    void a_lead_starts_this_months_report_by_hand_once_and_nobody_else_can() {
        clock.startOf(demoPlanMonth(5));
        long harboroughId = run.teamId(HARBOROUGH);
        assertThat(runAs.person(LEAD, () -> reportStarts.teamsToStartThisMonth())).extracting(TeamSummary::name)
                .containsExactly(HARBOROUGH);
        assertThat(runAs.person(MEMBER, () -> reportStarts.teamsToStartThisMonth())).isEmpty();
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> reportStarts.startThisMonth(harboroughId)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(THURROCK_LEAD, () -> reportStarts.startThisMonth(harboroughId)))
                .isInstanceOf(NotAllowedException.class);

        long first = run.start(LEAD, HARBOROUGH);
        long second = run.start(LEAD, HARBOROUGH);

        assertThat(second).isEqualTo(first);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(MonthlyHighlightReport.KEY)
                .processInstanceBusinessKey(Long.toString(first)).count()).isEqualTo(1);
        assertThat(runAs.person(LEAD, () -> reportStarts.teamsToStartThisMonth())).isEmpty();
        assertThat(runAs.person(LEAD, () -> reports.details(first)).startedBy()).isEqualTo("Helen Carter");
    }

    @Test
    void members_and_icb_managers_read_only_published_reports_of_their_ints_and_owners_only_their_own_update() {
        YearMonth month = demoPlanMonth(6);
        clock.startOf(month);
        long draft = run.start(LEAD, HARBOROUGH);
        long thurrock = run.start(THURROCK_LEAD, THURROCK);
        run.updateAll(THURROCK_LEAD, thurrock);
        run.compileAsDrafted(THURROCK_LEAD, thurrock);
        run.approve(THURROCK_LEAD, thurrock);

        // a draft: its INT's leads only
        assertThat(runAs.person(LEAD, () -> reports.details(draft)).managedByMe()).isTrue();
        assertThat(runAs.person(LEAD, () -> reports.list(0, 100))).extracting(ReportRow::id).contains(draft);
        for (String reader : List.of(MEMBER, COUNCIL_MEMBER, ICB_MANAGER, THURROCK_LEAD, PPG_REP)) {
            assertThatThrownBy(() -> runAs.person(reader, () -> reports.details(draft)))
                    .as(reader).isInstanceOf(NotAllowedException.class);
            assertThat(runAs.person(reader, () -> reports.list(0, 100))).as(reader).extracting(ReportRow::id)
                    .doesNotContain(draft);
        }
        assertThatThrownBy(() -> runAs.person(LEAD, () -> reports.download(draft, ReportFormat.WORD)))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("once it is published");

        // published: its INT and its ICB's managers, nobody else
        ReportDetails asIcb = runAs.person(ICB_MANAGER, () -> reports.details(thurrock));
        assertThat(asIcb.isPublished()).isTrue();
        assertThat(asIcb.managedByMe()).isFalse();
        assertThat(runAs.person(ICB_MANAGER, () -> reports.list(0, 100))).extracting(ReportRow::id)
                .contains(thurrock).doesNotContain(draft);
        assertThat(runAs.person(ICB_MANAGER, () -> reports.download(thurrock, ReportFormat.EXCEL)).content())
                .isNotEmpty();
        for (String outsider : List.of(LEAD, MEMBER, PPG_REP)) {
            assertThatThrownBy(() -> runAs.person(outsider, () -> reports.details(thurrock)))
                    .as(outsider).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> runAs.person(outsider, () -> reports.download(thurrock, ReportFormat.WORD)))
                    .as(outsider).isInstanceOf(NotAllowedException.class);
        }

        // an owner sees what their own update is about, and the inbox names the report without linking the draft
        WorkItem josUpdate = run.updateFor(COUNCIL_MEMBER, draft, SOCIAL_PRESCRIBING);
        assertThat(josUpdate.subject()).isEqualTo("Highlight report: Harborough INT – "
                + HighlightReportService.periodLabel(month));
        assertThat(josUpdate.recordRoute()).isEmpty();
        assertThat(run.updateFor(LEAD, draft, FIRE).recordRoute()).isEqualTo("reports/" + draft);
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> reports.updateRequest(josUpdate.id())))
                .isInstanceOf(NotAllowedException.class);
        assertThat(runAs.person(MEMBER, () -> run.updates(MEMBER, draft))).hasSize(2);
    }

    @Test
    void a_priority_without_a_lead_person_is_offered_to_the_ints_leads() {
        long planId = runAs.person(THURROCK_LEAD, () -> workplan.plans().get(0).id());
        LocalDate start = LocalDate.of(HighlightReportService.planYearOf(YearMonth.now(PortalTime.DEFAULT_ZONE)), 4, 1);
        runAs.person(THURROCK_LEAD, () -> priorityService.savePriority(new PriorityDraft(null, planId,
                "Carers' support", null, null, null, start, start.plusMonths(11), Rag.GREEN, null, Set.of(), null)));
        clock.startOf(demoPlanMonth(7));
        long id = run.start(THURROCK_LEAD, THURROCK);

        WorkItem ownerless = run.updateFor(THURROCK_LEAD, id, "Carers' support");
        assertThat(ownerless.assigneeId()).isNull();
        assertThat(ownerless.candidateGroups()).containsExactly("team:" + run.teamId(THURROCK) + ":lead");
        assertThat(runAs.person(THURROCK_LEAD, () -> reports.details(id)).asked())
                .filteredOn(p -> p.title().equals("Carers' support")).singleElement()
                .satisfies(p -> assertThat(p.askedWho()).isEqualTo("the INT's leads"));

        run.completeOk(THURROCK_LEAD, ownerless.id(), update("amber", "No carers' lead yet.",
                "Spoke to two carers' groups.", "Recruit a lead."));

        assertThat(runAs.person(THURROCK_LEAD, () -> reports.details(id)).priorities())
                .filteredOn(p -> p.title().equals("Carers' support")).singleElement()
                .satisfies(p -> {
                    assertThat(p.state()).isEqualTo(UpdateState.UPDATED);
                    assertThat(p.updatedBy()).isEqualTo("Tom Whitfield");
                });
    }

    // ----------------------------------------------------------------

    private PriorityRow priority(String title) {
        return run.priorities(LEAD, HARBOROUGH).stream().filter(p -> p.title().equals(title)).findFirst()
                .orElseThrow();
    }

    private List<UpdateRow> planUpdates(long priorityId) {
        return runAs.person(LEAD, () -> priorityService.priority(priorityId).updates());
    }

    private List<ReportRow> reportsOf(String lead, YearMonth month) {
        return runAs.person(lead, () -> reports.list(0, 200)).stream().filter(r -> r.period().equals(month))
                .toList();
    }

    private Job scheduleTimer() {
        return management.createJobQuery().processDefinitionKey(MonthlyHighlightReportSchedule.KEY).timers()
                .singleResult();
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && text.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row starting with " + text + " in " + sheet.getSheetName());
    }
}

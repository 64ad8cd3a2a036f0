package org.neighbourhoodportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;
import static org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ICB_MANAGER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.feedback.FeedbackFilter;
import org.neighbourhoodportal.feedback.FeedbackService;
import org.neighbourhoodportal.feedback.ProposalService;
import org.neighbourhoodportal.feedback.FeedbackTimelines;
import org.neighbourhoodportal.notifications.Delivery;
import org.neighbourhoodportal.notifications.NotificationKind;
import org.neighbourhoodportal.notifications.NotificationService;
import org.neighbourhoodportal.notifications.OutboxService;
import org.neighbourhoodportal.processes.PpgFeedbackProcess;
import org.neighbourhoodportal.reporting.HighlightReportService;
import org.neighbourhoodportal.reporting.ReportStartService;
import org.neighbourhoodportal.reporting.ReportFormat;
import org.neighbourhoodportal.reporting.ReportInputException;
import org.neighbourhoodportal.reporting.ReportRun;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.LoopDriver;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.workflow.ProcessService;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.neighbourhoodportal.workplan.ActionDraft;
import org.neighbourhoodportal.workplan.ActionStatus;
import org.neighbourhoodportal.workplan.InvalidInputException;
import org.neighbourhoodportal.workplan.PlanSummary;
import org.neighbourhoodportal.workplan.PriorityDraft;
import org.neighbourhoodportal.workplan.PriorityFilter;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.workplan.RiskDraft;
import org.neighbourhoodportal.workplan.RiskKind;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.ProgressService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.BacklogService;
import org.neighbourhoodportal.workplan.ActionRiskService;
import org.neighbourhoodportal.workplan.excel.ImportPreview;
import org.neighbourhoodportal.workplan.excel.WorkplanExcelService;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rule of docs/adr/0005, for every service there is and every one still to come: each public method of each
 * {@code @Service} bean is in the table below with at least one caller it allows and one it refuses. A new public
 * method without its rows fails the build; so does a row whose method has gone.
 *
 * <p>Each row runs in a transaction that is rolled back, so the allowed calls that change something leave the
 * fixture as it was. "Refused" means {@link NotAllowedException} (the directory, below the security package, refuses
 * with Spring Security's {@link AccessDeniedException}), or, for the inbox's look-ups that filter rather than refuse,
 * the record left out of the answer.
 */
@PortalTest
@TestPropertySource(properties = "portal.test.context=access")
class ServiceAccessTests {

    private static final String NOBODY = "nobody signed in";
    private static final String ENGINE = "the process engine";

    @Autowired ApplicationContext context;
    @Autowired RunAs runAs;
    @Autowired LoopDriver loop;
    @Autowired CurrentUser currentUser;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired DirectoryService directory;
    @Autowired FeedbackService feedback;
    @Autowired ProposalService proposals;
    @Autowired HighlightReportService reports;
    @Autowired ReportStartService reportStarts;
    @Autowired WorkplanService workplan;
    @Autowired ActionRiskService actionRiskService;
    @Autowired BacklogService backlogService;
    @Autowired PriorityService priorityService;
    @Autowired ProgressService progressService;
    @Autowired WorkplanExcelService excel;
    @Autowired WorkflowService workflow;
    @Autowired ProcessService processes;
    @Autowired org.neighbourhoodportal.timeline.TimelineService timelines;
    @Autowired org.neighbourhoodportal.workflow.FailedWorkService failedWork;
    @Autowired UserDetailsService users;
    @Autowired NotificationService notifications;
    @Autowired OutboxService outbox;
    @Autowired org.neighbourhoodportal.rounds.RoundService rounds;
    @Autowired org.neighbourhoodportal.feedback.ProposalTasks proposalTasks;
    @Autowired org.neighbourhoodportal.attachments.AttachmentService attachments;
    @Autowired org.neighbourhoodportal.directory.DirectoryAdministration administration;
    @Autowired org.neighbourhoodportal.directory.AuditTrail auditTrail;

    /** Records made once for the whole table (the context is this class's own, so nobody else sees them). */
    private static Fixture fixture;

    private record Fixture(long harborough, long thurrock, long leadId, long ppgId, long organisationId,
                           long plan, long priority, long baseline, long feedback, String acknowledgeTask,
                           String taskToComplete,
                           long proposal, long draftReport, String updateTask, long publishedReport,
                           byte[] exported, ImportPreview preview) {
    }

    @FunctionalInterface
    interface Call {
        Object run() throws Exception;
    }

    /** One row: who is signed in, the call, and whether it is allowed (a check on the answer for filtering calls). */
    private record Case(String who, Call call, boolean allowed, Predicate<Object> leftOut) {
    }

    private static Case allowed(String who, Call call) {
        return new Case(who, call, true, null);
    }

    private static Case refused(String who, Call call) {
        return new Case(who, call, false, null);
    }

    /** Allowed to ask, but the record the caller may not see is not in the answer. */
    private static Case leftOut(String who, Call call, Predicate<Object> recordIsAbsent) {
        return new Case(who, call, false, recordIsAbsent);
    }

    @BeforeEach
    void fixture() throws Exception {
        if (fixture != null) {
            return;
        }
        ReportRun run = new ReportRun(runAs, workflow, reports, reportStarts, priorityService, directory, runtime, management);
        long harborough = run.teamId(org.neighbourhoodportal.directory.DemoDirectoryData.HARBOROUGH);
        long thurrock = run.teamId(ReportRun.THURROCK);
        long leadId = runAs.person(LEAD, () -> currentUser.require().personId());
        long ppgId = runAs.person(PPG_REP, () -> feedback.ppgsICanSubmitFor().get(0).id());
        long organisationId = runAs.person(LEAD, () -> directory.memberOrganisations(harborough).get(0).id());
        PlanSummary plan = runAs.person(LEAD, () -> workplan.plans()).stream()
                .filter(p -> p.teamId() == harborough).findFirst().orElseThrow();
        long priority = runAs.person(LEAD, () -> priorityService.priorities(plan.id(), PriorityFilter.all()).get(0).id());
        long baseline = runAs.person(LEAD, () -> progressService.baselines(plan.id()).get(0).id());
        long feedbackId = loop.submitAsPpg("On the access table");
        String acknowledge = loop.requireTask(LEAD, feedbackId).id();
        // completing a task commits whatever the row's transaction does (each attempt runs in a transaction of its
        // own, see ConflictRetry), so the completion gets a task of its own and the other rows keep theirs open
        String toComplete = loop.requireTask(LEAD, loop.submitAsPpg("On the access table, to complete")).id();
        long proposal = runAs.person(LEAD, () -> proposals.share(shareValues("Access table proposal"))).recordId();
        long draft = runAs.person(LEAD, () -> reports.list(0, 50)).stream()
                .filter(r -> r.teamId() == harborough).findFirst().orElseThrow().id();
        String update = Stream.of(LEAD, COUNCIL_MEMBER, MEMBER).flatMap(p -> run.updates(p, draft).stream())
                .map(WorkItem::id).findFirst().orElseThrow(() -> new AssertionError("No update task on the demo report"));
        long published = run.start(THURROCK_LEAD, ReportRun.THURROCK);
        run.updateAll(THURROCK_LEAD, published);
        run.compileAsDrafted(THURROCK_LEAD, published);
        run.approve(THURROCK_LEAD, published);
        byte[] exported = runAs.person(LEAD, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            unchecked(() -> {
                excel.export(plan.id(), out);
                return null;
            });
            return out.toByteArray();
        });
        ImportPreview preview = runAs.person(LEAD,
                () -> excel.preview(plan.id(), "plan.xlsx", new ByteArrayInputStream(exported)));
        fixture = new Fixture(harborough, thurrock, leadId, ppgId, organisationId, plan.id(), priority, baseline,
                feedbackId, acknowledge, toComplete, proposal, draft, update, published, exported, preview);
    }

    /** The table: every public method of every service, by "Class.method(ParameterTypes)". */
    private Map<String, List<Case>> table() {
        Fixture f = fixture;
        Map<String, List<Case>> t = new LinkedHashMap<>();

        // ---- directory: reference data for anyone signed in (or the engine); people for administrators -----------
        t.put("DirectoryService.accessProfile(long)", List.of(
                allowed(LEAD, () -> directory.accessProfile(f.leadId())),
                allowed(ADMINISTRATOR, () -> directory.accessProfile(f.leadId())),
                refused(THURROCK_LEAD, () -> directory.accessProfile(f.leadId()))));
        t.put("DirectoryService.personName(long)", signedIn(() -> directory.personName(f.leadId())));
        t.put("DirectoryService.personNames(Collection)", signedIn(() -> directory.personNames(List.of(f.leadId()))));
        t.put("DirectoryService.team(long)", List.of(allowed(MEMBER, () -> directory.team(f.harborough())),
                allowed(ENGINE, () -> directory.team(f.harborough())),
                refused(NOBODY, () -> directory.team(f.harborough()))));
        t.put("DirectoryService.teams(Collection)", signedIn(() -> directory.teams(List.of(f.harborough()))));
        t.put("DirectoryService.allTeams()", signedIn(() -> directory.allTeams()));
        t.put("DirectoryService.memberOrganisations(long)", signedIn(() -> directory.memberOrganisations(f.harborough())));
        t.put("DirectoryService.representedOrganisations(long)",
                signedIn(() -> directory.representedOrganisations(f.harborough())));
        t.put("DirectoryService.isMemberOrganisation(long,long)",
                signedIn(() -> directory.isMemberOrganisation(f.harborough(), f.organisationId())));
        t.put("DirectoryService.organisation(long)", signedIn(() -> directory.organisation(f.organisationId())));
        t.put("DirectoryService.ppgsOfTeams(Collection)", signedIn(() -> directory.ppgsOfTeams(List.of(f.harborough()))));
        t.put("DirectoryService.ppgs(Collection)", signedIn(() -> directory.ppgs(List.of(f.ppgId()))));
        t.put("DirectoryService.ppg(long)", signedIn(() -> directory.ppg(f.ppgId())));
        t.put("DirectoryService.people()", List.of(allowed(ADMINISTRATOR, () -> directory.people()),
                refused(LEAD, () -> directory.people())));
        t.put("DirectoryService.teamPeople(long)", signedIn(() -> directory.teamPeople(f.harborough())));
        t.put("DirectoryService.recipients(Collection,Collection)", List.of(
                allowed(MEMBER, () -> assertThat(directory.recipients(List.of(), List.of("team:" + f.harborough()
                        + ":lead"))).extracting(r -> r.personId()).contains(f.leadId())),
                allowed(ENGINE, () -> directory.recipients(List.of(f.leadId()), List.of())),
                refused(NOBODY, () -> directory.recipients(List.of(f.leadId()), List.of()))));
        t.put("PortalUserDetailsService.loadUserByUsername(String)", List.of(
                allowed(NOBODY, () -> users.loadUserByUsername(LEAD)),
                refused(MEMBER, () -> users.loadUserByUsername(LEAD))));

        // ---- feedback ----------------------------------------------------------------------------------------------
        t.put("FeedbackService.ppgsICanSubmitFor()", signedIn(() -> feedback.ppgsICanSubmitFor()));
        t.put("FeedbackService.submitFormOptions()", signedIn(() -> feedback.submitFormOptions()));
        t.put("FeedbackService.submitForm()", signedIn(() -> feedback.submitForm()));
        t.put("FeedbackService.themes()", signedIn(() -> feedback.themes()));
        t.put("FeedbackService.themeLabel(String)", signedIn(() -> feedback.themeLabel("appointments")));
        t.put("FeedbackService.submit(Map)", List.of(
                allowed(PPG_REP, () -> assertSaved(feedback.submit(feedbackValues(f.ppgId())).isSaved())),
                refused(LEAD, () -> feedback.submit(feedbackValues(f.ppgId())))));
        t.put("FeedbackService.list(FeedbackFilter,int,int)", signedIn(() -> feedback.list(FeedbackFilter.all(), 0, 10)));
        t.put("FeedbackService.count(FeedbackFilter)", signedIn(() -> feedback.count(FeedbackFilter.all())));
        t.put("FeedbackService.teamsInView()", signedIn(() -> feedback.teamsInView()));
        t.put("FeedbackService.ppgsInView()", signedIn(() -> feedback.ppgsInView()));
        t.put("FeedbackService.details(long)", List.of(allowed(LEAD, () -> feedback.details(f.feedback())),
                allowed(PPG_REP, () -> feedback.details(f.feedback())),
                refused(THURROCK_LEAD, () -> feedback.details(f.feedback()))));
        t.put("FeedbackService.organisationsToReferTo(long)", List.of(
                allowed(LEAD, () -> feedback.organisationsToReferTo(f.feedback())),
                refused(THURROCK_LEAD, () -> feedback.organisationsToReferTo(f.feedback())),
                refused(PPG_REP, () -> feedback.organisationsToReferTo(f.feedback()))));
        t.put("FeedbackService.prioritiesToLinkTo(long)", List.of(
                allowed(LEAD, () -> feedback.prioritiesToLinkTo(f.feedback())),
                refused(THURROCK_LEAD, () -> feedback.prioritiesToLinkTo(f.feedback()))));
        t.put("FeedbackService.progress(Collection)", List.of(
                allowed(MEMBER, () -> assertThat(feedback.progress(List.of(f.feedback()))).containsKey(f.feedback())),
                leftOut(THURROCK_LEAD, () -> feedback.progress(List.of(f.feedback())), m -> ((Map<?, ?>) m).isEmpty()),
                refused(NOBODY, () -> feedback.progress(List.of(f.feedback())))));
        t.put("FeedbackService.summaries(Set)", List.of(
                allowed(LEAD, () -> assertContains(feedback.summaries(Set.of(f.feedback())), f.feedback())),
                leftOut(THURROCK_LEAD, () -> feedback.summaries(Set.of(f.feedback())), m -> ((Map<?, ?>) m).isEmpty()),
                refused(NOBODY, () -> feedback.summaries(Set.of(f.feedback())))));

        t.put("ProposalService.shareFormOptions()", signedIn(() -> proposals.shareFormOptions()));
        t.put("ProposalService.shareForm()", signedIn(() -> proposals.shareForm()));
        t.put("ProposalService.share(Map)", List.of(
                allowed(LEAD, () -> assertSaved(proposals.share(shareValues("Allowed")).isSaved())),
                refused(PPG_REP, () -> proposals.share(shareValues("Refused")))));
        t.put("ProposalService.list()", signedIn(() -> proposals.list()));
        t.put("ProposalService.details(long)", List.of(allowed(LEAD, () -> proposals.details(f.proposal())),
                allowed(PPG_REP, () -> proposals.details(f.proposal())),
                refused(THURROCK_LEAD, () -> proposals.details(f.proposal()))));
        t.put("ProposalService.titles(Set)", List.of(
                allowed(LEAD, () -> assertContains(proposals.titles(Set.of(f.proposal())), f.proposal())),
                leftOut(THURROCK_LEAD, () -> proposals.titles(Set.of(f.proposal())), m -> ((Map<?, ?>) m).isEmpty()),
                refused(NOBODY, () -> proposals.titles(Set.of(f.proposal())))));

        // ---- reporting ---------------------------------------------------------------------------------------------
        t.put("HighlightReportService.list(int,int)", signedIn(() -> reports.list(0, 10)));
        t.put("HighlightReportService.count()", signedIn(() -> reports.count()));
        t.put("HighlightReportService.details(long)", List.of(allowed(LEAD, () -> reports.details(f.draftReport())),
                refused(MEMBER, () -> reports.details(f.draftReport())),
                refused(THURROCK_LEAD, () -> reports.details(f.draftReport()))));
        t.put("ReportStartService.teamsToStartThisMonth()", signedIn(() -> reportStarts.teamsToStartThisMonth()));
        t.put("ReportStartService.startThisMonth(long)", List.of(
                allowed(LEAD, () -> reportStarts.startThisMonth(f.harborough())),
                refused(THURROCK_LEAD, () -> reportStarts.startThisMonth(f.harborough()))));
        t.put("HighlightReportService.download(long,ReportFormat)", List.of(
                allowed(ICB_MANAGER, () -> reports.download(f.publishedReport(), ReportFormat.WORD)),
                refused(LEAD, () -> reports.download(f.publishedReport(), ReportFormat.WORD))));
        t.put("HighlightReportService.updateRequest(String)", List.of(
                allowed(LEAD, () -> reports.updateRequest(f.updateTask())),
                refused(THURROCK_LEAD, () -> reports.updateRequest(f.updateTask()))));
        t.put("HighlightReportService.compileDraft(long)", List.of(
                allowed(LEAD, () -> reports.compileDraft(f.draftReport())),
                refused(MEMBER, () -> reports.compileDraft(f.draftReport()))));
        t.put("HighlightReportService.titles(Collection)", List.of(
                allowed(MEMBER, () -> assertContains(reports.titles(List.of(f.draftReport())), f.draftReport())),
                leftOut(THURROCK_LEAD, () -> reports.titles(List.of(f.draftReport())), m -> ((Map<?, ?>) m).isEmpty()),
                refused(NOBODY, () -> reports.titles(List.of(f.draftReport())))));
        t.put("HighlightReportService.readableByMe(Collection)", List.of(
                allowed(LEAD, () -> assertThat(reports.readableByMe(List.of(f.draftReport()))).contains(f.draftReport())),
                leftOut(MEMBER, () -> reports.readableByMe(List.of(f.draftReport())), s -> ((Set<?>) s).isEmpty()),
                refused(NOBODY, () -> reports.readableByMe(List.of(f.draftReport())))));
        java.time.YearMonth thisMonth = java.time.YearMonth.now(org.neighbourhoodportal.time.PortalTime.DEFAULT_ZONE);
        t.put("ReportStartService.teamsDueAScheduledReport(YearMonth)", List.of(
                allowed(ENGINE, () -> reportStarts.teamsDueAScheduledReport(thisMonth)),
                refused(LEAD, () -> reportStarts.teamsDueAScheduledReport(thisMonth))));
        t.put("ReportStartService.startScheduledReport(long,YearMonth)", List.of(
                allowed(ENGINE, () -> assertThat(reportStarts.startScheduledReport(f.harborough(), thisMonth)).isPositive()),
                refused(LEAD, () -> reportStarts.startScheduledReport(f.harborough(), thisMonth))));

        // ---- work plan ---------------------------------------------------------------------------------------------
        t.put("WorkplanService.plans()", signedIn(() -> workplan.plans()));
        t.put("WorkplanService.plan(long)", readersOfThePlan(() -> workplan.plan(f.plan())));
        t.put("WorkplanService.createPlan(long,int)", List.of(allowed(LEAD, () -> workplan.createPlan(f.harborough(), 2099)),
                refused(MEMBER, () -> workplan.createPlan(f.harborough(), 2099)),
                refused(THURROCK_LEAD, () -> workplan.createPlan(f.harborough(), 2099))));
        t.put("WorkplanService.tagGroups(long)", readersOfThePlan(() -> workplan.tagGroups(f.plan())));
        t.put("WorkplanService.people(long)", readersOfThePlan(() -> workplan.people(f.plan())));
        t.put("WorkplanService.organisations(long)", readersOfThePlan(() -> workplan.organisations(f.plan())));
        t.put("WorkplanService.canEditPlan(long)", readersOfThePlan(() -> workplan.canEditPlan(f.plan())));
        t.put("WorkplanService.today()", signedIn(() -> workplan.today()));
        t.put("WorkplanService.currentPlanYear()", signedIn(() -> workplan.currentPlanYear()));
        t.put("WorkplanService.teamsWithoutCurrentPlan()", signedIn(() -> workplan.teamsWithoutCurrentPlan()));
        t.put("PriorityService.priorities(long,PriorityFilter)",
                readersOfThePlan(() -> priorityService.priorities(f.plan(), PriorityFilter.all())));
        t.put("PriorityService.priority(long)", readersOfThePlan(() -> priorityService.priority(f.priority())));
        t.put("PriorityService.savePriority(PriorityDraft)", List.of(
                allowed(LEAD, () -> priorityService.savePriority(priorityDraft(f.plan()))),
                refused(MEMBER, () -> priorityService.savePriority(priorityDraft(f.plan()))),
                refused(THURROCK_LEAD, () -> priorityService.savePriority(priorityDraft(f.plan())))));
        int version = runAs.person(LEAD, () -> priorityService.priorities(f.plan(), PriorityFilter.all())).stream()
                .filter(p -> p.id() == f.priority()).findFirst().orElseThrow().version();
        t.put("ProgressService.rate(long,int,Rag,String,String)", List.of(
                allowed(LEAD, () -> { progressService.rate(f.priority(), version, Rag.GREEN, null, "On track."); return null; }),
                refused(MEMBER, () -> { progressService.rate(f.priority(), version, Rag.GREEN, null, "No."); return null; }),
                refused(THURROCK_LEAD, () -> { progressService.rate(f.priority(), version, Rag.GREEN, null, "No."); return null; })));
        t.put("ProgressService.rate(long,Rag,String,String)", List.of(
                allowed(LEAD, () -> { progressService.rate(f.priority(), Rag.GREEN, null, "On track."); return null; }),
                refused(THURROCK_LEAD, () -> { progressService.rate(f.priority(), Rag.GREEN, null, "No."); return null; })));
        t.put("ProgressService.addUpdate(long,String)", List.of(
                allowed(LEAD, () -> { progressService.addUpdate(f.priority(), "An update."); return null; }),
                refused(THURROCK_LEAD, () -> { progressService.addUpdate(f.priority(), "No."); return null; })));
        t.put("ActionRiskService.saveAction(ActionDraft)", List.of(
                allowed(LEAD, () -> actionRiskService.saveAction(actionDraft(f.priority()))),
                refused(MEMBER, () -> actionRiskService.saveAction(actionDraft(f.priority()))),
                refused(THURROCK_LEAD, () -> actionRiskService.saveAction(actionDraft(f.priority())))));
        t.put("ActionRiskService.actions(long)", readersOfThePlan(() -> actionRiskService.actions(f.plan())));
        t.put("ProgressService.updates(long)", readersOfThePlan(() -> progressService.updates(f.plan())));
        t.put("ActionRiskService.saveRisk(RiskDraft)", List.of(
                allowed(LEAD, () -> actionRiskService.saveRisk(riskDraft(f.priority()))),
                refused(THURROCK_LEAD, () -> actionRiskService.saveRisk(riskDraft(f.priority())))));
        t.put("ProgressService.takeBaseline(long,String)", List.of(
                allowed(LEAD, () -> progressService.takeBaseline(f.plan(), "Board")),
                refused(MEMBER, () -> progressService.takeBaseline(f.plan(), "Board"))));
        t.put("ProgressService.baselines(long)", readersOfThePlan(() -> progressService.baselines(f.plan())));
        t.put("ProgressService.baseline(long)", readersOfThePlan(() -> progressService.baseline(f.baseline())));
        t.put("BacklogService.addToBacklog(long,String,String,String,long,Long)", List.of(
                allowed(ENGINE, () -> backlogService.addToBacklog(f.harborough(), "From the engine", null, "TEST", 1L, null)),
                allowed(LEAD, () -> backlogService.addToBacklog(f.harborough(), "From the lead", null, "TEST", 2L, null)),
                refused(MEMBER, () -> backlogService.addToBacklog(f.harborough(), "No", null, "TEST", 3L, null)),
                refused(THURROCK_LEAD, () -> backlogService.addToBacklog(f.harborough(), "No", null, "TEST", 4L, null))));
        t.put("PriorityService.prioritiesOfTeam(long)", List.of(
                allowed(MEMBER, () -> priorityService.prioritiesOfTeam(f.harborough())),
                refused(THURROCK_LEAD, () -> priorityService.prioritiesOfTeam(f.harborough())),
                refused(PPG_REP, () -> priorityService.prioritiesOfTeam(f.harborough()))));
        int year = runAs.person(LEAD, () -> workplan.currentPlanYear());
        t.put("WorkplanService.plansOfYear(int)", List.of(
                allowed(ENGINE, () -> assertThat(workplan.plansOfYear(year)).extracting(PlanSummary::teamId)
                        .contains(f.harborough(), f.thurrock())),
                leftOut(THURROCK_LEAD, () -> workplan.plansOfYear(year),
                        plans -> ((List<?>) plans).stream().noneMatch(p -> ((PlanSummary) p).teamId() == f.harborough())),
                refused(NOBODY, () -> workplan.plansOfYear(year))));
        t.put("PriorityService.planPriorities(long)", List.of(
                allowed(ENGINE, () -> priorityService.planPriorities(f.plan())),
                allowed(MEMBER, () -> priorityService.planPriorities(f.plan())),
                refused(THURROCK_LEAD, () -> priorityService.planPriorities(f.plan()))));
        t.put("BacklogService.backlog(long)", List.of(allowed(MEMBER, () -> backlogService.backlog(f.harborough())),
                refused(THURROCK_LEAD, () -> backlogService.backlog(f.harborough()))));

        t.put("WorkplanExcelService.canImport(long)", readersOfThePlan(() -> excel.canImport(f.plan())));
        t.put("WorkplanExcelService.fileName(long)", readersOfThePlan(() -> excel.fileName(f.plan())));
        t.put("WorkplanExcelService.export(long,OutputStream)", readersOfThePlan(() -> {
            excel.export(f.plan(), new ByteArrayOutputStream());
            return null;
        }));
        t.put("WorkplanExcelService.preview(long,String,InputStream)", List.of(
                allowed(LEAD, () -> excel.preview(f.plan(), "plan.xlsx", new ByteArrayInputStream(f.exported()))),
                refused(MEMBER, () -> excel.preview(f.plan(), "plan.xlsx", new ByteArrayInputStream(f.exported())))));
        t.put("WorkplanExcelService.tooLarge()", signedIn(() -> excel.tooLarge()));
        t.put("WorkplanExcelService.maxFileSize()", signedIn(() -> excel.maxFileSize()));
        t.put("WorkplanExcelService.maxFileBytes()", signedIn(() -> excel.maxFileBytes()));
        t.put("WorkplanExcelService.apply(ImportPreview)", List.of(allowed(LEAD, () -> excel.apply(f.preview())),
                refused(MEMBER, () -> excel.apply(f.preview()))));

        // ---- notifications: a person's own bell and choices; the outbox for administrators ------------------------
        long leadsNotification = runAs.person(LEAD, () -> notifications.latest(0, 1).get(0).id());
        t.put("NotificationService.unreadCount()", signedIn(() -> notifications.unreadCount()));
        t.put("NotificationService.latest(int,int)", signedIn(() -> notifications.latest(0, 10)));
        t.put("NotificationService.count()", signedIn(() -> notifications.count()));
        t.put("NotificationService.markRead(long)", List.of(
                allowed(LEAD, () -> { notifications.markRead(leadsNotification); return null; }),
                refused(THURROCK_LEAD, () -> { notifications.markRead(leadsNotification); return null; }),
                refused(NOBODY, () -> { notifications.markRead(leadsNotification); return null; })));
        t.put("NotificationService.markAllRead()", signedIn(() -> notifications.markAllRead()));
        t.put("NotificationService.preferences()", signedIn(() -> notifications.preferences()));
        t.put("NotificationService.choose(NotificationKind,Delivery)", signedIn(() -> {
            notifications.choose(NotificationKind.OVERDUE, Delivery.DAILY_DIGEST);
            return null;
        }));
        t.put("OutboxService.outbox(int,int)", administrators(() -> outbox.outbox(0, 10)));
        t.put("OutboxService.count()", administrators(() -> outbox.count()));
        t.put("OutboxService.mailIsOn()", administrators(() -> outbox.mailIsOn()));
        // the demo profile has e-mail off, so the demo tasks' e-mails wait in the outbox, marked as not sent
        long notSent = runAs.person(ADMINISTRATOR, () -> outbox.outbox(0, 1).get(0).id());
        t.put("OutboxService.sendAgain(long)", administrators(() -> { outbox.sendAgain(notSent); return null; }));

        // ---- workflow: people's tasks and the engine seam ----------------------------------------------------------
        t.put("WorkflowService.now()", signedIn(() -> workflow.now()));
        t.put("WorkflowService.myTasks(int,int)", signedIn(() -> workflow.myTasks(0, 10)));
        t.put("WorkflowService.myTasksAfter(WorkItem,int)", signedIn(() -> workflow.myTasksAfter(null, 10)));
        t.put("WorkflowService.countMyTasks()", signedIn(() -> workflow.countMyTasks()));
        t.put("WorkflowService.teamTasks(int,int)", signedIn(() -> workflow.teamTasks(0, 10)));
        t.put("WorkflowService.teamTasksAfter(WorkItem,int)", signedIn(() -> workflow.teamTasksAfter(null, 10)));
        t.put("WorkflowService.countTeamTasks()", signedIn(() -> workflow.countTeamTasks()));
        t.put("WorkflowService.openWork(int)", signedIn(() -> workflow.openWork(10)));
        t.put("WorkflowService.openWorkCounts(Instant,Duration)",
                signedIn(() -> workflow.openWorkCounts(Instant.now(), Duration.ofDays(7))));
        String key = PpgFeedbackProcess.KEY;
        String businessKey = Long.toString(f.feedback());
        t.put("WorkflowService.openWorkOn(String,String)", List.of(
                allowed(LEAD, () -> assertThat(workflow.openWorkOn(key, businessKey)).isNotEmpty()),
                leftOut(THURROCK_LEAD, () -> workflow.openWorkOn(key, businessKey), l -> ((List<?>) l).isEmpty()),
                refused(NOBODY, () -> workflow.openWorkOn(key, businessKey))));
        t.put("WorkflowService.task(String)", theTasksGroup(() -> workflow.task(f.acknowledgeTask())));
        t.put("WorkflowService.claim(String)", theTasksGroup(() -> { workflow.claim(f.acknowledgeTask()); return null; }));
        t.put("WorkflowService.unclaim(String)", List.of(allowed(LEAD, () -> {
                    workflow.claim(f.acknowledgeTask());
                    workflow.unclaim(f.acknowledgeTask());
                    return null;
                }),
                refused(THURROCK_LEAD, () -> { workflow.unclaim(f.acknowledgeTask()); return null; })));
        t.put("WorkflowService.form(String)", theTasksGroup(() -> workflow.form(f.acknowledgeTask())));
        // the lead's completion comes first and is kept; the others are then refused a task that has ended, as
        // they were refused it while it was open (not told "someone else has just done this task")
        t.put("WorkflowService.complete(String,Map)", theTasksGroup(() -> assertThat(workflow.complete(
                f.taskToComplete(), Map.of(PpgFeedbackProcess.VAR_ACKNOWLEDGEMENT, "Thank you.")).completed()).isTrue()));
        t.put("WorkflowService.comments(String)", theTasksGroup(() -> workflow.comments(f.acknowledgeTask())));
        t.put("WorkflowService.addComment(String,String)", theTasksGroup(() -> {
            workflow.addComment(f.acknowledgeTask(), "A comment.");
            return null;
        }));
        t.put("ProcessService.start(String,String,Map)", List.of(
                allowed(LEAD, () -> { processes.start(key, "999999", feedbackProcessVariables(f)); return null; }),
                allowed(ENGINE, () -> { processes.start(key, "999998", feedbackProcessVariables(f)); return null; }),
                refused(NOBODY, () -> { processes.start(key, "999997", feedbackProcessVariables(f)); return null; })));
        // ---- workflow: work that failed, administrators only (a feedback item's timer stands in for failed work)
        String timer = management.createJobQuery().processInstanceId(runtime.createProcessInstanceQuery()
                .processDefinitionKey(key).processInstanceBusinessKey(businessKey).singleResult().getId())
                .timers().list().get(0).getId();
        t.put("FailedWorkService.failedWork()", List.of(allowed(ADMINISTRATOR, () -> failedWork.failedWork()),
                refused(LEAD, () -> failedWork.failedWork()), refused(NOBODY, () -> failedWork.failedWork())));
        t.put("FailedWorkService.countWaiting()", List.of(allowed(ADMINISTRATOR, () -> failedWork.countWaiting()),
                refused(LEAD, () -> failedWork.countWaiting())));
        t.put("FailedWorkService.retry(String)", List.of(
                allowed(ADMINISTRATOR, () -> { failedWork.retry(timer); return null; }),
                refused(LEAD, () -> { failedWork.retry(timer); return null; }),
                refused(ENGINE, () -> { failedWork.retry(timer); return null; })));
        t.put("FailedWorkService.cancel(String)", List.of(
                allowed(ADMINISTRATOR, () -> { failedWork.cancel(timer); return null; }),
                refused(LEAD, () -> { failedWork.cancel(timer); return null; })));
        t.put("ProcessService.waitingOn(String,String)", signedIn(() -> processes.waitingOn(key, businessKey)));
        t.put("ProcessService.isRunning(String,String)", signedIn(() -> processes.isRunning(key, businessKey)));
        // ---- rounds of answers (issue 8, rounds): the proposal's round stands in for every round -------------------
        org.neighbourhoodportal.rounds.RoundView round = runAs.person(LEAD,
                () -> rounds.roundFor(ProposalService.ROUND_KIND, f.proposal())).orElseThrow();
        long roundId = round.id();
        long partyRow = round.parties().get(0).id();
        LocalDate later = round.closesAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate().plusDays(5);
        WorkItem ppgTask = runAs.person(PPG_REP, () -> proposalTasks.yoursOn(f.proposal())).get(0);
        org.neighbourhoodportal.rounds.RoundSpec spec = new org.neighbourhoodportal.rounds.RoundSpec("access-test",
                f.proposal(), "Access test round", "proposals/" + f.proposal(),
                org.neighbourhoodportal.directory.WorkGroups.teamLeads(f.harborough()), List.of(),
                "give-view-on-proposal", "Give your view", "Give your view.", Instant.now().plus(Duration.ofDays(9)),
                List.of(new org.neighbourhoodportal.rounds.Party(org.neighbourhoodportal.rounds.PartyType.PPG,
                        f.ppgId(), "A PPG", org.neighbourhoodportal.directory.WorkGroups.ppg(f.ppgId()))));
        t.put("RoundService.open(RoundSpec)", List.of(allowed(LEAD, () -> rounds.open(spec)),
                refused(PPG_REP, () -> rounds.open(spec)), refused(THURROCK_LEAD, () -> rounds.open(spec)),
                refused(NOBODY, () -> rounds.open(spec))));
        t.put("RoundService.roundFor(String,long)", List.of(
                allowed(LEAD, () -> rounds.roundFor(ProposalService.ROUND_KIND, f.proposal()).orElseThrow()),
                allowed(PPG_REP, () -> rounds.roundFor(ProposalService.ROUND_KIND, f.proposal()).orElseThrow()),
                leftOut(THURROCK_LEAD, () -> rounds.roundFor(ProposalService.ROUND_KIND, f.proposal()),
                        o -> ((java.util.Optional<?>) o).isEmpty()),
                refused(NOBODY, () -> rounds.roundFor(ProposalService.ROUND_KIND, f.proposal()))));
        t.put("RoundService.round(long)", List.of(allowed(LEAD, () -> rounds.round(roundId)),
                allowed(PPG_REP, () -> rounds.round(roundId)), allowed(MEMBER, () -> rounds.round(roundId)),
                refused(THURROCK_LEAD, () -> rounds.round(roundId)), refused(NOBODY, () -> rounds.round(roundId))));
        t.put("RoundService.waitingOn(long)", List.of(allowed(LEAD, () -> rounds.waitingOn(roundId)),
                allowed(PPG_REP, () -> rounds.waitingOn(roundId)),
                refused(THURROCK_LEAD, () -> rounds.waitingOn(roundId)),
                refused(NOBODY, () -> rounds.waitingOn(roundId))));
        t.put("RoundService.recordOf(String,WorkItem)", List.of(
                allowed(PPG_REP, () -> rounds.recordOf(ProposalService.ROUND_KIND, ppgTask).orElseThrow()),
                leftOut(THURROCK_LEAD, () -> rounds.recordOf(ProposalService.ROUND_KIND, ppgTask),
                        o -> ((java.util.Optional<?>) o).isEmpty()),
                refused(NOBODY, () -> rounds.recordOf(ProposalService.ROUND_KIND, ppgTask))));
        t.put("RoundService.chase(long,long)", List.of(
                allowed(LEAD, () -> { rounds.chase(roundId, partyRow); return null; }),
                refused(PPG_REP, () -> { rounds.chase(roundId, partyRow); return null; }),
                refused(MEMBER, () -> { rounds.chase(roundId, partyRow); return null; }),
                refused(THURROCK_LEAD, () -> { rounds.chase(roundId, partyRow); return null; })));
        t.put("RoundService.extend(long,LocalDate)", List.of(
                allowed(LEAD, () -> { rounds.extend(roundId, later); return null; }),
                refused(PPG_REP, () -> { rounds.extend(roundId, later); return null; }),
                refused(THURROCK_LEAD, () -> { rounds.extend(roundId, later); return null; })));
        t.put("RoundService.closeEarly(long,String)", List.of(
                allowed(LEAD, () -> { rounds.closeEarly(roundId, "Decided already."); return null; }),
                refused(PPG_REP, () -> { rounds.closeEarly(roundId, "Decided already."); return null; }),
                refused(NOBODY, () -> { rounds.closeEarly(roundId, "Decided already."); return null; })));
        t.put("RoundService.endWithItsRecord(long,String)", List.of(
                allowed(LEAD, () -> rounds.endWithItsRecord(roundId, "Withdrawn.")),
                refused(PPG_REP, () -> rounds.endWithItsRecord(roundId, "Withdrawn.")),
                refused(THURROCK_LEAD, () -> rounds.endWithItsRecord(roundId, "Withdrawn."))));
        // ---- forms round trip and the process diagram (issue 8, forms): further answers and the diagram of a record
        t.put("FeedbackService.furtherAnswers(long)", List.of(
                allowed(LEAD, () -> feedback.furtherAnswers(f.feedback())),
                allowed(PPG_REP, () -> feedback.furtherAnswers(f.feedback())),
                refused(THURROCK_LEAD, () -> feedback.furtherAnswers(f.feedback()))));
        t.put("FeedbackService.diagram(long)", List.of(allowed(LEAD, () -> feedback.diagram(f.feedback())),
                allowed(PPG_REP, () -> feedback.diagram(f.feedback())),
                refused(THURROCK_LEAD, () -> feedback.diagram(f.feedback()))));
        t.put("ProcessService.diagram(String,String)", signedIn(() -> processes.diagram(key, businessKey)));
        // ---- timeline (issue 8): reading any record's timeline, withdrawing a record, ending its process -----------
        t.put("TimelineService.entries(TimelineRecord)", List.of(
                allowed(LEAD, () -> timelines.entries(FeedbackTimelines.feedback(f.feedback()))),
                allowed(PPG_REP, () -> timelines.entries(FeedbackTimelines.feedback(f.feedback()))),
                refused(THURROCK_LEAD, () -> timelines.entries(FeedbackTimelines.feedback(f.feedback()))),
                refused(NOBODY, () -> timelines.entries(FeedbackTimelines.proposal(f.proposal())))));
        t.put("FeedbackService.withdraw(long,String)", List.of(
                allowed(PPG_REP, () -> { feedback.withdraw(f.feedback(), "Sorted out at the practice."); return null; }),
                refused(LEAD, () -> { feedback.withdraw(f.feedback(), "Not mine to withdraw."); return null; }),
                refused(THURROCK_LEAD, () -> { feedback.withdraw(f.feedback(), "Not mine."); return null; })));
        t.put("ProposalService.withdraw(long,String)", List.of(
                allowed(LEAD, () -> { proposals.withdraw(f.proposal(), "Overtaken by the ICB's plan."); return null; }),
                refused(PPG_REP, () -> { proposals.withdraw(f.proposal(), "Not mine."); return null; }),
                refused(THURROCK_LEAD, () -> { proposals.withdraw(f.proposal(), "Not mine."); return null; })));
        t.put("ProcessService.end(String,String,String)", List.of(
                allowed(LEAD, () -> processes.end(key, businessKey, "Ended in the access table")),
                allowed(ENGINE, () -> processes.end(key, businessKey, "Ended in the access table")),
                refused(NOBODY, () -> processes.end(key, businessKey, "Ended in the access table"))));
        // ---- attachments (issue 8, documents): the record's access, through the feature's AttachmentAccess ---------
        long[] doc = attachmentFixture(f);
        String feedbackType = org.neighbourhoodportal.feedback.FeedbackAttachments.RECORD_TYPE;
        t.put("AttachmentService.documents(String,long)", List.of(
                allowed(PPG_REP, () -> assertThat(attachments.documents(feedbackType, f.feedback()).mayAdd()).isTrue()),
                refused(THURROCK_LEAD, () -> attachments.documents(feedbackType, f.feedback())),
                refused(NOBODY, () -> attachments.documents(feedbackType, f.feedback()))));
        t.put("AttachmentService.add(String,long,String,String,InputStream)", List.of(
                allowed(PPG_REP, () -> attachments.add(feedbackType, f.feedback(), null, "notes.txt", text())),
                refused(THURROCK_LEAD, () -> attachments.add(feedbackType, f.feedback(), null, "notes.txt", text())),
                refused(NOBODY, () -> attachments.add(feedbackType, f.feedback(), null, "notes.txt", text()))));
        t.put("AttachmentService.replace(long,String,String,InputStream)", List.of(
                allowed(LEAD, () -> attachments.replace(doc[0], null, "notes v2.txt", text())),
                refused(THURROCK_LEAD, () -> attachments.replace(doc[0], null, "notes v2.txt", text()))));
        t.put("AttachmentService.version(long)", List.of(allowed(PPG_REP, () -> attachments.version(doc[1])),
                refused(THURROCK_LEAD, () -> attachments.version(doc[1])),
                refused(NOBODY, () -> attachments.version(doc[1]))));
        t.put("AttachmentService.copy(long,OutputStream)", List.of(
                allowed(MEMBER, () -> { attachments.copy(doc[1], new ByteArrayOutputStream()); return null; }),
                refused(THURROCK_LEAD, () -> { attachments.copy(doc[1], new ByteArrayOutputStream()); return null; })));
        t.put("AttachmentService.tooLarge()", signedIn(() -> attachments.tooLarge()));
        // ---- directory administration and the audit trail (issue 9, branch admin) ----
        long h = f.harborough();
        long council = runAs.person(COUNCIL_MEMBER, () -> currentUser.require().personId());
        org.neighbourhoodportal.directory.AdminRecords.MemberOrganisation represented = runAs.person(ADMINISTRATOR,
                () -> administration.memberOrganisations(h)).stream().filter(o -> !o.representatives().isEmpty())
                .findFirst().orElseThrow();
        long leadRole = runAs.person(ADMINISTRATOR, () -> administration.rolesOf(f.leadId())).stream()
                .filter(r -> r.role() == org.neighbourhoodportal.directory.Role.INT_LEAD).findFirst().orElseThrow()
                .id();
        long icbId = runAs.person(ADMINISTRATOR, () -> administration.icbs().get(0).id());
        t.put("DirectoryAdministration.icbs()", administrators(() -> administration.icbs()));
        t.put("DirectoryAdministration.teams()", administrators(() -> administration.teams()));
        t.put("DirectoryAdministration.ppgs()", administrators(() -> administration.ppgs()));
        t.put("DirectoryAdministration.organisations()", List.of(allowed(ADMINISTRATOR,
                () -> administration.organisations()), allowed(LEAD, () -> administration.organisations()),
                refused(MEMBER, () -> administration.organisations()), refused(NOBODY, () -> administration.organisations())));
        t.put("DirectoryAdministration.people(int,int)", List.of(allowed(ADMINISTRATOR, () -> administration.people(0, 10)),
                allowed(LEAD, () -> administration.people(0, 10)), refused(PPG_REP, () -> administration.people(0, 10))));
        t.put("DirectoryAdministration.countPeople()", List.of(allowed(ADMINISTRATOR, () -> administration.countPeople()),
                refused(MEMBER, () -> administration.countPeople())));
        t.put("DirectoryAdministration.rolesOf(long)", administrators(() -> administration.rolesOf(f.leadId())));
        t.put("DirectoryAdministration.rolesInTeam(long)", List.of(allowed(LEAD, () -> administration.rolesInTeam(h)),
                allowed(ADMINISTRATOR, () -> administration.rolesInTeam(h)),
                refused(THURROCK_LEAD, () -> administration.rolesInTeam(h)), refused(MEMBER, () -> administration.rolesInTeam(h))));
        t.put("DirectoryAdministration.memberOrganisations(long)", List.of(
                allowed(LEAD, () -> administration.memberOrganisations(h)),
                refused(THURROCK_LEAD, () -> administration.memberOrganisations(h))));
        t.put("DirectoryAdministration.teamsIManage()", List.of(allowed(LEAD, () -> administration.teamsIManage()),
                allowed(ADMINISTRATOR, () -> administration.teamsIManage()),
                refused(MEMBER, () -> administration.teamsIManage())));
        t.put("DirectoryAdministration.signatoryOf(long,long)", List.of(
                allowed(MEMBER, () -> administration.signatoryOf(h, represented.organisationId())),
                allowed(ENGINE, () -> administration.signatoryOf(h, represented.organisationId())),
                refused(NOBODY, () -> administration.signatoryOf(h, represented.organisationId()))));
        t.put("DirectoryAdministration.saveIcb(Long,String,String)", administrators(
                () -> administration.saveIcb(null, "Access table ICB", null)));
        t.put("DirectoryAdministration.saveTeam(Long,Long,String,String,String)", administrators(
                () -> administration.saveTeam(null, icbId, "Access table INT", null, null)));
        t.put("DirectoryAdministration.saveOrganisation(Long,String,Sector,String)", administrators(
                () -> administration.saveOrganisation(null, "Access table organisation",
                        org.neighbourhoodportal.directory.Sector.VCSE, null)));
        t.put("DirectoryAdministration.savePpg(Long,Long,Long,String)", administrators(
                () -> administration.savePpg(null, h, represented.organisationId(), "Access table PPG")));
        long newOrg = runAs.person(ADMINISTRATOR, () -> administration.organisations().stream()
                .filter(o -> !directory.isMemberOrganisation(h, o.id())).findFirst().orElseThrow().id());
        t.put("DirectoryAdministration.addMembership(long,long)", List.of(
                allowed(LEAD, () -> { administration.addMembership(h, newOrg); return null; }),
                refused(THURROCK_LEAD, () -> { administration.addMembership(h, newOrg); return null; })));
        t.put("DirectoryAdministration.removeMembership(long,long)", List.of(
                allowed(ADMINISTRATOR, () -> { administration.removeMembership(h, represented.organisationId()); return null; }),
                refused(MEMBER, () -> { administration.removeMembership(h, represented.organisationId()); return null; })));
        t.put("DirectoryAdministration.savePerson(Long,String,String,String,Long)", List.of(
                allowed(LEAD, () -> administration.savePerson(null, "access.table@example.org", "Access Table", null, null)),
                allowed(ADMINISTRATOR, () -> administration.savePerson(council, COUNCIL_MEMBER, "Renamed", null, null)),
                refused(THURROCK_LEAD, () -> administration.savePerson(council, COUNCIL_MEMBER, "Renamed", null, null)),
                refused(MEMBER, () -> administration.savePerson(null, "access.table@example.org", "Access Table", null, null))));
        t.put("DirectoryAdministration.grantRole(long,Role,Long)", List.of(
                allowed(LEAD, () -> administration.grantRole(council, org.neighbourhoodportal.directory.Role.INT_LEAD, h)),
                refused(THURROCK_LEAD, () -> administration.grantRole(council, org.neighbourhoodportal.directory.Role.INT_LEAD, h)),
                refused(LEAD, () -> administration.grantRole(council, org.neighbourhoodportal.directory.Role.ADMINISTRATOR, null))));
        t.put("DirectoryAdministration.removeRole(long)", List.of(
                allowed(ADMINISTRATOR, () -> { administration.removeRole(leadRole); return null; }),
                refused(THURROCK_LEAD, () -> { administration.removeRole(leadRole); return null; }),
                refused(PPG_REP, () -> { administration.removeRole(leadRole); return null; })));
        t.put("DirectoryAdministration.nameSignatory(long,long,long)", List.of(
                allowed(LEAD, () -> { administration.nameSignatory(h, represented.organisationId(),
                        represented.representatives().get(0).id()); return null; }),
                refused(THURROCK_LEAD, () -> { administration.nameSignatory(h, represented.organisationId(),
                        represented.representatives().get(0).id()); return null; })));
        t.put("DirectoryAdministration.deactivate(long)", List.of(
                allowed(ADMINISTRATOR, () -> { administration.deactivate(council); return null; }),
                refused(LEAD, () -> { administration.deactivate(council); return null; })));
        t.put("DirectoryAdministration.reactivate(long)", List.of(
                allowed(ADMINISTRATOR, () -> { administration.deactivate(council); administration.reactivate(council); return null; }),
                refused(LEAD, () -> { administration.reactivate(council); return null; })));
        t.put("AuditTrail.changes(int,int)", administrators(() -> auditTrail.changes(0, 5)));
        t.put("AuditTrail.countRevisions()", administrators(() -> auditTrail.countRevisions()));
        t.put("WorkflowService.returnTasksOf(long,Long)", List.of(
                allowed(ADMINISTRATOR, () -> workflow.returnTasksOf(council, h)),
                refused(LEAD, () -> workflow.returnTasksOf(council, h))));
        // ---- invite (issue 9): invitations by administrators and leads; password links for anyone -----------------
        org.neighbourhoodportal.accounts.InvitationService invitations =
                context.getBean(org.neighbourhoodportal.accounts.InvitationService.class);
        org.neighbourhoodportal.accounts.PasswordService passwords =
                context.getBean(org.neighbourhoodportal.accounts.PasswordService.class);
        long memberId = runAs.person(MEMBER, () -> currentUser.require().personId());
        long invitation = runAs.person(ADMINISTRATOR, () -> invitations.invite(memberId)).id();
        t.put("InvitationService.invite(long)", List.of(allowed(ADMINISTRATOR, () -> invitations.invite(memberId)),
                allowed(LEAD, () -> invitations.invite(memberId)),
                refused(THURROCK_LEAD, () -> invitations.invite(memberId)),
                refused(MEMBER, () -> invitations.invite(memberId))));
        t.put("InvitationService.inviteByEmail(String,String)", List.of(
                allowed(ADMINISTRATOR, () -> invitations.inviteByEmail("someone.new@example.org", "Someone New")),
                allowed(LEAD, () -> invitations.inviteByEmail(MEMBER, "")),
                refused(LEAD, () -> invitations.inviteByEmail("someone.new@example.org", "Someone New")),
                refused(THURROCK_LEAD, () -> invitations.inviteByEmail(MEMBER, ""))));
        t.put("InvitationService.invitations(int,int)", List.of(
                allowed(ADMINISTRATOR, () -> invitations.invitations(0, 10)),
                refused(LEAD, () -> invitations.invitations(0, 10))));
        t.put("InvitationService.count()", List.of(allowed(ADMINISTRATOR, () -> invitations.count()),
                refused(MEMBER, () -> invitations.count())));
        t.put("InvitationService.resend(long)", List.of(allowed(LEAD, () -> invitations.resend(invitation)),
                refused(THURROCK_LEAD, () -> invitations.resend(invitation))));
        t.put("InvitationService.withdraw(long)", List.of(allowed(ADMINISTRATOR, () -> invitations.withdraw(invitation)),
                refused(PPG_REP, () -> invitations.withdraw(invitation))));
        org.neighbourhoodportal.accounts.PersonalDataService personalData =
                context.getBean(org.neighbourhoodportal.accounts.PersonalDataService.class);
        t.put("PersonalDataService.export(long)", List.of(allowed(ADMINISTRATOR, () -> personalData.export(memberId)),
                refused(LEAD, () -> personalData.export(memberId)), refused(MEMBER, () -> personalData.export(memberId))));
        t.put("PersonalDataService.erase(long)", List.of(
                allowed(ADMINISTRATOR, () -> { personalData.erase(memberId); return null; }),
                refused(LEAD, () -> { personalData.erase(memberId); return null; })));
        t.put("PasswordService.requestReset(String,String)", List.of(
                allowed(NOBODY, () -> { passwords.requestReset(MEMBER, "192.0.2.50"); return null; }),
                refused(NOBODY, () -> {
                    for (int i = 0; i < 30; i++) {
                        passwords.requestReset("nobody@example.org", "192.0.2.51"); // too many from one address
                    }
                    return null;
                })));
        t.put("PasswordService.check(String)", List.of(
                allowed(NOBODY, () -> assertThat(passwords.check(resetLink(passwords, MEMBER)).usable()).isTrue()),
                leftOut(NOBODY, () -> passwords.check("x".repeat(43)),
                        link -> !((org.neighbourhoodportal.accounts.LinkCheck) link).usable())));
        t.put("PasswordService.setPassword(String,String,String)", List.of(
                allowed(NOBODY, () -> passwords.setPassword(resetLink(passwords, MEMBER), "a long enough passphrase",
                        "192.0.2.50")),
                refused(NOBODY, () -> passwords.setPassword("x".repeat(43), "a long enough passphrase",
                        "192.0.2.50"))));
        // --- directory import from a spreadsheet (issue 9) ---
        t.put("DirectoryAdministration.peopleByEmail(Collection)", administrators(
                () -> administration.peopleByEmail(List.of(MEMBER))));
        org.neighbourhoodportal.administration.DirectoryImportService imports =
                context.getBean(org.neighbourhoodportal.administration.DirectoryImportService.class);
        java.util.function.Supplier<byte[]> template = () -> runAs.person(ADMINISTRATOR, () -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try {
                imports.template(out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return out.toByteArray();
        });
        t.put("DirectoryImportService.template(OutputStream)", administrators(() -> {
            imports.template(new java.io.ByteArrayOutputStream());
            return null;
        }));
        t.put("DirectoryImportService.preview(long,String,InputStream)", administrators(() -> imports.preview(h,
                "empty.xlsx", new ByteArrayInputStream(template.get()))));
        org.neighbourhoodportal.administration.DirectoryImportPreview emptyImport = runAs.person(ADMINISTRATOR,
                () -> imports.preview(h, "empty.xlsx", new ByteArrayInputStream(template.get())));
        t.put("DirectoryImportService.apply(DirectoryImportPreview,boolean)", administrators(
                () -> imports.apply(emptyImport, false)));
        t.put("DirectoryImportService.tooLarge()", List.of(allowed(PPG_REP, () -> imports.tooLarge()),
                refused(NOBODY, () -> imports.tooLarge())));
        t.put("DirectoryImportService.maxFileSize()", List.of(allowed(LEAD, () -> imports.maxFileSize()),
                refused(NOBODY, () -> imports.maxFileSize())));
        t.put("DirectoryImportService.maxFileBytes()", List.of(allowed(ADMINISTRATOR, () -> imports.maxFileBytes()),
                refused(NOBODY, () -> imports.maxFileBytes())));
        // --- maturity self-assessments (issue 11): Harborough's with the team, Thurrock SLH's with the ICB ---
        {
        org.neighbourhoodportal.maturity.MaturityService maturity =
                context.getBean(org.neighbourhoodportal.maturity.MaturityService.class);
        org.neighbourhoodportal.maturity.MaturityFixture m = org.neighbourhoodportal.maturity.MaturityFixture.of(context);
        java.time.LocalDate closesLater = java.time.LocalDate.now(context.getBean(java.time.Clock.class)).plusDays(20);
        t.put("MaturityService.frameworks()", signedIn(() -> maturity.frameworks()));
        t.put("MaturityService.possibleOwners(long)", List.of(allowed(LEAD, () -> maturity.possibleOwners(m.harboroughTeam())),
                refused(MEMBER, () -> maturity.possibleOwners(m.harboroughTeam())),
                refused(THURROCK_LEAD, () -> maturity.possibleOwners(m.harboroughTeam()))));
        t.put("MaturityService.open(OpenRequest)", List.of(
                allowed(LEAD, () -> maturity.open(new org.neighbourhoodportal.maturity.OpenRequest(m.harboroughTeam(),
                        m.framework(), "Allowed", closesLater,
                        maturity.assessment(m.harborough()).domains().stream().collect(Collectors.toMap(
                                d -> d.domainId(), d -> d.ownerId()))))),
                refused(MEMBER, () -> maturity.open(new org.neighbourhoodportal.maturity.OpenRequest(m.harboroughTeam(),
                        m.framework(), "Refused", closesLater, Map.of()))),
                refused(ICB_MANAGER, () -> maturity.open(new org.neighbourhoodportal.maturity.OpenRequest(
                        m.thurrockTeam(), m.framework(), "Refused", closesLater,
                        Map.of())))));
        t.put("MaturityService.assessment(long)", List.of(allowed(MEMBER, () -> maturity.assessment(m.harborough())),
                allowed(ICB_MANAGER, () -> maturity.assessment(m.thurrock())),
                refused(ICB_MANAGER, () -> maturity.assessment(m.harborough())),
                refused(THURROCK_LEAD, () -> maturity.assessment(m.harborough())),
                refused(PPG_REP, () -> maturity.assessment(m.harborough()))));
        t.put("MaturityService.recordDomain(long,long,DomainDraft)", List.of(
                allowed(MEMBER, () -> { maturity.recordDomain(m.harborough(), m.memberDomain(),
                        new org.neighbourhoodportal.maturity.DomainDraft(m.stage(), m.stage(), "e", "s")); return null; }),
                refused(MEMBER, () -> { maturity.recordDomain(m.harborough(), m.leadDomain(),
                        new org.neighbourhoodportal.maturity.DomainDraft(m.stage(), m.stage(), "e", "s")); return null; }),
                refused(LEAD, () -> { maturity.recordDomain(m.harborough(), m.memberDomain(),
                        new org.neighbourhoodportal.maturity.DomainDraft(m.stage(), m.stage(), "e", "s")); return null; })));
        t.put("MaturityService.commentOnDomain(long,long,String)", List.of(
                allowed(ICB_MANAGER, () -> { maturity.commentOnDomain(m.thurrock(), m.memberDomain(), "Why?"); return null; }),
                refused(THURROCK_LEAD, () -> { maturity.commentOnDomain(m.thurrock(), m.memberDomain(), "Why?"); return null; }),
                refused(ICB_MANAGER, () -> { maturity.commentOnDomain(m.harborough(), m.memberDomain(), "Why?"); return null; })));
        t.put("MaturityService.teamAssessments(long)", List.of(
                allowed(MEMBER, () -> maturity.teamAssessments(m.harboroughTeam())),
                allowed(ICB_MANAGER, () -> maturity.teamAssessments(m.thurrockTeam())),
                refused(ICB_MANAGER, () -> maturity.teamAssessments(m.harboroughTeam())),
                refused(THURROCK_LEAD, () -> maturity.teamAssessments(m.harboroughTeam()))));
        t.put("MaturityService.list()", List.of(allowed(LEAD, () -> maturity.list()),
                leftOut(ICB_MANAGER, () -> maturity.list(), l -> ((List<?>) l).stream().noneMatch(a ->
                        ((org.neighbourhoodportal.maturity.AssessmentSummary) a).id() == m.harborough())),
                refused(NOBODY, () -> maturity.list())));
        t.put("MaturityService.icbOverview(long)", List.of(allowed(ICB_MANAGER, () -> maturity.icbOverview(m.icb())),
                refused(THURROCK_LEAD, () -> maturity.icbOverview(m.icb())),
                refused(LEAD, () -> maturity.icbOverview(m.icb()))));
        t.put("MaturityService.titles(Set)", List.of(
                allowed(LEAD, () -> assertContains(maturity.titles(Set.of(m.harborough())), m.harborough())),
                leftOut(ICB_MANAGER, () -> maturity.titles(Set.of(m.harborough())), x -> ((Map<?, ?>) x).isEmpty()),
                refused(NOBODY, () -> maturity.titles(Set.of(m.harborough())))));
        org.neighbourhoodportal.maturity.GapToPlanService gaps =
                context.getBean(org.neighbourhoodportal.maturity.GapToPlanService.class);
        t.put("GapToPlanService.proposals(long)", List.of(allowed(LEAD, () -> gaps.proposals(m.harborough())),
                refused(MEMBER, () -> gaps.proposals(m.harborough())),
                refused(ICB_MANAGER, () -> gaps.proposals(m.thurrock()))));
        t.put("GapToPlanService.accept(long,long,String,String)", List.of(
                allowed(THURROCK_LEAD, () -> gaps.accept(m.thurrock(), m.gapDomain(), "Allowed", "Why")),
                refused(ICB_MANAGER, () -> gaps.accept(m.thurrock(), m.gapDomain(), "Refused", "Why")),
                refused(LEAD, () -> gaps.accept(m.thurrock(), m.gapDomain(), "Refused", "Why"))));
        t.put("GapToPlanService.decline(long,long)", List.of(
                allowed(THURROCK_LEAD, () -> { gaps.decline(m.thurrock(), m.gapDomain()); return null; }),
                refused(ICB_MANAGER, () -> { gaps.decline(m.thurrock(), m.gapDomain()); return null; }),
                refused(MEMBER, () -> { gaps.decline(m.thurrock(), m.gapDomain()); return null; })));
        org.neighbourhoodportal.maturity.MaturityDownloads maturityFiles =
                context.getBean(org.neighbourhoodportal.maturity.MaturityDownloads.class);
        t.put("MaturityDownloads.icbMatrix(long,OutputStream)", List.of(
                allowed(ICB_MANAGER, () -> { maturityFiles.icbMatrix(m.icb(), new ByteArrayOutputStream()); return null; }),
                refused(LEAD, () -> { maturityFiles.icbMatrix(m.icb(), new ByteArrayOutputStream()); return null; }),
                refused(THURROCK_LEAD, () -> { maturityFiles.icbMatrix(m.icb(), new ByteArrayOutputStream()); return null; })));
        t.put("MaturityDownloads.summary(long,OutputStream)", List.of(
                allowed(MEMBER, () -> { maturityFiles.summary(m.harborough(), new ByteArrayOutputStream()); return null; }),
                refused(ICB_MANAGER, () -> { maturityFiles.summary(m.harborough(), new ByteArrayOutputStream()); return null; }),
                refused(PPG_REP, () -> { maturityFiles.summary(m.harborough(), new ByteArrayOutputStream()); return null; })));
        }
        // --- governance (issue 12) ---
        {
        org.neighbourhoodportal.governance.LeadershipGroupService leadership =
                context.getBean(org.neighbourhoodportal.governance.LeadershipGroupService.class);
        long group = leadershipGroupFixture(leadership);
        t.put("LeadershipGroupService.startFormOptions()", signedIn(() -> leadership.startFormOptions()));
        t.put("LeadershipGroupService.startForm()", signedIn(() -> leadership.startForm()));
        t.put("LeadershipGroupService.start(Map)", List.of(
                allowed(LEAD, () -> assertSaved(leadership.start(leadershipValues(leadership, "Allowed")).isSaved())),
                refused(MEMBER, () -> leadership.start(leadershipValues(leadership, "Refused")))));
        t.put("LeadershipGroupService.list()", signedIn(() -> leadership.list()));
        t.put("LeadershipGroupService.details(long)", List.of(allowed(LEAD, () -> leadership.details(group)),
                allowed(MEMBER, () -> leadership.details(group)),
                refused(THURROCK_LEAD, () -> leadership.details(group)),
                refused(PPG_REP, () -> leadership.details(group))));
        t.put("LeadershipGroupService.latestRound(long)", List.of(
                allowed(LEAD, () -> assertThat(leadership.latestRound(group)).isPresent()),
                refused(THURROCK_LEAD, () -> leadership.latestRound(group))));
        t.put("LeadershipGroupService.titles(Set)", List.of(
                allowed(LEAD, () -> assertContains(leadership.titles(Set.of(group)), group)),
                leftOut(THURROCK_LEAD, () -> leadership.titles(Set.of(group)), m -> ((Map<?, ?>) m).isEmpty()),
                refused(NOBODY, () -> leadership.titles(Set.of(group)))));

        org.neighbourhoodportal.governance.AgreementService agreements =
                context.getBean(org.neighbourhoodportal.governance.AgreementService.class);
        long agreement = agreementFixture(agreements);
        t.put("AgreementService.draftFormOptions()", signedIn(() -> agreements.draftFormOptions()));
        t.put("AgreementService.draftForm()", signedIn(() -> agreements.draftForm()));
        t.put("AgreementService.share(Map)", List.of(
                allowed(LEAD, () -> assertSaved(agreements.share(agreementValues("Allowed")).isSaved())),
                refused(MEMBER, () -> agreements.share(agreementValues("Refused")))));
        t.put("AgreementService.list()", signedIn(() -> agreements.list()));
        t.put("AgreementService.details(long)", List.of(allowed(LEAD, () -> agreements.details(agreement)),
                allowed(MEMBER, () -> agreements.details(agreement)),
                refused(THURROCK_LEAD, () -> agreements.details(agreement)),
                refused(PPG_REP, () -> agreements.details(agreement))));
        t.put("AgreementService.comparison(long,int,int)", List.of(
                allowed(LEAD, () -> agreements.comparison(agreement, 1, 1)),
                refused(THURROCK_LEAD, () -> agreements.comparison(agreement, 1, 1))));
        t.put("AgreementService.download(long)", List.of(allowed(MEMBER, () -> agreements.download(agreement)),
                refused(THURROCK_LEAD, () -> agreements.download(agreement))));
        t.put("AgreementService.latestRound(long)", List.of(
                allowed(LEAD, () -> assertThat(agreements.latestRound(agreement)).isPresent()),
                refused(THURROCK_LEAD, () -> agreements.latestRound(agreement))));
        t.put("AgreementService.titles(Set)", List.of(
                allowed(LEAD, () -> assertContains(agreements.titles(Set.of(agreement)), agreement)),
                leftOut(THURROCK_LEAD, () -> agreements.titles(Set.of(agreement)), m -> ((Map<?, ?>) m).isEmpty()),
                refused(NOBODY, () -> agreements.titles(Set.of(agreement)))));
        }
        // --- consultation (issue 13) ---
        {
        var consult = context.getBean(org.neighbourhoodportal.consultation.ConsultationService.class);
        var cdrive = context.getBean(org.neighbourhoodportal.consultation.ConsultationDriver.class);
        var cf = cdrive.fixture();
        var cdraft = cdrive.draft("Access row", 12, null);
        t.put("ConsultationService.teamsICanConsultFor()", signedIn(() -> consult.teamsICanConsultFor()));
        t.put("ConsultationService.create(ConsultationDraft)", List.of(
                allowed(LEAD, () -> assertSaved(consult.create(cdraft).isSaved())),
                refused(PPG_REP, () -> consult.create(cdraft)),
                refused(THURROCK_LEAD, () -> consult.create(cdraft))));
        t.put("ConsultationService.update(long,ConsultationDraft)", List.of(
                allowed(LEAD, () -> consult.update(cf.draft(), cdraft)),
                refused(MEMBER, () -> consult.update(cf.draft(), cdraft)),
                refused(LEAD, () -> consult.update(cf.open(), cdraft))));
        t.put("ConsultationService.launchChecks(long)", List.of(allowed(LEAD, () -> consult.launchChecks(cf.draft())),
                refused(THURROCK_LEAD, () -> consult.launchChecks(cf.draft()))));
        t.put("ConsultationService.approve(long)", List.of(
                allowed(LEAD, () -> { consult.approve(cf.draft()); return null; }),
                refused(MEMBER, () -> { consult.approve(cf.draft()); return null; })));
        t.put("ConsultationService.launch(long)", List.of(
                allowed(LEAD, () -> { consult.approve(cf.draft()); consult.launch(cf.draft()); return null; }),
                refused(COUNCIL_MEMBER, () -> { consult.launch(cf.draft()); return null; })));
        t.put("ConsultationService.list()", signedIn(() -> consult.list()));
        t.put("ConsultationService.details(long)", List.of(allowed(MEMBER, () -> consult.details(cf.open())),
                allowed(PPG_REP, () -> consult.details(cf.open())),
                refused(PPG_REP, () -> consult.details(cf.draft())),
                refused(THURROCK_LEAD, () -> consult.details(cf.open()))));
        t.put("ConsultationService.titles(Set)", List.of(
                allowed(LEAD, () -> assertContains(consult.titles(Set.of(cf.open())), cf.open())),
                leftOut(THURROCK_LEAD, () -> consult.titles(Set.of(cf.open())), m -> ((Map<?, ?>) m).isEmpty()),
                refused(NOBODY, () -> consult.titles(Set.of(cf.open())))));
        t.put("ConsultationService.saveAnswers(long,Map)", List.of(
                allowed(MEMBER, () -> consult.saveAnswers(cf.openResponse(), Map.of())),
                refused(COUNCIL_MEMBER, () -> consult.saveAnswers(cf.openResponse(), Map.of())),
                refused(LEAD, () -> consult.saveAnswers(cf.openResponse(), Map.of()))));
        t.put("ConsultationService.results(long)", List.of(allowed(LEAD, () -> consult.results(cf.closed())),
                refused(MEMBER, () -> consult.results(cf.closed())),
                refused(PPG_REP, () -> consult.results(cf.closed()))));
        t.put("ConsultationService.addTheme(long,ThemeDraft)", List.of(
                allowed(LEAD, () -> consult.addTheme(cf.closed(), new org.neighbourhoodportal.consultation.ThemeDraft(
                        "T", "S", "R", Set.of()))),
                refused(MEMBER, () -> consult.addTheme(cf.closed(), new org.neighbourhoodportal.consultation.ThemeDraft(
                        "T", "S", "R", Set.of())))));
        t.put("ConsultationService.removeTheme(long)", List.of(
                allowed(LEAD, () -> { consult.removeTheme(cf.theme()); return null; }),
                refused(MEMBER, () -> { consult.removeTheme(cf.theme()); return null; })));
        var cdocs = context.getBean(org.neighbourhoodportal.consultation.ConsultationDocuments.class);
        t.put("ConsultationDocuments.responsesWorkbook(long)", List.of(
                allowed(LEAD, () -> cdocs.responsesWorkbook(cf.closed())),
                refused(MEMBER, () -> cdocs.responsesWorkbook(cf.closed()))));
        t.put("ConsultationDocuments.outcomeReport(long)", List.of(
                allowed(LEAD, () -> cdocs.outcomeReport(cf.closed())),
                refused(MEMBER, () -> cdocs.outcomeReport(cf.closed())),
                refused(THURROCK_LEAD, () -> cdocs.outcomeReport(cf.closed()))));
        }
        // --- funding bids ---
        {
        org.neighbourhoodportal.funding.FundingService fundingBids =
                context.getBean(org.neighbourhoodportal.funding.FundingService.class);
        java.time.LocalDate bidToday = java.time.LocalDate.now(context.getBean(java.time.Clock.class));
        Map<String, Object> bidValues = new HashMap<>(Map.of("teamId", Long.toString(f.harborough()),
                "title", "Access table bid", "funder", "A funder", "fund", "A fund", "amountSought", 1000L,
                "deadline", bidToday.plusDays(90), "interestClosesOn", bidToday.plusDays(30)));
        long bid = runAs.person(LEAD, () -> fundingBids.logOpportunity(bidValues)).recordId();
        t.put("FundingService.logFormOptions()", signedIn(() -> fundingBids.logFormOptions()));
        t.put("FundingService.logForm()", signedIn(() -> fundingBids.logForm()));
        t.put("FundingService.logOpportunity(Map)", List.of(
                allowed(LEAD, () -> assertSaved(fundingBids.logOpportunity(bidValues).isSaved())),
                refused(MEMBER, () -> fundingBids.logOpportunity(bidValues)),
                refused(ICB_MANAGER, () -> fundingBids.logOpportunity(bidValues))));
        t.put("FundingService.reopen(long,Map)", List.of(
                // access is checked before the stage: a bid that was not lost is then refused as not reopenable
                allowed(LEAD, () -> {
                    try {
                        return fundingBids.reopen(bid, bidValues);
                    } catch (IllegalStateException notLost) {
                        return notLost.getMessage();
                    }
                }),
                refused(MEMBER, () -> fundingBids.reopen(bid, bidValues)),
                refused(THURROCK_LEAD, () -> fundingBids.reopen(bid, bidValues))));
        t.put("FundingService.reopenValues(long)", List.of(allowed(LEAD, () -> fundingBids.reopenValues(bid)),
                refused(MEMBER, () -> fundingBids.reopenValues(bid)),
                refused(THURROCK_LEAD, () -> fundingBids.reopenValues(bid))));
        t.put("FundingService.pipeline()", List.of(
                allowed(MEMBER, () -> assertThat(fundingBids.pipeline()).anyMatch(r -> r.id() == bid)),
                leftOut(THURROCK_LEAD, () -> fundingBids.pipeline(),
                        rows -> ((List<?>) rows).stream().noneMatch(r -> ((org.neighbourhoodportal.funding.BidRow) r)
                                .id() == bid)),
                refused(NOBODY, () -> fundingBids.pipeline())));
        t.put("FundingService.fundSummaries()", List.of(allowed(LEAD, () -> fundingBids.fundSummaries()),
                allowed(ICB_MANAGER, () -> fundingBids.fundSummaries()),
                refused(NOBODY, () -> fundingBids.fundSummaries())));
        t.put("FundingService.details(long)", List.of(allowed(LEAD, () -> fundingBids.details(bid)),
                allowed(COUNCIL_MEMBER, () -> fundingBids.details(bid)),
                refused(THURROCK_LEAD, () -> fundingBids.details(bid)),
                refused(ICB_MANAGER, () -> fundingBids.details(bid))));
        t.put("FundingService.exportPipeline(OutputStream)", List.of(
                allowed(ICB_MANAGER, () -> {
                    fundingBids.exportPipeline(new ByteArrayOutputStream());
                    return null;
                }),
                refused(NOBODY, () -> {
                    fundingBids.exportPipeline(new ByteArrayOutputStream());
                    return null;
                })));
        t.put("FundingService.titles(Set)", List.of(
                allowed(LEAD, () -> assertThat(fundingBids.titles(Set.of(bid))).containsKey(bid)),
                leftOut(THURROCK_LEAD, () -> fundingBids.titles(Set.of(bid)), m -> ((Map<?, ?>) m).isEmpty()),
                refused(NOBODY, () -> fundingBids.titles(Set.of(bid)))));
        }
        // --- consultation outcome linked to work plan priorities (issue 13) ---
        {
        var cprio = context.getBean(org.neighbourhoodportal.consultation.ConsultationPriorities.class);
        var pf = context.getBean(org.neighbourhoodportal.consultation.ConsultationDriver.class).fixture();
        t.put("ConsultationPriorities.options(long)", List.of(allowed(LEAD, () -> cprio.options(pf.closed())),
                refused(MEMBER, () -> cprio.options(pf.closed())),
                refused(THURROCK_LEAD, () -> cprio.options(pf.closed()))));
        t.put("ConsultationPriorities.linked(long)", List.of(allowed(MEMBER, () -> cprio.linked(pf.closed())),
                refused(THURROCK_LEAD, () -> cprio.linked(pf.closed()))));
        t.put("ConsultationPriorities.link(long,Set)", List.of(
                allowed(LEAD, () -> { cprio.link(pf.closed(), Set.of()); return null; }),
                refused(MEMBER, () -> { cprio.link(pf.closed(), Set.of()); return null; }),
                refused(THURROCK_LEAD, () -> { cprio.link(pf.closed(), Set.of()); return null; })));
        }
        {
        // --- INT profiles (issue 11): the lead writes, members and the ICB's managers read ---
        org.neighbourhoodportal.maturity.IntProfileService profiles =
                context.getBean(org.neighbourhoodportal.maturity.IntProfileService.class);
        org.neighbourhoodportal.maturity.MaturityFixture mp =
                org.neighbourhoodportal.maturity.MaturityFixture.of(context);
        t.put("IntProfileService.profile(long)", List.of(allowed(MEMBER, () -> profiles.profile(mp.harboroughTeam())),
                allowed(ICB_MANAGER, () -> profiles.profile(mp.thurrockTeam())),
                refused(ICB_MANAGER, () -> profiles.profile(mp.harboroughTeam())),
                refused(THURROCK_LEAD, () -> profiles.profile(mp.harboroughTeam())),
                refused(PPG_REP, () -> profiles.profile(mp.harboroughTeam()))));
        t.put("IntProfileService.icbProfiles(long)", List.of(allowed(ICB_MANAGER, () -> profiles.icbProfiles(mp.icb())),
                refused(THURROCK_LEAD, () -> profiles.icbProfiles(mp.icb())),
                refused(LEAD, () -> profiles.icbProfiles(mp.icb()))));
        t.put("IntProfileService.save(long,String,String,String,String)", List.of(
                allowed(THURROCK_LEAD, () -> { profiles.save(mp.thurrockTeam(), "Scope", "Roles", "Location",
                        "Governance"); return null; }),
                refused(MEMBER, () -> { profiles.save(mp.harboroughTeam(), "s", "r", "l", "g"); return null; }),
                refused(ICB_MANAGER, () -> { profiles.save(mp.thurrockTeam(), "s", "r", "l", "g"); return null; }),
                refused(THURROCK_LEAD, () -> { profiles.save(mp.harboroughTeam(), "s", "r", "l", "g"); return null; })));
        }
        // --- governance meetings (issue 12) ---
        {
        var meetingService = context.getBean(org.neighbourhoodportal.governance.MeetingService.class);
        var groupService = context.getBean(org.neighbourhoodportal.governance.LeadershipGroupService.class);
        long hGroup = runAs.person(LEAD, () -> groupService.list()).stream()
                .filter(g -> g.name().equals("Harborough INT leadership group")).findFirst().orElseThrow().id();
        long meeting = runAs.person(LEAD, () -> meetingService.meetings(hGroup)).rows().stream()
                .filter(m -> m.decisions() > 0).findFirst().orElseThrow().id();
        var held = runAs.person(LEAD, () -> meetingService.details(meeting));
        long item = held.items().get(1).id();
        long attendee = held.attendance().stream().filter(a -> a.status()
                == org.neighbourhoodportal.governance.AttendanceStatus.PRESENT).findFirst().orElseThrow().personId();
        long owner = held.people().get(0).id();
        long action = held.actions().get(0).id();
        java.time.LocalDate today = java.time.LocalDate.now(context.getBean(java.time.Clock.class));
        t.put("MeetingService.meetings(long)", List.of(allowed(MEMBER, () -> meetingService.meetings(hGroup)),
                refused(THURROCK_LEAD, () -> meetingService.meetings(hGroup)),
                refused(PPG_REP, () -> meetingService.meetings(hGroup))));
        t.put("MeetingService.decisionsLog(long)", List.of(
                allowed(MEMBER, () -> meetingService.decisionsLog(hGroup)),
                refused(THURROCK_LEAD, () -> meetingService.decisionsLog(hGroup))));
        t.put("MeetingService.details(long)", List.of(allowed(MEMBER, () -> meetingService.details(meeting)),
                refused(PPG_REP, () -> meetingService.details(meeting)),
                refused(ICB_MANAGER, () -> meetingService.details(meeting))));
        t.put("MeetingService.boardPack(long)", List.of(allowed(LEAD, () -> meetingService.boardPack(meeting)),
                refused(THURROCK_LEAD, () -> meetingService.boardPack(meeting))));
        t.put("MeetingService.plan(long,String,LocalDate,LocalTime,String,String)", List.of(
                allowed(LEAD, () -> meetingService.plan(hGroup, "Allowed", today, java.time.LocalTime.NOON, null,
                        "Item")),
                refused(MEMBER, () -> meetingService.plan(hGroup, "Refused", today, java.time.LocalTime.NOON, null,
                        null))));
        t.put("MeetingService.addItem(long,String,Long)", List.of(
                allowed(LEAD, () -> meetingService.addItem(meeting, "Allowed", null)),
                refused(MEMBER, () -> meetingService.addItem(meeting, "Refused", null))));
        t.put("MeetingService.recordAttendance(long,Map,String)", List.of(
                allowed(LEAD, () -> { meetingService.recordAttendance(meeting, Map.of(), null); return null; }),
                refused(MEMBER, () -> { meetingService.recordAttendance(meeting, Map.of(), null); return null; })));
        t.put("MeetingService.declare(long,long,long,String,InterestAction)", List.of(
                allowed(LEAD, () -> meetingService.declare(meeting, item, attendee, "An interest",
                        org.neighbourhoodportal.governance.InterestAction.LEFT)),
                refused(MEMBER, () -> meetingService.declare(meeting, item, attendee, "An interest",
                        org.neighbourhoodportal.governance.InterestAction.LEFT))));
        t.put("MeetingService.checkItem(long,long)", List.of(
                allowed(LEAD, () -> meetingService.checkItem(meeting, item)),
                refused(MEMBER, () -> meetingService.checkItem(meeting, item))));
        t.put("MeetingService.decide(long,long,String,DecisionMethod,String,String)", List.of(
                allowed(LEAD, () -> meetingService.decide(meeting, item, "Allowed",
                        org.neighbourhoodportal.governance.DecisionMethod.VOTE, "5 for", "Noted.")),
                refused(MEMBER, () -> meetingService.decide(meeting, item, "Refused",
                        org.neighbourhoodportal.governance.DecisionMethod.VOTE, null, "Noted."))));
        t.put("MeetingService.saveMinutes(long,String)", List.of(
                allowed(LEAD, () -> { meetingService.saveMinutes(meeting, "Minutes"); return null; }),
                refused(MEMBER, () -> { meetingService.saveMinutes(meeting, "Minutes"); return null; })));
        t.put("MeetingService.agreeMinutes(long,long)", List.of(
                allowed(LEAD, () -> {
                    long earlier = meetingService.plan(hGroup, "Earlier", today.minusDays(7), java.time.LocalTime.NOON,
                            null, null);
                    meetingService.saveMinutes(earlier, "Minutes");
                    meetingService.agreeMinutes(earlier, meeting);
                    return null;
                }),
                refused(MEMBER, () -> { meetingService.agreeMinutes(meeting, meeting); return null; })));
        t.put("MeetingService.addAction(long,Long,String,Long,LocalDate,Long)", List.of(
                allowed(LEAD, () -> meetingService.addAction(meeting, null, "Allowed", owner, today, null)),
                refused(MEMBER, () -> meetingService.addAction(meeting, null, "Refused", owner, today, null))));
        t.put("MeetingService.actionDone(long)", List.of(
                allowed(LEAD, () -> { meetingService.actionDone(action); return null; }),
                refused(MEMBER, () -> { meetingService.actionDone(action); return null; }),
                refused(THURROCK_LEAD, () -> { meetingService.actionDone(action); return null; })));
        }
        // --- governance meetings: ratifying a flagged decision at a later meeting (issue 12, ADR 0024) ---
        {
        var meetingService = context.getBean(org.neighbourhoodportal.governance.MeetingService.class);
        var groupService = context.getBean(org.neighbourhoodportal.governance.LeadershipGroupService.class);
        long hGroup = runAs.person(LEAD, () -> groupService.list()).stream()
                .filter(g -> g.name().equals("Harborough INT leadership group")).findFirst().orElseThrow().id();
        long demo = runAs.person(LEAD, () -> meetingService.meetings(hGroup)).rows().stream()
                .filter(m -> m.decisions() > 0).findFirst().orElseThrow().id();
        long quorateItem = runAs.person(LEAD, () -> meetingService.details(demo)).items().get(1).id();
        java.time.LocalDate yesterday = java.time.LocalDate.now(context.getBean(java.time.Clock.class)).minusDays(1);
        t.put("MeetingService.ratify(long,long,long,Ratification,DecisionMethod,String,String)", List.of(
                allowed(LEAD, () -> {
                    // a meeting yesterday, before any ToR was in force: its decision is flagged
                    long earlier = meetingService.plan(hGroup, "Before the ToR", yesterday, java.time.LocalTime.NOON,
                            null, "Item");
                    long flagged = meetingService.decide(earlier, meetingService.details(earlier).items().get(0).id(),
                            "Flagged", org.neighbourhoodportal.governance.DecisionMethod.CONSENSUS, null, "Ratify.");
                    return meetingService.ratify(demo, quorateItem, flagged,
                            org.neighbourhoodportal.governance.Ratification.RATIFIED,
                            org.neighbourhoodportal.governance.DecisionMethod.CONSENSUS, null, null);
                }),
                refused(MEMBER, () -> meetingService.ratify(demo, quorateItem, 1L,
                        org.neighbourhoodportal.governance.Ratification.RATIFIED,
                        org.neighbourhoodportal.governance.DecisionMethod.CONSENSUS, null, null)),
                refused(THURROCK_LEAD, () -> meetingService.ratify(demo, quorateItem, 1L,
                        org.neighbourhoodportal.governance.Ratification.RATIFIED,
                        org.neighbourhoodportal.governance.DecisionMethod.CONSENSUS, null, null))));
        }
        {
            // issue 12: sharing the annual review's draft; the fixture ToR is put in review inside the rolled-back call
            org.neighbourhoodportal.governance.AgreementService reviewed =
                    context.getBean(org.neighbourhoodportal.governance.AgreementService.class);
            long inReview = agreementFixture(reviewed);
            org.neighbourhoodportal.governance.domain.AgreementRepository rows =
                    context.getBean(org.neighbourhoodportal.governance.domain.AgreementRepository.class);
            Call putInReview = () -> {
                rows.findById(inReview).orElseThrow().setStatus("REVIEW_DRAFT");
                return null;
            };
            t.put("AgreementService.reviewDraftForm(long)", List.of(
                    allowed(LEAD, () -> {
                        putInReview.run();
                        return assertThat(reviewed.reviewDraftForm(inReview)).isPresent();
                    }),
                    refused(THURROCK_LEAD, () -> reviewed.reviewDraftForm(inReview)),
                    refused(PPG_REP, () -> reviewed.reviewDraftForm(inReview))));
            t.put("AgreementService.shareReviewDraft(long,Map)", List.of(
                    allowed(LEAD, () -> {
                        putInReview.run();
                        Map<String, Object> values = new HashMap<>(agreementValues("Reviewed"));
                        values.remove("teamId");
                        values.remove("kind");
                        values.remove("title");
                        return assertSaved(reviewed.shareReviewDraft(inReview, values).isSaved());
                    }),
                    refused(MEMBER, () -> {
                        putInReview.run();
                        return reviewed.shareReviewDraft(inReview, Map.of());
                    }),
                    refused(THURROCK_LEAD, () -> reviewed.shareReviewDraft(inReview, Map.of()))));
        }
        {
        // issue 11: what a domain's owner may link as evidence (the INT's closed feedback loops, consultations run)
        org.neighbourhoodportal.maturity.MaturityService evidenceOf =
                context.getBean(org.neighbourhoodportal.maturity.MaturityService.class);
        org.neighbourhoodportal.maturity.MaturityFixture me = org.neighbourhoodportal.maturity.MaturityFixture.of(context);
        t.put("MaturityService.evidenceChoices(long,long)", List.of(
                allowed(MEMBER, () -> evidenceOf.evidenceChoices(me.harborough(), me.memberDomain())),
                refused(LEAD, () -> evidenceOf.evidenceChoices(me.harborough(), me.memberDomain())),
                refused(THURROCK_LEAD, () -> evidenceOf.evidenceChoices(me.harborough(), me.memberDomain())),
                refused(ICB_MANAGER, () -> evidenceOf.evidenceChoices(me.thurrock(), me.memberDomain()))));
        }
        {
            // --- maturity frameworks kept by administrators (issue 11a); each row is rolled back ---
            org.neighbourhoodportal.maturity.FrameworkAdministration fw =
                    context.getBean(org.neighbourhoodportal.maturity.FrameworkAdministration.class);
            long matrix = runAs.person(ADMINISTRATOR, () -> fw.frameworks()).stream()
                    .filter(x -> x.code().equals("PCN_MATURITY")).findFirst().orElseThrow().versions().stream()
                    .filter(v -> v.version().equals("2019")).findFirst().orElseThrow().id();
            Call complete = () -> {
                long id = fw.start("ACCESS_FW_PUBLISH", "Access", "Source", "1");
                org.neighbourhoodportal.maturity.FrameworkDraft d = fw.version(id);
                d = fw.save(new org.neighbourhoodportal.maturity.FrameworkDraft(id, d.code(), d.status(),
                        d.lockVersion(), "Access", "1", "Source", List.of(
                        new org.neighbourhoodportal.maturity.FrameworkDraft.StageText(null, "One"),
                        new org.neighbourhoodportal.maturity.FrameworkDraft.StageText(null, "Two")), List.of(
                        new org.neighbourhoodportal.maturity.FrameworkDraft.DomainText(null, "Only", List.of("a", "b")))));
                fw.publish(id, d.lockVersion());
                return null;
            };
            t.put("FrameworkAdministration.frameworks()", administrators(() -> fw.frameworks()));
            t.put("FrameworkAdministration.version(long)", administrators(() -> fw.version(matrix)));
            t.put("FrameworkAdministration.start(String,String,String,String)",
                    administrators(() -> fw.start("ACCESS_FW_START", "Access", "Source", "1")));
            t.put("FrameworkAdministration.draftFrom(long,String)",
                    administrators(() -> fw.draftFrom(matrix, "Access copy")));
            t.put("FrameworkAdministration.save(FrameworkDraft)", administrators(() -> {
                long id = fw.start("ACCESS_FW_SAVE", "Access", "Source", "1");
                return fw.save(fw.version(id));
            }));
            t.put("FrameworkAdministration.publish(long,Integer)", administrators(complete));
            t.put("FrameworkAdministration.discard(long,Integer)", administrators(() -> {
                long id = fw.start("ACCESS_FW_DISCARD", "Access", "Source", "1");
                fw.discard(id, fw.version(id).lockVersion());
                return null;
            }));
        }
        return t;
    }

    /** governance: one draft ToR of Harborough's, shared once and committed. */
    private static Long agreementDraft;

    private long agreementFixture(org.neighbourhoodportal.governance.AgreementService agreements) {
        if (agreementDraft == null) {
            agreementDraft = runAs.person(LEAD, () -> agreements.share(agreementValues("Access table ToR"))).recordId();
        }
        return agreementDraft;
    }

    private Map<String, Object> agreementValues(String title) {
        LocalDate closesOn = LocalDate.now(context.getBean(java.time.Clock.class)).plusWeeks(2);
        Map<String, Object> values = new HashMap<>();
        values.put("teamId", Long.toString(fixture.harborough()));
        values.put("kind", "TOR");
        values.put("title", title);
        for (String section : List.of("purpose", "status", "membership", "quorum", "decisions", "interests",
                "review", "signatories")) {
            values.put(section, "The " + section + " section.");
        }
        values.put("quorumMembers", 4L);
        values.put("decisionMethod", "consensus");
        values.put("conflictsRule", "declare-and-leave");
        values.put("reviewOn", closesOn.plusYears(1));
        values.put("closesOn", closesOn);
        return values;
    }

    /** governance: one leadership group of Harborough's, formed once and committed. */
    private static Long leadershipGroup;

    private long leadershipGroupFixture(org.neighbourhoodportal.governance.LeadershipGroupService leadership) {
        if (leadershipGroup == null) {
            leadershipGroup = runAs.person(LEAD, () -> leadership.start(leadershipValues(leadership, "Access table")))
                    .recordId();
        }
        return leadershipGroup;
    }

    private Map<String, Object> leadershipValues(org.neighbourhoodportal.governance.LeadershipGroupService leadership,
                                                 String name) {
        Map<String, Object> values = new HashMap<>();
        values.put("teamId", Long.toString(fixture.harborough()));
        values.put("name", name);
        values.put("coreSeats", List.of("Mental health"));
        values.put("sponsorSeat", "Senior sponsor");
        values.put("termMonths", 24L);
        values.put("closesOn", LocalDate.now(context.getBean(java.time.Clock.class)).plusWeeks(2));
        return values;
    }

    /** One document on the fixture's feedback, added once and committed: {document id, version id}. */
    private static long[] attachmentDocument;

    private long[] attachmentFixture(Fixture f) {
        if (attachmentDocument == null) {
            var version = runAs.person(LEAD, () -> attachments.add(
                    org.neighbourhoodportal.feedback.FeedbackAttachments.RECORD_TYPE, f.feedback(), null,
                    "access table.txt", text()));
            long document = runAs.person(LEAD, () -> attachments.documents(
                    org.neighbourhoodportal.feedback.FeedbackAttachments.RECORD_TYPE, f.feedback())).documents().get(0).id();
            attachmentDocument = new long[] {document, version.id()};
        }
        return attachmentDocument;
    }

    private static java.io.InputStream text() {
        return new ByteArrayInputStream("Notes for the access table.".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    }

    /** invite (issue 9): asks for a reset link for this address and reads it back from the e-mail's stored text. */
    private String resetLink(org.neighbourhoodportal.accounts.PasswordService passwords, String email) {
        passwords.requestReset(email, "192.0.2.50");
        String body = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select body from notification_outbox where email = ? and event_key like 'password-reset:%' "
                        + "order by id desc").param(email).query(String.class).list().get(0);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("set-password/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    // ---- the rule ----------------------------------------------------------------------------------------------------

    @Test
    void every_public_method_of_every_service_has_an_allowed_and_a_refused_case() {
        Set<String> methods = new TreeSet<>();
        context.getBeansWithAnnotation(Service.class).values().stream()
                .map(AopUtils::getTargetClass)
                .filter(type -> type.getPackageName().startsWith("org.neighbourhoodportal"))
                .forEach(type -> Arrays.stream(type.getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                                && !m.isSynthetic() && !m.isBridge())
                        .forEach(m -> methods.add(signature(type, m))));
        Map<String, List<Case>> table = table();

        assertThat(methods).as("services found").isNotEmpty();
        assertThat(table.keySet()).as("public service methods without rows in the access table (add an allowed "
                + "and a refused case for each)").containsAll(methods);
        assertThat(methods).as("rows for methods that are no longer public service methods")
                .containsAll(table.keySet());
        table.forEach((method, cases) -> {
            assertThat(cases).as(method + " has an allowed case").anyMatch(Case::allowed);
            assertThat(cases).as(method + " has a refused case").anyMatch(c -> !c.allowed());
        });
    }

    @TestFactory
    Stream<DynamicTest> each_call_is_allowed_or_refused_as_the_table_says() {
        return table().entrySet().stream().flatMap(row -> row.getValue().stream().map(c -> DynamicTest.dynamicTest(
                row.getKey() + " as " + c.who() + ": " + (c.allowed() ? "allowed" : "refused"),
                () -> check(row.getKey(), c))));
    }

    private void check(String method, Case c) {
        Object[] answer = new Object[1];
        Throwable[] thrown = new Throwable[1];
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        rolledBack.executeWithoutResult(status -> {
            status.setRollbackOnly();
            try {
                answer[0] = as(c.who(), c.call());
            } catch (Throwable e) {
                thrown[0] = e;
            }
        });
        SecurityContextHolder.clearContext();
        Throwable e = thrown[0];
        boolean refused = e instanceof NotAllowedException || e instanceof AccessDeniedException;
        if (c.allowed()) {
            if (refused) {
                fail(method + " refused " + c.who() + ": " + e.getMessage(), e);
            }
            if (e != null && !(e instanceof InvalidInputException || e instanceof ReportInputException)) {
                fail(method + " as " + c.who() + " failed for another reason than access", e);
            }
        } else if (c.leftOut() != null) {
            assertThat(e).as(method + " as " + c.who()).isNull();
            assertThat(c.leftOut().test(answer[0])).as(method + " as " + c.who() + " leaves the record out").isTrue();
        } else {
            assertThat(refused).as(method + " as " + c.who() + " is refused, but " + (e == null ? "it answered "
                    + answer[0] : "it threw " + e)).isTrue();
        }
    }

    /** Runs the call as the person, as the engine (inside one of its commands, nobody signed in), or as nobody. */
    private Object as(String who, Call call) {
        SecurityContextHolder.clearContext();
        if (NOBODY.equals(who)) {
            return unchecked(call);
        }
        if (ENGINE.equals(who)) {
            return ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                    .getCommandExecutorTxRequired().execute(commandContext -> unchecked(call));
        }
        return runAs.person(who, () -> unchecked(call));
    }

    private static Object unchecked(Call call) {
        try {
            return call.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- rows that repeat --------------------------------------------------------------------------------------------

    /** Anyone signed in (here a member of Harborough INT); nobody signed in is refused. */
    private static List<Case> signedIn(Call call) {
        return List.of(allowed(MEMBER, call), allowed(LEAD, call), refused(NOBODY, call));
    }

    /** Administrators only. */
    private static List<Case> administrators(Call call) {
        return List.of(allowed(ADMINISTRATOR, call), refused(LEAD, call), refused(PPG_REP, call), refused(NOBODY, call));
    }

    /** Harborough's plan: its member reads it, the lead of another INT and a PPG representative do not. */
    private static List<Case> readersOfThePlan(Call call) {
        return List.of(allowed(MEMBER, call), allowed(LEAD, call), refused(THURROCK_LEAD, call), refused(PPG_REP, call),
                refused(ICB_MANAGER, call), refused(NOBODY, call));
    }

    /** The acknowledgement task: Harborough's leads, nobody else. */
    private static List<Case> theTasksGroup(Call call) {
        return List.of(allowed(LEAD, call), refused(THURROCK_LEAD, call), refused(PPG_REP, call),
                refused(MEMBER, call), refused(NOBODY, call));
    }

    private static String signature(Class<?> type, Method method) {
        return type.getSimpleName() + "." + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
    }

    private static Object assertSaved(boolean saved) {
        assertThat(saved).isTrue();
        return null;
    }

    private static Object assertContains(Map<Long, String> answer, long id) {
        assertThat(answer).containsKey(id);
        return answer;
    }

    // ---- inputs ------------------------------------------------------------------------------------------------------

    private static Map<String, Object> feedbackValues(long ppgId) {
        Map<String, Object> values = new HashMap<>();
        values.put("ppgId", Long.toString(ppgId));
        values.put("theme", "appointments");
        values.put("summary", "From the access table");
        values.put("patientsSaid", "Patients told us about the phone line.");
        values.put("mayContact", true);
        return values;
    }

    private Map<String, Object> shareValues(String title) {
        Map<String, Object> values = new HashMap<>();
        List<?> teams = runAs.person(LEAD, () -> proposals.shareFormOptions().get(ProposalService.TEAM_OPTIONS));
        values.put("teamId", ((org.neighbourhoodportal.forms.Option) teams.get(0)).value());
        values.put("title", title);
        values.put("proposal", "What do your members think of: " + title + "?");
        values.put("closesOn", LocalDate.now().plusWeeks(2));
        return values;
    }

    private static PriorityDraft priorityDraft(long planId) {
        return new PriorityDraft(null, planId, "Access table priority", null, null, null, LocalDate.now(),
                LocalDate.now().plusMonths(3), Rag.GREEN, null, Set.of(), null);
    }

    private static ActionDraft actionDraft(long priorityId) {
        return new ActionDraft(null, priorityId, "Access table action", null, LocalDate.now().plusMonths(1),
                ActionStatus.NOT_STARTED, 0, false, null);
    }

    private static RiskDraft riskDraft(long priorityId) {
        return new RiskDraft(null, priorityId, RiskKind.RISK, "Access table risk", 2, 2, null, null, true, null);
    }

    private static Map<String, Object> feedbackProcessVariables(Fixture f) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PpgFeedbackProcess.VAR_FEEDBACK_ID, 999999L);
        variables.put(PpgFeedbackProcess.VAR_TEAM_ID, f.harborough());
        variables.put(PpgFeedbackProcess.VAR_LEAD_GROUP, "team:" + f.harborough() + ":lead");
        variables.put(PpgFeedbackProcess.VAR_PPG_GROUP, "ppg:" + f.ppgId());
        variables.put(PpgFeedbackProcess.VAR_ACKNOWLEDGE_DUE, Date.from(java.time.Instant.now().plusSeconds(86_400)));
        variables.put(PpgFeedbackProcess.VAR_CONFIRM_WITHIN, "P28D");
        return variables;
    }
}

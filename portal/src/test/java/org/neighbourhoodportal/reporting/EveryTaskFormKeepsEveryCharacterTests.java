package org.neighbourhoodportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.SECOND_PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;
import static org.neighbourhoodportal.reporting.MovableClock.demoPlanMonth;
import static org.neighbourhoodportal.reporting.ReportRun.THURROCK;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.feedback.FeedbackDetails;
import org.neighbourhoodportal.feedback.FeedbackService;
import org.neighbourhoodportal.feedback.ProposalDetails;
import org.neighbourhoodportal.feedback.ProposalService;
import org.neighbourhoodportal.timeline.TimelineEntry;
import org.neighbourhoodportal.processes.MonthlyHighlightReport;
import org.neighbourhoodportal.processes.PpgFeedbackProcess;
import org.neighbourhoodportal.processes.PpgProposalProcess;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.LoopDriver;
import org.neighbourhoodportal.workflow.StartOutcome;
import org.neighbourhoodportal.workflow.TaskComment;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every task form of every process, and a task comment, filled in with four-byte characters (emoji, mathematical
 * letters outside the Basic Multilingual Plane), read back intact from the records and the comments. On MariaDB this
 * fails if any table the text passes through is not utf8mb4 ("Incorrect string value … ACT_HI_VARINST.TEXT_").
 * Also proves that what people write stays in the portal's records and never becomes a process variable.
 *
 * <p>In the reporting package for its movable clock: the highlight report needs a month of its own (Thurrock,
 * the last month of the demo plans' year, which no other test uses for Thurrock).
 */
@ReportingTest
class EveryTaskFormKeepsEveryCharacterTests {

    private static final String WORDS = "Thanks 👍 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 – café “quoted” 𝄞";
    private static final Pattern FORM_KEY = Pattern.compile("camunda:formKey=\"([^\"]+)\"");

    @Autowired RunAs runAs;
    @Autowired LoopDriver loop;
    @Autowired FeedbackService feedback;
    @Autowired ProposalService proposals;
    @Autowired org.neighbourhoodportal.feedback.ProposalTasks proposalTasks;
    @Autowired org.neighbourhoodportal.rounds.RoundService rounds;
    @Autowired HighlightReportService reports;
    @Autowired ReportStartService reportStarts;
    @Autowired WorkflowService workflow;
    @Autowired WorkplanService workplan;
    @Autowired PriorityService priorityService;
    @Autowired DirectoryService directory;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired MovableClock clock;
    @Autowired org.neighbourhoodportal.governance.LeadershipGroupService leadershipGroups;
    @Autowired org.neighbourhoodportal.governance.LeadershipGroupTasks leadershipTasks;
    @Autowired org.neighbourhoodportal.governance.AgreementService agreements;
    @Autowired org.neighbourhoodportal.governance.AgreementTasks agreementTasks;
    @Autowired org.neighbourhoodportal.directory.DirectoryAdministration administration;
    @Autowired org.neighbourhoodportal.maturity.MaturityService maturity;
    @Autowired org.neighbourhoodportal.maturity.MaturityTasks maturityTasks;
    @Autowired org.neighbourhoodportal.consultation.ConsultationDriver consultationDriver;
    @Autowired org.neighbourhoodportal.consultation.ConsultationService consultations;
    @Autowired org.neighbourhoodportal.funding.FundingService funding;
    @Autowired org.neighbourhoodportal.funding.FundingTasks fundingTasks;
    @Autowired org.neighbourhoodportal.security.CurrentUser currentUser;

    private final Set<String> formsCompleted = new TreeSet<>();

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void every_task_form_and_a_comment_keep_emoji_and_other_four_byte_characters_and_none_become_process_variables()
            throws IOException {
        long feedbackId = feedbackLoop();
        long proposalId = proposal();
        governance();
        maturityAssessment();
        consultation();
        fundingBid();
        long reportId = highlightReport();

        assertThat(formsCompleted).as("every user task form of every model was filled in")
                .containsExactlyInAnyOrderElementsOf(taskFormsOfEveryModel());

        // what people wrote is in the engine's history only where the engine must keep it: the task comment
        for (String[] process : new String[][] {{PpgFeedbackProcess.KEY, Long.toString(feedbackId)},
                {PpgProposalProcess.KEY, Long.toString(proposalId)},
                {org.neighbourhoodportal.processes.ResponseRound.KEY, Long.toString(runAs.person(LEAD,
                        () -> rounds.roundFor(ProposalService.ROUND_KIND, proposalId)).orElseThrow().id())},
                {MonthlyHighlightReport.KEY, Long.toString(reportId)}}) {
            List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(instanceIds(process[0], process[1])).list();
            assertThat(variables).as("variables of %s", process[0]).isNotEmpty()
                    .noneMatch(v -> v.getValue() instanceof String text && text.contains("👍"));
        }
    }

    private long feedbackLoop() {
        long id = loop.submitAsPpg("Summary " + WORDS);
        WorkItem acknowledge = loop.requireTask(LEAD, id);
        runAs.person(LEAD, () -> workflow.addComment(acknowledge.id(), "Comment " + WORDS));
        assertThat(runAs.person(LEAD, () -> workflow.comments(acknowledge.id())))
                .extracting(TaskComment::text).containsExactly("Comment " + WORDS);

        complete(LEAD, id, Map.of("acknowledgement", "Acknowledged " + WORDS));
        complete(LEAD, id, Map.of("route", "refer", "referredOrganisationId",
                loop.organisationId(id, "Voluntary Action South Leicestershire"), "routingNote", "Note " + WORDS));
        complete(MEMBER, id, Map.of("response", "Organisation answers " + WORDS));
        complete(PPG_REP, id, Map.of("outcome", "reopen", "reopenReason", "Reopened " + WORDS));
        complete(LEAD, id, Map.of("route", "answer"));
        complete(LEAD, id, Map.of("response", "Lead answers " + WORDS));
        complete(PPG_REP, id, Map.of("outcome", "closed"));

        FeedbackDetails details = runAs.person(LEAD, () -> feedback.details(id));
        assertThat(details.summary()).isEqualTo("Summary " + WORDS);
        assertThat(details.response()).isEqualTo("Lead answers " + WORDS);
        assertThat(details.timeline()).extracting(TimelineEntry::detail).filteredOn(d -> d != null)
                .anySatisfy(d -> assertThat(d).contains("Acknowledged " + WORDS))
                .anySatisfy(d -> assertThat(d).contains("Note " + WORDS))
                .anySatisfy(d -> assertThat(d).contains("Organisation answers " + WORDS))
                .anySatisfy(d -> assertThat(d).contains("Reopened " + WORDS));
        return id;
    }

    private long proposal() {
        Map<String, Object> share = new HashMap<>();
        share.put("teamId", runAs.person(LEAD, () ->
                proposals.shareFormOptions().get(ProposalService.TEAM_OPTIONS).get(0).value()));
        share.put("title", "Title " + WORDS);
        share.put("proposal", "Proposal " + WORDS);
        share.put("closesOn", LocalDate.now().plusWeeks(2));
        StartOutcome shared = runAs.person(LEAD, () -> proposals.share(share));
        assertThat(shared.errors()).isEmpty();
        long id = shared.recordId();

        for (String rep : List.of(PPG_REP, SECOND_PPG_REP)) {
            WorkItem view = runAs.person(rep, () -> proposalTasks.yoursOn(id)).get(0);
            assertThat(runAs.person(rep, () -> workflow.complete(view.id(), Map.of("view", "support",
                    "comments", "View " + WORDS))).errors()).isEmpty();
            formsCompleted.add(view.formKey());
        }
        completeOn(LEAD, PpgProposalProcess.KEY, id, Map.of("decision", "Decision " + WORDS));

        ProposalDetails details = runAs.person(LEAD, () -> proposals.details(id));
        assertThat(details.title()).isEqualTo("Title " + WORDS);
        assertThat(details.proposal()).isEqualTo("Proposal " + WORDS);
        assertThat(details.decision()).isEqualTo("Decision " + WORDS);
        assertThat(details.views()).hasSize(2).allSatisfy(v -> assertThat(v.comments()).isEqualTo("View " + WORDS));
        return id;
    }

    // --- governance (issue 12): the leadership group's and the ToR's task forms ---
    private void governance() {
        var driver = new org.neighbourhoodportal.governance.GovernanceDriver(runAs, workflow, rounds, directory,
                administration);
        String team = runAs.person(LEAD, () -> leadershipGroups.startFormOptions()
                .get(org.neighbourhoodportal.governance.LeadershipGroupService.TEAM_OPTIONS).get(0).value());
        Map<String, Object> seats = new HashMap<>(Map.of("teamId", team, "name", "Group " + WORDS,
                "coreSeats", List.of("Mental health"), "sponsorSeat", "Sponsor " + WORDS, "termMonths", 24L,
                "closesOn", LocalDate.now().plusWeeks(2)));
        long group = runAs.person(LEAD, () -> leadershipGroups.start(seats)).recordId();
        WorkItem nominate = driver.first(MEMBER, () -> leadershipTasks.yoursOn(group));
        var options = runAs.person(MEMBER, () -> workflow.form(nominate.id())).options();
        driver.complete(MEMBER, nominate, Map.of("seats", List.of(options.get("seats").get(1).value()),
                "nomineeId", options.get("nominees").get(0).value(), "statement", "Why " + WORDS));
        driver.closeRound(runAs.person(LEAD, () -> leadershipGroups.latestRound(group)).orElseThrow().id());
        WorkItem gaps = driver.first(LEAD, () -> leadershipTasks.yoursOn(group));
        driver.complete(LEAD, gaps, Map.of("nextStep", "accept-gaps", "reason", "Reason " + WORDS));
        formsCompleted.add(gaps.formKey());
        WorkItem confirm = driver.first(LEAD, () -> leadershipTasks.yoursOn(group));
        List<?> all = (List<?>) runAs.person(LEAD, () -> workflow.form(confirm.id())).values().get("appointments");
        driver.complete(LEAD, confirm, Map.of("appointments", all, "note", "Note " + WORDS));
        formsCompleted.add(confirm.formKey());
        var formed = runAs.person(LEAD, () -> leadershipGroups.details(group));
        assertThat(formed.name()).isEqualTo("Group " + WORDS);
        assertThat(formed.gapsAcceptedReason()).isEqualTo("Reason " + WORDS);

        long teamId = Long.parseLong(team);
        var signatories = driver.designateSignatories(teamId);
        long agreement = runAs.person(LEAD, () -> agreements.share(org.neighbourhoodportal.governance
                .GovernanceDriver.draft("ToR " + WORDS, teamId, LocalDate.now().plusWeeks(2), " " + WORDS)))
                .recordId();
        driver.closeRound(runAs.person(LEAD, () -> agreements.latestRound(agreement)).orElseThrow().id());
        WorkItem revise = driver.first(LEAD, () -> agreementTasks.yoursOn(agreement));
        Map<String, Object> revised = new HashMap<>(runAs.person(LEAD, () -> workflow.form(revise.id())).values());
        revised.put("chair", "Chair " + WORDS);
        revised.put("changeNote", "Change " + WORDS);
        revised.put("nextStep", "sign-off");
        revised.put("closesOn", LocalDate.now().plusWeeks(2));
        driver.complete(LEAD, revise, revised);
        formsCompleted.add(revise.formKey());
        driver.closeRound(runAs.person(LEAD, () -> agreements.latestRound(agreement)).orElseThrow().id());
        WorkItem missing = driver.first(LEAD, () -> agreementTasks.yoursOn(agreement));
        driver.complete(LEAD, missing, Map.of("closesOn", LocalDate.now().plusWeeks(1)));
        formsCompleted.add(missing.formKey());
        var details = runAs.person(LEAD, () -> agreements.details(agreement));
        assertThat(details.title()).isEqualTo("ToR " + WORDS);
        assertThat(details.shown().sections()).filteredOn(sec -> sec.key().equals("chair")).singleElement()
                .satisfies(sec -> assertThat(sec.body()).isEqualTo("Chair " + WORDS));
        assertThat(signatories).isNotEmpty();
    }

    // --- maturity: the lead's moderation, the owner's answer to the lead's question, the ICB's review ---
    private void maturityAssessment() {
        long team = runAs.person(THURROCK_LEAD, () -> currentUser.require().ledTeams().iterator().next());
        long tom = runAs.person(THURROCK_LEAD, () -> currentUser.require().personId());
        var matrix = runAs.person(THURROCK_LEAD, () -> maturity.frameworks()).stream()
                .filter(f -> f.code().equals(org.neighbourhoodportal.maturity.MaturityService.DEFAULT_FRAMEWORK)
                        && f.version().equals("2019")).findFirst().orElseThrow();
        Map<Long, Long> owners = new HashMap<>();
        matrix.domains().forEach(d -> owners.put(d.id(), tom));
        long id = runAs.person(THURROCK_LEAD, () -> maturity.open(new org.neighbourhoodportal.maturity.OpenRequest(
                team, matrix.id(), "2026 👍 𝔘", LocalDate.now().plusWeeks(3), owners)));
        long stage = matrix.stages().get(1).id();
        long target = matrix.stages().get(2).id();
        for (var d : matrix.domains()) {
            runAs.person(THURROCK_LEAD, () -> maturity.recordDomain(id, d.id(),
                    new org.neighbourhoodportal.maturity.DomainDraft(stage, target, "Evidence " + WORDS,
                            "Support " + WORDS)));
        }
        completeTask(THURROCK_LEAD, () -> maturityTasks.yoursOn(id), Map.of("noteToLead", "Done " + WORDS), false);
        completeTask(THURROCK_LEAD, () -> maturityTasks.yoursOn(id), Map.of("moderation", "send-back",
                "returnTo", org.neighbourhoodportal.directory.WorkGroups.personInTeam(team, tom),
                "question", "Question " + WORDS), true);
        completeTask(THURROCK_LEAD, () -> maturityTasks.yoursOn(id), Map.of("reply", "Reply " + WORDS), true);
        completeTask(THURROCK_LEAD, () -> maturityTasks.yoursOn(id), Map.of("moderation", "submit",
                "answerToIcb", "Answer " + WORDS), true);
        completeTask(org.neighbourhoodportal.directory.DemoDirectoryData.ICB_MANAGER,
                () -> maturityTasks.yoursOn(id), Map.of("review", "accept", "comments", "Accepted " + WORDS), true);
        var details = runAs.person(THURROCK_LEAD, () -> maturity.assessment(id));
        assertThat(details.status()).isEqualTo(org.neighbourhoodportal.maturity.AssessmentStatus.PUBLISHED);
        assertThat(details.period()).isEqualTo("2026 👍 𝔘");
        assertThat(details.domains()).allSatisfy(d -> {
            assertThat(d.evidence()).isEqualTo("Evidence " + WORDS);
            assertThat(d.supportNeeded()).isEqualTo("Support " + WORDS);
        });
        assertThat(details.domains()).anySatisfy(d -> assertThat(d.leadQuestion()).isEqualTo("Question " + WORDS));
    }

    // --- consultation: the outcome coded and published, and one closed without responses ---
    private void consultation() {
        long id = consultationDriver.launched("Consultation " + WORDS);
        consultationDriver.respond(MEMBER, id, "Agree", "Missing " + WORDS);
        consultationDriver.closeAtTheDeadline(id);
        long sent = consultationDriver.myResponse(MEMBER, id);
        assertThat(runAs.person(LEAD, () -> consultations.addTheme(id, new org.neighbourhoodportal.consultation
                .ThemeDraft("Theme " + WORDS, "Said " + WORDS, "Did " + WORDS, Set.of(sent)))).errors()).isEmpty();
        WorkItem code = consultationDriver.task(LEAD, id);
        assertThat(runAs.person(LEAD, () -> workflow.complete(code.id(), Map.of("outcomeSummary",
                "Outcome " + WORDS))).errors()).isEmpty();
        formsCompleted.add(code.formKey());
        consultationDriver.runPublishing(id);
        var published = runAs.person(LEAD, () -> consultations.details(id));
        assertThat(published.outcome().summary()).isEqualTo("Outcome " + WORDS);
        assertThat(published.outcome().themes()).singleElement()
                .satisfies(t -> assertThat(t.intResponse()).isEqualTo("Did " + WORDS));

        long silent = consultationDriver.launched("Silent " + WORDS);
        consultationDriver.closeAtTheDeadline(silent);
        WorkItem none = consultationDriver.task(LEAD, silent);
        assertThat(runAs.person(LEAD, () -> workflow.complete(none.id(), Map.of("noResponsesNote",
                "Nobody " + WORDS))).errors()).isEmpty();
        formsCompleted.add(none.formKey());
        assertThat(runAs.person(LEAD, () -> consultations.details(silent)).title()).isEqualTo("Silent " + WORDS);
    }

    // --- funding bid: go/no-go, lead partner, a withdrawal reviewed, drafted, approved, submitted, lost ---
    private void fundingBid() {
        long team = runAs.person(LEAD, () -> currentUser.require().ledTeams().iterator().next());
        var organisations = runAs.person(LEAD, () -> administration.memberOrganisations(team));
        runAs.person(LEAD, () -> {
            for (var o : organisations) {
                if (o.signatoryId() == null && !o.representatives().isEmpty()) {
                    administration.nameSignatory(team, o.organisationId(), o.representatives().get(0).id());
                }
            }
        });
        String vasl = organisations.stream().filter(o -> o.name().startsWith("Voluntary Action")).findFirst()
                .map(o -> Long.toString(o.organisationId())).orElseThrow();
        LocalDate today = LocalDate.now();
        Map<String, Object> log = new HashMap<>();
        log.put("teamId", Long.toString(team));
        log.put("title", "Bid " + WORDS);
        log.put("funder", "Funder " + WORDS);
        log.put("fund", "Fund " + WORDS);
        log.put("amountSought", 40000L);
        log.put("deadline", today.plusDays(70));
        log.put("interestClosesOn", today.plusDays(7));
        log.put("priorities", List.of(runAs.person(LEAD, () -> funding.logFormOptions()
                .get(org.neighbourhoodportal.funding.FundingService.PRIORITY_OPTIONS)).get(0).value()));
        StartOutcome logged = runAs.person(LEAD, () -> funding.logOpportunity(log));
        assertThat(logged.errors()).isEmpty();
        long id = logged.recordId();
        String council = org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
        completeTask(MEMBER, () -> fundingTasks.yoursOn(id), Map.of("interested", "yes", "role", "Role " + WORDS),
                false);
        completeTask(council, () -> fundingTasks.yoursOn(id), Map.of("interested", "yes"), false);
        runAs.person(LEAD, () -> rounds.closeEarly(rounds.roundFor(
                org.neighbourhoodportal.funding.FundingService.INTEREST_ROUND, id).orElseThrow().id(),
                "Enough " + WORDS));
        completeTask(LEAD, () -> fundingTasks.yoursOn(id), Map.of("goAhead", "go",
                "overrideReason", "Override " + WORDS), true);
        completeTask(LEAD, () -> fundingTasks.yoursOn(id), Map.of("leadOrganisationId", vasl,
                "commitmentsDueOn", today.plusDays(14), "draftWorkingDays", 10L, "approvalWorkingDays", 5L), true);
        completeTask(MEMBER, () -> fundingTasks.yoursOn(id), Map.of("commitment", "committed",
                "committedStaff", "Staff " + WORDS), false);
        completeTask(council, () -> fundingTasks.yoursOn(id), Map.of("commitment", "withdrawn",
                "commitmentNotes", "Withdrawn " + WORDS), false);
        completeTask(LEAD, () -> fundingTasks.yoursOn(id), Map.of("carryOn", "carry-on",
                "stopReason", "Carry on " + WORDS), true);
        completeTask(LEAD, () -> fundingTasks.yoursOn(id), Map.of("draftNote", "Draft " + WORDS), true);
        completeTask(LEAD, () -> fundingTasks.yoursOn(id), Map.of("approval", "approved",
                "approvalComments", "Approved " + WORDS), true);
        completeTask(LEAD, () -> fundingTasks.yoursOn(id), Map.of("submittedOn", today,
                "funderReference", "Ref " + WORDS, "submissionNote", "Submitted " + WORDS), true);
        completeTask(LEAD, () -> fundingTasks.yoursOn(id), Map.of("outcome", "lost",
                "feedback", "Feedback " + WORDS, "lessons", "Lessons " + WORDS), true);
        var bid = runAs.person(LEAD, () -> funding.details(id));
        assertThat(bid.stage()).isEqualTo(org.neighbourhoodportal.funding.BidStage.LOST);
        assertThat(bid.title()).isEqualTo("Bid " + WORDS);
        assertThat(bid.funderReference()).isEqualTo("Ref " + WORDS);
        assertThat(bid.submissionNote()).isEqualTo("Submitted " + WORDS);
        assertThat(bid.feedback()).isEqualTo("Feedback " + WORDS);
        assertThat(bid.lessons()).isEqualTo("Lessons " + WORDS);
        assertThat(bid.partners()).anySatisfy(p -> assertThat(p.commitmentNotes()).isEqualTo("Withdrawn " + WORDS));
    }

    /** Completes the person's first task from the list; a task of the workflow's own form is counted as filled. */
    private void completeTask(String person, java.util.function.Supplier<List<WorkItem>> tasks,
                              Map<String, Object> values, boolean ownForm) {
        WorkItem task = runAs.person(person, tasks::get).stream().findFirst()
                .orElseThrow(() -> new AssertionError(person + " has no task"));
        assertThat(runAs.person(person, () -> workflow.complete(task.id(), values)).errors()).as(task.name())
                .isEmpty();
        if (ownForm) {
            formsCompleted.add(task.formKey());
        }
    }

    private long highlightReport() {
        ReportRun run = new ReportRun(runAs, workflow, reports, reportStarts, priorityService, directory, runtime, management);
        clock.startOf(demoPlanMonth(11));
        long id = run.start(THURROCK_LEAD, THURROCK);
        for (WorkItem task : run.updates(THURROCK_LEAD, id)) {
            Map<String, Object> update = ReportRun.update("amber", "Reason " + WORDS, "Progress " + WORDS,
                    "Next " + WORDS);
            update.put(MonthlyHighlightReport.VAR_LEARNING, "Learning " + WORDS);
            update.put(MonthlyHighlightReport.VAR_HELP_NEEDED, "Help " + WORDS);
            update.put(MonthlyHighlightReport.VAR_ISSUES_RISKS, "Risks " + WORDS);
            run.completeOk(THURROCK_LEAD, task.id(), update);
            formsCompleted.add(task.formKey());
        }

        compile(run, id, "Outcomes " + WORDS);
        WorkItem approve = run.task(THURROCK_LEAD, id, MonthlyHighlightReport.TASK_APPROVE_REPORT);
        run.completeOk(THURROCK_LEAD, approve.id(), Map.of(MonthlyHighlightReport.VAR_APPROVAL,
                MonthlyHighlightReport.APPROVAL_CHANGES, MonthlyHighlightReport.VAR_CHANGES_NEEDED,
                "Changes " + WORDS));
        formsCompleted.add(approve.formKey());
        assertThat(runAs.person(THURROCK_LEAD, () -> reports.details(id)).changesNeeded())
                .isEqualTo("Changes " + WORDS);
        compile(run, id, "Outcomes again " + WORDS);
        run.approve(THURROCK_LEAD, id);

        ReportDetails details = runAs.person(THURROCK_LEAD, () -> reports.details(id));
        assertThat(details.isPublished()).isTrue();
        assertThat(details.sections().outcomes()).isEqualTo("Outcomes again " + WORDS);
        assertThat(details.sections().learningToShare()).isEqualTo("Learning shared " + WORDS);
        assertThat(details.asked()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.ragReason()).isEqualTo("Reason " + WORDS);
            assertThat(p.progress()).isEqualTo("Progress " + WORDS);
            assertThat(p.nextMonth()).isEqualTo("Next " + WORDS);
            assertThat(p.learning()).isEqualTo("Learning " + WORDS);
            assertThat(p.helpNeeded()).isEqualTo("Help " + WORDS);
            assertThat(p.issuesRisks()).isEqualTo("Risks " + WORDS);
        });
        return id;
    }

    private void compile(ReportRun run, long id, String outcomes) {
        WorkItem compile = run.task(THURROCK_LEAD, id, MonthlyHighlightReport.TASK_COMPILE_REPORT);
        Map<String, Object> sections = new HashMap<>(run.prefill(THURROCK_LEAD, compile.id()));
        sections.put(MonthlyHighlightReport.VAR_OUTCOMES, outcomes);
        sections.put(MonthlyHighlightReport.VAR_LEARNING_TO_SHARE, "Learning shared " + WORDS);
        run.completeOk(THURROCK_LEAD, compile.id(), sections);
        formsCompleted.add(compile.formKey());
    }

    private void complete(String person, long feedbackId, Map<String, Object> values) {
        formsCompleted.add(loop.requireTask(person, feedbackId).formKey());
        loop.completeOk(person, feedbackId, values);
    }

    private void completeOn(String person, String processKey, long id, Map<String, Object> values) {
        WorkItem task = runAs.person(person, () -> workflow.openWorkOn(processKey, Long.toString(id))).stream()
                .findFirst().orElseThrow(() -> new AssertionError(person + " has no task on " + processKey));
        assertThat(runAs.person(person, () -> workflow.complete(task.id(), values)).errors()).isEmpty();
        formsCompleted.add(task.formKey());
    }

    private String[] instanceIds(String processKey, String businessKey) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).list().stream().map(p -> p.getId()).toArray(String[]::new);
    }

    /** The form of every user task in every model the portal deploys. */
    private static Set<String> taskFormsOfEveryModel() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
            Matcher m = FORM_KEY.matcher(model.getContentAsString(StandardCharsets.UTF_8));
            while (m.find()) {
                if (!m.group(1).startsWith("${")) { // a shared round's form comes from the workflow calling it
                    keys.add(m.group(1));
                }
            }
        }
        assertThat(keys).as("task forms found in the models").hasSizeGreaterThan(5);
        // the forms the workflows' rounds ask with (the shared round's model names none of its own)
        keys.add(PpgProposalProcess.FORM_GIVE_VIEW_ON_PROPOSAL);
        return keys;
    }
}

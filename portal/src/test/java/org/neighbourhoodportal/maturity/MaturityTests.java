package org.neighbourhoodportal.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ICB_MANAGER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.processes.MaturityAssessment;
import org.neighbourhoodportal.processes.ResponseRound;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Maturity self-assessments through the services people use: opening, recording domains, the lead's moderation, the
 * ICB's questions, publication; who may see and change what; and framework versions that never change an old
 * assessment.
 */
@PortalTest
class MaturityTests {

    private static final AtomicInteger PERIODS = new AtomicInteger();

    @Autowired RunAs runAs;
    @Autowired MaturityService maturity;
    @Autowired MaturityTasks tasks;
    @Autowired WorkflowService workflow;
    @Autowired CurrentUser currentUser;
    @Autowired RoundService rounds;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired GapToPlanService gaps;
    @Autowired org.neighbourhoodportal.workplan.PriorityService priorities;
    @Autowired IntProfileService profiles;

    @Test
    void the_lead_writes_the_ints_profile_its_members_read_it_and_the_icb_compares_its_ints_models() {
        long harborough = runAs.person(LEAD, () -> currentUser.require().ledTeams().iterator().next());
        assertThatThrownBy(() -> runAs.person(LEAD, () -> {
            profiles.save(harborough, "x".repeat(2001), null, null, null);
            return null;
        })).isInstanceOf(AssessmentRefusedException.class).hasMessageContaining("Nothing was saved");
        runAs.person(LEAD, () -> {
            profiles.save(harborough, " Open: the whole district. ", "Primary care, LPT, VASL", "  ",
                    "A monthly forum");
            return null;
        });
        TeamProfile read = runAs.person(MEMBER, () -> profiles.profile(harborough));
        assertThat(read.scope()).isEqualTo("Open: the whole district.");
        assertThat(read.location()).as("an empty aspect is not written").isNull();
        assertThat(read.youMayEdit()).isFalse();
        assertThat(read.updatedBy()).isEqualTo("Helen Carter");
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> {
            profiles.save(harborough, "s", "r", "l", "g");
            return null;
        })).isInstanceOf(NotAllowedException.class);
        long icb = runAs.person(ICB_MANAGER, () -> currentUser.require().managedIcbs().iterator().next());
        List<TeamProfile> side = runAs.person(ICB_MANAGER, () -> profiles.icbProfiles(icb));
        assertThat(side).extracting(TeamProfile::teamName).hasSize(4).allMatch(n -> n.startsWith("Thurrock INT"))
                .isSorted();
        assertThat(side).allMatch(p -> p.scope() != null, "every demo Thurrock INT has a profile");
    }

    @Test
    void an_assessment_goes_through_two_rounds_of_icb_questions_to_publication_and_shows_in_the_icb_view() {
        long team = ledTeam(THURROCK_LEAD);
        long tom = personId(THURROCK_LEAD);
        long id = open(THURROCK_LEAD, team, Map.of(), tom);

        recordAll(THURROCK_LEAD, id, "STEP_1", "STEP_2", "Data sharing agreement with ECC signed.",
                "Analyst time from the ICB's population health team.");
        complete(THURROCK_LEAD, id, Map.of("noteToLead", "All five done."));
        assertThatThrownBy(() -> runAs.person(ICB_MANAGER, () -> maturity.assessment(id)))
                .isInstanceOf(NotAllowedException.class); // not yet submitted to the ICB

        for (int round = 1; round <= 2; round++) {
            complete(THURROCK_LEAD, id, Map.of("moderation", "submit", "answerToIcb", "Answer " + round));
            assertThat(status(ICB_MANAGER, id)).isEqualTo(AssessmentStatus.WITH_ICB);
            long domain = runAs.person(ICB_MANAGER, () -> maturity.assessment(id)).domains().get(1).domainId();
            runAs.person(ICB_MANAGER, () -> maturity.commentOnDomain(id, domain, "What data do you share today?"));
            complete(ICB_MANAGER, id, Map.of("review", "questions", "comments", "Question " + round));
            assertThat(status(THURROCK_LEAD, id)).isEqualTo(AssessmentStatus.WITH_LEAD);
        }
        complete(THURROCK_LEAD, id, Map.of("moderation", "submit"));
        complete(ICB_MANAGER, id, Map.of("review", "accept", "comments", "A realistic plan; thank you."));

        AssessmentDetails published = runAs.person(THURROCK_LEAD, () -> maturity.assessment(id));
        assertThat(published.status()).isEqualTo(AssessmentStatus.PUBLISHED);
        assertThat(published.icbQuestionRounds()).isEqualTo(2);
        assertThat(published.domains().get(1).icbComment()).isEqualTo("What data do you share today?");
        assertThat(published.timeline()).extracting(e -> e.kind())
                .contains("OPENED", "SUBMITTED", "ICB_QUESTIONS", "ACCEPTED", "PUBLISHED");
        assertThat(published.waitingOn()).isEmpty();

        long icb = runAs.person(ICB_MANAGER, () -> currentUser.require().managedIcbs().iterator().next());
        IcbOverview view = runAs.person(ICB_MANAGER, () -> maturity.icbOverview(icb));
        assertThat(view.teams()).extracting(IcbOverview.TeamRow::teamName).isSortedAccordingTo(String::compareToIgnoreCase)
                .hasSize(4).allMatch(name -> name.startsWith("Thurrock INT"));
        IcbOverview.TeamRow slh = view.teams().stream().filter(t -> t.teamId() == team).findFirst().orElseThrow();
        assertThat(slh.cells()).hasSize(5).allSatisfy(c -> {
            assertThat(c.current()).isEqualTo("Step 1");
            assertThat(c.target()).isEqualTo("Step 2");
        });
        assertThat(view.supportAskedFor()).isNotEmpty().allSatisfy(s -> assertThat(s.asks())
                .extracting(IcbOverview.Ask::support).contains("Analyst time from the ICB's population health team."));
    }

    @Test
    void a_domain_owner_records_only_their_domain_and_others_outside_the_int_cannot_read_it() {
        long team = ledTeam(LEAD);
        long priya = personId(MEMBER);
        long id = open(LEAD, team, Map.of("DATA_PHM", priya, "PEOPLE", personId(COUNCIL_MEMBER)), personId(LEAD));
        AssessmentDetails details = runAs.person(MEMBER, () -> maturity.assessment(id));
        long data = domain(details, "DATA_PHM");
        long people = domain(details, "PEOPLE");

        runAs.person(MEMBER, () -> maturity.recordDomain(id, data, draft(details, "FOUNDATION", "STEP_1")));
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> maturity.recordDomain(id, people,
                draft(details, "STEP_1", "STEP_2")))).isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("owner");
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> maturity.recordDomain(id, data,
                draft(details, "STEP_2", "STEP_1")))).isInstanceOf(AssessmentRefusedException.class);
        assertThat(runAs.person(MEMBER, () -> maturity.assessment(id)).domains())
                .filteredOn(d -> d.domainId() == data).singleElement()
                .satisfies(d -> assertThat(d.current().code()).isEqualTo("FOUNDATION"));

        // Harborough is in another ICB; PPG representatives and other INTs do not see assessments at all
        for (String outsider : List.of(ICB_MANAGER, THURROCK_LEAD, PPG_REP)) {
            assertThatThrownBy(() -> runAs.person(outsider, () -> maturity.assessment(id)))
                    .as(outsider).isInstanceOf(NotAllowedException.class);
        }
        assertThat(runAs.person(ICB_MANAGER, () -> maturity.list())).noneMatch(a -> a.teamId() == team);
        // the owner cannot say "done" while their domain's stages are blank? Theirs is recorded, so they can
        WorkItem councilTask = taskOn(COUNCIL_MEMBER, id);
        assertThatThrownBy(() -> runAs.person(COUNCIL_MEMBER, () -> workflow.complete(councilTask.id(), Map.of())))
                .isInstanceOf(AssessmentRefusedException.class).hasMessageContaining("Working with people");
    }

    @Test
    void an_owner_who_misses_the_deadline_is_sent_back_their_domain_and_the_lead_submits_after() {
        long team = ledTeam(LEAD);
        long jo = personId(COUNCIL_MEMBER);
        long id = open(LEAD, team, Map.of("PEOPLE", jo), personId(LEAD));
        recordAllOwnedBy(LEAD, id, "STEP_1", "STEP_2");
        complete(LEAD, id, Map.of());

        long roundId = runAs.person(LEAD, () -> rounds.roundFor(MaturityService.ROUND_KIND, id)).orElseThrow().id();
        String round = runtime.createProcessInstanceQuery().processDefinitionKey(ResponseRound.KEY)
                .processInstanceBusinessKey(Long.toString(roundId)).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(round)
                .activityId(ResponseRound.TIMER_ROUND_DEADLINE).singleResult().getId());
        assertThat(runAs.person(COUNCIL_MEMBER, () -> tasks.yoursOn(id))).isEmpty();

        WorkItem moderate = taskOn(LEAD, id);
        assertThat(moderate.taskKey()).isEqualTo(MaturityAssessment.TASK_MODERATE_ASSESSMENT);
        assertThatThrownBy(() -> runAs.person(LEAD, () -> workflow.complete(moderate.id(),
                Map.of("moderation", "submit")))).isInstanceOf(AssessmentRefusedException.class)
                .hasMessageContaining("send it back");
        complete(LEAD, id, Map.of("moderation", "send-back", "returnTo", WorkGroups.personInTeam(team, jo),
                "question", "Please add the PPG survey as evidence."));

        AssessmentDetails asJo = runAs.person(COUNCIL_MEMBER, () -> maturity.assessment(id));
        long people = domain(asJo, "PEOPLE");
        assertThat(asJo.domains()).filteredOn(d -> d.domainId() == people).singleElement()
                .satisfies(d -> assertThat(d.leadQuestion()).isEqualTo("Please add the PPG survey as evidence."));
        runAs.person(COUNCIL_MEMBER, () -> maturity.recordDomain(id, people, draft(asJo, "STEP_2", "STEP_3")));
        complete(COUNCIL_MEMBER, id, Map.of("reply", "Added the survey of 400 patients."));
        complete(LEAD, id, Map.of("moderation", "submit"));

        assertThat(status(LEAD, id)).isEqualTo(AssessmentStatus.WITH_ICB);
    }

    @Test
    void a_new_framework_version_leaves_an_old_assessment_as_it_was() {
        long team = ledTeam(LEAD);
        long id = open(LEAD, team, Map.of(), personId(LEAD));
        recordAllOwnedBy(LEAD, id, "FOUNDATION", "STEP_1");
        AssessmentDetails before = runAs.person(LEAD, () -> maturity.assessment(id));

        String version = "2099-" + PERIODS.incrementAndGet();
        jdbc.update("insert into framework (code, name, version, source, team_id, sort_order) values "
                + "('PCN_MATURITY', 'PCN Maturity Matrix, revised', ?, 'A later revision', null, 3)", version);
        long fw = jdbc.queryForObject("select id from framework where code = 'PCN_MATURITY' and version = ?",
                Long.class, version);
        jdbc.update("insert into framework_item (framework_id, code, title, description, to_verify, sort_order) "
                + "values (?, 'DATA_PHM', 'Data, digital and population health', null, false, 1)", fw);
        jdbc.update("insert into maturity_stage (framework_id, code, label, to_verify, sort_order) values "
                + "(?, 'EMERGING', 'Emerging', false, 0)", fw);

        AssessmentDetails after = runAs.person(LEAD, () -> maturity.assessment(id));
        assertThat(after.framework().version()).isEqualTo("2019");
        assertThat(after.domains()).extracting(AssessmentDetails.DomainRow::domain)
                .containsExactlyElementsOf(before.domains().stream().map(AssessmentDetails.DomainRow::domain).toList());
        assertThat(after.domains()).extracting(d -> d.current().label()).containsOnly("Foundation");
        assertThat(after.framework().domains().get(0).descriptors())
                .isEqualTo(before.framework().domains().get(0).descriptors());
        assertThat(runAs.person(LEAD, () -> maturity.frameworks())).extracting(FrameworkVersion::version)
                .contains("2019", version);
    }

    @Test
    void the_seeded_matrix_has_five_domains_four_stages_and_a_descriptor_in_every_cell_marked_to_verify() {
        FrameworkVersion matrix = runAs.person(LEAD, () -> maturity.frameworks()).stream()
                .filter(f -> f.code().equals("PCN_MATURITY") && f.version().equals("2019")).findFirst().orElseThrow();
        assertThat(matrix.stages()).extracting(Stage::label).containsExactly("Foundation", "Step 1", "Step 2", "Step 3");
        assertThat(matrix.stages()).allMatch(Stage::toVerify);
        assertThat(matrix.domains()).hasSize(5).allSatisfy(d -> {
            assertThat(d.descriptors()).hasSize(4);
            assertThat(d.toVerify()).isTrue();
        });
        assertThat(matrix.source()).contains("NHS England");
        assertThat(jdbc.queryForObject("select count(*) from framework_item i join framework f on f.id = i.framework_id "
                + "where f.code = 'INTEGRATION_LEVELS'", Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from framework_item i join framework f on f.id = i.framework_id "
                + "where f.code = 'NH_FRAMEWORK' and i.to_verify = true", Integer.class)).isEqualTo(9);
    }

    @Test
    void only_a_lead_of_the_team_can_open_one_and_a_closing_date_must_be_in_the_future() {
        long team = ledTeam(LEAD);
        long framework = matrixId();
        Map<Long, Long> owners = new HashMap<>();
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> maturity.open(new OpenRequest(team, framework, "x",
                LocalDate.now(clock).plusDays(9), owners)))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(LEAD, () -> maturity.open(new OpenRequest(team, framework, "x",
                LocalDate.now(clock), owners)))).isInstanceOf(AssessmentRefusedException.class)
                .hasMessageContaining("after today");
    }

    @Test
    void a_gap_becomes_a_work_plan_priority_tagged_to_its_domain_and_then_shows_as_serving_it() {
        long team = ledTeam(LEAD);
        long id = open(LEAD, team, Map.of(), personId(LEAD));
        recordAllOwnedBy(LEAD, id, "STEP_1", "STEP_2");
        List<GapProposal> proposals = runAs.person(LEAD, () -> gaps.proposals(id));
        assertThat(proposals).hasSize(5);
        GapProposal data = proposals.stream().filter(g -> g.domain().startsWith("Use of data")).findFirst().orElseThrow();
        assertThat(data.title()).isEqualTo("Use of data and population health management: from Step 1 to Step 2");
        assertThat(data.whyItMatters()).contains("Support asked for: Support");
        int servingBefore = data.serving().size();

        long priority = runAs.person(LEAD, () -> gaps.accept(id, data.domainId(), "Shared PHM dashboard",
                data.whyItMatters()));
        assertThat(runAs.person(LEAD, () -> priorities.priority(priority)).priority().tags())
                .extracting(t -> t.code()).containsExactly("DATA_PHM");
        GapProposal after = runAs.person(LEAD, () -> gaps.proposals(id)).stream()
                .filter(g -> g.domainId() == data.domainId()).findFirst().orElseThrow();
        assertThat(after.decision()).isEqualTo("ACCEPTED");
        assertThat(after.serving()).hasSize(servingBefore + 1).extracting(p -> p.title()).contains("Shared PHM dashboard");
        assertThatThrownBy(() -> runAs.person(LEAD, () -> gaps.accept(id, data.domainId(), "Again", "x")))
                .isInstanceOf(AssessmentRefusedException.class);

        long people = proposals.stream().filter(g -> g.domain().startsWith("Working with")).findFirst().orElseThrow()
                .domainId();
        runAs.person(LEAD, () -> gaps.decline(id, people));
        assertThat(runAs.person(LEAD, () -> gaps.proposals(id))).filteredOn(g -> g.domainId() == people)
                .singleElement().satisfies(g -> assertThat(g.decision()).isEqualTo("DECLINED"));
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> gaps.proposals(id))).isInstanceOf(NotAllowedException.class);
    }

    // ----------------------------------------------------------------------------------------------------------------

    private long open(String lead, long team, Map<String, Long> ownersByCode, long everyOtherOwner) {
        long framework = matrixId();
        FrameworkVersion matrix = runAs.person(lead, () -> maturity.frameworks()).stream()
                .filter(f -> f.id() == framework).findFirst().orElseThrow();
        Map<Long, Long> owners = new HashMap<>();
        matrix.domains().forEach(d -> owners.put(d.id(), ownersByCode.getOrDefault(d.code(), everyOtherOwner)));
        String period = "Test " + PERIODS.incrementAndGet();
        return runAs.person(lead, () -> maturity.open(new OpenRequest(team, framework, period,
                LocalDate.now(clock).plusWeeks(3), owners)));
    }

    private long matrixId() {
        return jdbc.queryForObject("select id from framework where code = 'PCN_MATURITY' and version = '2019'",
                Long.class);
    }

    private void recordAll(String owner, long id, String current, String target, String evidence, String support) {
        AssessmentDetails details = runAs.person(owner, () -> maturity.assessment(id));
        for (AssessmentDetails.DomainRow row : details.domains()) {
            DomainDraft draft = new DomainDraft(stage(details, current), stage(details, target), evidence, support);
            runAs.person(owner, () -> maturity.recordDomain(id, row.domainId(), draft));
        }
    }

    private void recordAllOwnedBy(String owner, long id, String current, String target) {
        AssessmentDetails details = runAs.person(owner, () -> maturity.assessment(id));
        for (AssessmentDetails.DomainRow row : details.domains()) {
            if (row.youMayRecord()) {
                runAs.person(owner, () -> maturity.recordDomain(id, row.domainId(),
                        draft(details, current, target)));
            }
        }
    }

    private static DomainDraft draft(AssessmentDetails details, String current, String target) {
        return new DomainDraft(stage(details, current), stage(details, target), "Evidence", "Support");
    }

    private static long stage(AssessmentDetails details, String code) {
        return details.framework().stages().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow().id();
    }

    private static long domain(AssessmentDetails details, String code) {
        return details.domains().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow().domainId();
    }

    private void complete(String person, long id, Map<String, Object> values) {
        WorkItem task = taskOn(person, id);
        var outcome = runAs.person(person, () -> workflow.complete(task.id(), values));
        assertThat(outcome.errors()).as(task.name()).isEmpty();
    }

    private WorkItem taskOn(String person, long id) {
        return runAs.person(person, () -> tasks.yoursOn(id)).stream().findFirst()
                .orElseThrow(() -> new AssertionError(person + " has no task"));
    }

    private AssessmentStatus status(String person, long id) {
        return runAs.person(person, () -> maturity.assessment(id)).status();
    }

    private long ledTeam(String lead) {
        return runAs.person(lead, () -> currentUser.require().ledTeams().iterator().next());
    }

    private long personId(String email) {
        return runAs.person(email, () -> currentUser.require().personId());
    }
}

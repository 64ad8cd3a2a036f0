package org.neighbourhoodportal.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;
import static org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ICB_MANAGER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.AdminRecords.MemberOrganisation;
import org.neighbourhoodportal.directory.Role;
import org.neighbourhoodportal.processes.FundingBid;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.workflow.StartOutcome;
import org.neighbourhoodportal.workflow.TaskOutcome;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.neighbourhoodportal.workplan.ActionRow;
import org.neighbourhoodportal.workplan.PriorityDetails;
import org.neighbourhoodportal.workplan.PriorityService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A joint funding bid taken through the portal's services as the people who do it: the Harborough lead logs it, VASL
 * and the district council say they could take part, the lead goes ahead, their signatories commit, and the bid is
 * drafted, approved, submitted and won (appearing in the work plan) or lost and reopened.
 */
@PortalTest
class FundingBidTests {

    @Autowired RunAs runAs;
    @Autowired FundingService funding;
    @Autowired FundingTasks fundingTasks;
    @Autowired WorkflowService workflow;
    @Autowired DirectoryService directory;
    @Autowired DirectoryAdministration administration;
    @Autowired PriorityService priorities;
    @Autowired Clock clock;
    @Autowired org.neighbourhoodportal.rounds.RoundService rounds;
    @Autowired org.neighbourhoodportal.security.CurrentUser currentUser;

    @Test
    void a_bid_goes_from_opportunity_to_a_win_that_adds_a_priority_with_reporting_milestones_to_the_work_plan() {
        nameSignatories();
        LocalDate today = LocalDate.now(clock);
        long id = log("Admiral Nurse for Harborough", today.plusDays(70), today.plusDays(7));
        assertThat(runAs.person(LEAD, () -> funding.details(id).stage())).isEqualTo(BidStage.INTEREST);

        answer(MEMBER, id, Map.of("interested", "yes", "role", "Host the post", "matchFunding", 5000L));
        answer(COUNCIL_MEMBER, id, Map.of("interested", "yes", "role", "Referrals"));
        closeInterest(id);

        BidDetails weighed = runAs.person(LEAD, () -> funding.details(id));
        assertThat(weighed.stage()).isEqualTo(BidStage.GO_NO_GO);
        assertThat(weighed.recommendation()).isEqualTo("go");
        assertThat(weighed.recommendationReasons()).contains("2 member organisations can take part.");
        complete(LEAD, id, FundingBid.TASK_DECIDE_GO_NO_GO, Map.of("goAhead", "go"));

        complete(LEAD, id, FundingBid.TASK_NAME_LEAD_PARTNER, Map.of("leadOrganisationId", vaslId(),
                "commitmentsDueOn", today.plusDays(14), "draftWorkingDays", 10L, "approvalWorkingDays", 5L));
        BidDetails named = runAs.person(LEAD, () -> funding.details(id));
        assertThat(named.leadPartner()).startsWith("Voluntary Action South Leicestershire");
        assertThat(named.approvalDueOn()).isEqualTo(WorkingDays.before(today.plusDays(70), 5));

        answer(MEMBER, id, Map.of("commitment", "committed", "committedMoney", 5000L,
                "committedStaff", "Line management of the nurse"));
        answer(COUNCIL_MEMBER, id, Map.of("commitment", "committed", "committedStaff", "0.1 FTE referrals"));

        assertThat(runAs.person(LEAD, () -> funding.details(id).stage())).isEqualTo(BidStage.DRAFTING);
        complete(MEMBER, id, FundingBid.TASK_DRAFT_BID, Map.of("draftNote", "Draft attached."));
        complete(LEAD, id, FundingBid.TASK_APPROVE_BID, Map.of("approval", "approved"));
        complete(LEAD, id, FundingBid.TASK_SUBMIT_BID, Map.of("submittedOn", today, "funderReference", "AN-123",
                "submissionNote", "Application form and budget."));
        complete(LEAD, id, FundingBid.TASK_RECORD_OUTCOME, Map.of("outcome", "won", "amountAwarded", 60000L,
                "priorityTitle", "Admiral Nurse service", "fundedActions", "Recruit the nurse\nSet up referrals",
                "firstReportDue", today.plusMonths(6), "finalReportDue", today.plusMonths(12)));

        BidDetails won = runAs.person(LEAD, () -> funding.details(id));
        assertThat(won.stage()).isEqualTo(BidStage.WON);
        assertThat(won.partners()).filteredOn(p -> Boolean.TRUE.equals(p.interested()))
                .extracting(BidDetails.Partner::commitment).containsOnly("committed");
        assertThat(won.waitingOn()).isEmpty();
        PriorityDetails priority = runAs.person(LEAD, () -> priorities.priority(won.wonPriorityId()));
        assertThat(priority.priority().title()).isEqualTo("Admiral Nurse service");
        assertThat(priority.actions()).extracting(ActionRow::title).containsExactlyInAnyOrder("Recruit the nurse",
                "Set up referrals", "Report to NHS Charities Together due", "Report to NHS Charities Together due");
        assertThat(priority.actions()).filteredOn(ActionRow::milestone).extracting(ActionRow::dueOn)
                .containsExactlyInAnyOrder(today.plusMonths(6), today.plusMonths(12));
        assertThat(won.timeline()).extracting(e -> e.what()).contains("Opportunity logged", "Advised: go ahead",
                "Won");
    }

    @Test
    void a_lost_bid_keeps_its_lessons_and_can_be_reopened_as_a_new_opportunity() {
        nameSignatories();
        LocalDate today = LocalDate.now(clock);
        long id = throughToSubmission("Green Social Prescribing", today);
        complete(LEAD, id, FundingBid.TASK_RECORD_OUTCOME, Map.of("outcome", "lost",
                "feedback", "Strong partnership, weak evaluation plan.", "lessons", "Bring in an evaluator early."));

        BidDetails lost = runAs.person(LEAD, () -> funding.details(id));
        assertThat(lost.stage()).isEqualTo(BidStage.LOST);
        assertThat(lost.lessons()).isEqualTo("Bring in an evaluator early.");
        assertThat(lost.mayReopen()).isTrue();
        assertThat(runAs.person(MEMBER, () -> funding.details(id).mayReopen())).isFalse();

        Map<String, Object> again = new HashMap<>(runAs.person(LEAD, () -> funding.reopenValues(id)));
        again.put("deadline", today.plusDays(90));
        again.put("interestClosesOn", today.plusDays(10));
        StartOutcome reopened = runAs.person(LEAD, () -> funding.reopen(id, again));
        assertThat(reopened.errors()).isEmpty();
        BidDetails fresh = runAs.person(LEAD, () -> funding.details(reopened.recordId()));
        assertThat(fresh.reopenedFromId()).isEqualTo(id);
        assertThat(fresh.fund()).isEqualTo(lost.fund());
        assertThat(fresh.stage()).isEqualTo(BidStage.INTEREST);
    }

    @Test
    void going_against_the_advice_needs_a_reason_and_the_reason_is_kept() {
        LocalDate today = LocalDate.now(clock);
        long id = log("Too soon", today.plusDays(5), today.plusDays(2));
        answer(MEMBER, id, Map.of("interested", "yes"));
        answer(COUNCIL_MEMBER, id, Map.of("interested", "no"));
        closeInterest(id);
        BidDetails advised = runAs.person(LEAD, () -> funding.details(id));
        assertThat(advised.recommendation()).isEqualTo("no-go");
        assertThat(advised.recommendationReasons()).contains("Against: Fewer than two member organisations");

        WorkItem decide = taskOn(LEAD, id, FundingBid.TASK_DECIDE_GO_NO_GO);
        assertThatThrownBy(() -> runAs.person(LEAD, () -> workflow.complete(decide.id(), Map.of("goAhead", "go"))))
                .isInstanceOf(BidInputException.class).hasMessageContaining("please say why");
        complete(LEAD, id, FundingBid.TASK_DECIDE_GO_NO_GO, Map.of("goAhead", "go",
                "overrideReason", "The funder told us a single-partner bid is fine this round."));

        BidDetails overridden = runAs.person(LEAD, () -> funding.details(id));
        assertThat(overridden.goDecision()).isEqualTo("go");
        assertThat(overridden.overrideReason()).startsWith("The funder told us");
        assertThat(overridden.stage()).isEqualTo(BidStage.PARTNERS);
    }

    @Test
    void a_partner_withdraws_and_the_lead_stops_the_bid() {
        nameSignatories();
        LocalDate today = LocalDate.now(clock);
        long id = toCommitments("Withdrawal", today);
        answer(MEMBER, id, Map.of("commitment", "committed", "committedMoney", 100L));
        answer(COUNCIL_MEMBER, id, Map.of("commitment", "withdrawn", "commitmentNotes", "No staff this year."));

        assertThat(taskOn(LEAD, id, FundingBid.TASK_REVIEW_WITHDRAWALS)).isNotNull();
        complete(LEAD, id, FundingBid.TASK_REVIEW_WITHDRAWALS, Map.of("carryOn", "stop",
                "stopReason", "The council's part was essential."));
        BidDetails stopped = runAs.person(LEAD, () -> funding.details(id));
        assertThat(stopped.stage()).isEqualTo(BidStage.NOT_PURSUED);
        assertThat(stopped.closedReason()).isEqualTo("The council's part was essential.");
    }

    @Test
    void only_the_designated_signatory_can_commit_an_organisation() {
        nameSignatories();
        long colleague = runAs.person(ADMINISTRATOR, () -> {
            long person = administration.savePerson(null, "colleague@vasl.test", "Sam Colleague", "Officer",
                    Long.parseLong(vaslId()));
            administration.grantRole(person, Role.MEMBER, harborough());
            return person;
        });
        long id = toCommitments("Signatories only", LocalDate.now(clock));
        WorkItem vaslTask = runAs.person("colleague@vasl.test", () -> fundingTasks.yoursOn(id)).get(0);

        assertThatThrownBy(() -> runAs.person("colleague@vasl.test", () -> workflow.complete(vaslTask.id(),
                Map.of("commitment", "committed")))).isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("designated signatory");
        assertThat(colleague).isPositive();
    }

    @Test
    void an_icb_manager_reads_their_icbs_pipelines_and_another_ints_lead_reads_nothing() {
        LocalDate today = LocalDate.now(clock);
        long id = log("Harborough only", today.plusDays(70), today.plusDays(7));
        assertThatThrownBy(() -> runAs.person(THURROCK_LEAD, () -> funding.details(id)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(runAs.person(THURROCK_LEAD, () -> funding.pipeline())).noneMatch(r -> r.id() == id);
        // Harborough is in LLR; the demo ICB manager manages Mid and South Essex
        assertThat(runAs.person(ICB_MANAGER, () -> funding.pipeline())).noneMatch(r -> r.id() == id);
        assertThat(runAs.person(LEAD, () -> funding.fundSummaries())).anySatisfy(s -> {
            assertThat(s.fund()).isEqualTo("Joint bid fund");
            assertThat(s.sought()).isGreaterThanOrEqualTo(40000);
        });
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> funding.logOpportunity(values("x", today.plusDays(9),
                today.plusDays(3))))).isInstanceOf(NotAllowedException.class);
    }

    // ----------------------------------------------------------------

    private long throughToSubmission(String title, LocalDate today) {
        long id = toCommitments(title, today);
        answer(MEMBER, id, Map.of("commitment", "committed"));
        answer(COUNCIL_MEMBER, id, Map.of("commitment", "committed"));
        complete(LEAD, id, FundingBid.TASK_DRAFT_BID, Map.of("draftNote", "Ready."));
        complete(LEAD, id, FundingBid.TASK_APPROVE_BID, Map.of("approval", "approved"));
        complete(LEAD, id, FundingBid.TASK_SUBMIT_BID, Map.of("submittedOn", today, "submissionNote", "Form."));
        return id;
    }

    private long toCommitments(String title, LocalDate today) {
        long id = log(title, today.plusDays(70), today.plusDays(7));
        answer(MEMBER, id, Map.of("interested", "yes"));
        answer(COUNCIL_MEMBER, id, Map.of("interested", "yes"));
        closeInterest(id);
        complete(LEAD, id, FundingBid.TASK_DECIDE_GO_NO_GO, Map.of("goAhead", "go"));
        complete(LEAD, id, FundingBid.TASK_NAME_LEAD_PARTNER, Map.of("leadOrganisationId", vaslId(),
                "commitmentsDueOn", today.plusDays(14), "draftWorkingDays", 10L, "approvalWorkingDays", 5L));
        return id;
    }

    private long harborough() {
        return runAs.person(LEAD, () -> currentUser.require().ledTeams().iterator().next());
    }

    private String vaslId() {
        return runAs.person(LEAD, () -> administration.memberOrganisations(harborough())).stream()
                .filter(o -> o.name().startsWith("Voluntary Action")).findFirst().map(o -> Long.toString(o.organisationId()))
                .orElseThrow();
    }

    private void nameSignatories() {
        runAs.person(LEAD, () -> {
            for (MemberOrganisation o : administration.memberOrganisations(harborough())) {
                if (o.signatoryId() == null && !o.representatives().isEmpty()) {
                    administration.nameSignatory(harborough(), o.organisationId(), o.representatives().get(0).id());
                }
            }
        });
    }

    private long log(String title, LocalDate deadline, LocalDate interestCloses) {
        StartOutcome outcome = runAs.person(LEAD, () -> funding.logOpportunity(values(title, deadline,
                interestCloses)));
        assertThat(outcome.errors()).isEmpty();
        return outcome.recordId();
    }

    private Map<String, Object> values(String title, LocalDate deadline, LocalDate interestCloses) {
        Map<String, Object> values = new HashMap<>();
        values.put("teamId", Long.toString(harborough()));
        values.put("title", title);
        values.put("funder", "NHS Charities Together");
        values.put("fund", "Joint bid fund");
        values.put("amountSought", 40000L);
        values.put("deadline", deadline);
        values.put("interestClosesOn", interestCloses);
        List<org.neighbourhoodportal.forms.Option> options = runAs.person(LEAD,
                () -> funding.logFormOptions().get(FundingService.PRIORITY_OPTIONS));
        values.put("priorities", List.of(options.get(0).value()));
        return values;
    }

    private void answer(String person, long bidId, Map<String, Object> values) {
        WorkItem task = runAs.person(person, () -> fundingTasks.yoursOn(bidId)).stream().findFirst()
                .orElseThrow(() -> new AssertionError(person + " has no task on the bid"));
        TaskOutcome outcome = runAs.person(person, () -> workflow.complete(task.id(), values));
        assertThat(outcome.errors()).isEmpty();
    }

    private WorkItem taskOn(String person, long bidId, String taskKey) {
        return runAs.person(person, () -> fundingTasks.yoursOn(bidId)).stream()
                .filter(t -> t.taskKey().equals(taskKey)).findFirst()
                .orElseThrow(() -> new AssertionError(person + " has no " + taskKey));
    }

    private void complete(String person, long bidId, String taskKey, Map<String, Object> values) {
        WorkItem task = taskOn(person, bidId, taskKey);
        TaskOutcome outcome = runAs.person(person, () -> workflow.complete(task.id(), values));
        assertThat(outcome.errors()).isEmpty();
    }

    /**
     * The demo INT has sixteen member organisations, each with someone to answer; the tests hear from two and the
     * lead closes the round of interest early, as a lead with enough answers would.
     */
    private void closeInterest(long id) {
        runAs.person(LEAD, () -> rounds.closeEarly(
                rounds.roundFor(FundingService.INTEREST_ROUND, id).orElseThrow().id(), "Enough answers to decide."));
    }
}

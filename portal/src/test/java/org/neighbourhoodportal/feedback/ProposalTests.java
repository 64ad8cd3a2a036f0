package org.neighbourhoodportal.feedback;

import org.neighbourhoodportal.workflow.StartOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.SECOND_PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.processes.PpgProposalProcess;
import org.neighbourhoodportal.processes.ResponseRound;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;

/** The loop the other way: the INT asks its PPGs for their view and tells them what it will do. */
@PortalTest
class ProposalTests {

    @Autowired RunAs runAs;
    @Autowired ProposalService proposals;
    @Autowired WorkflowService workflow;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired Clock clock;
    @Autowired ProposalTasks proposalTasks;
    @Autowired org.neighbourhoodportal.rounds.RoundService rounds;

    @Test
    void every_ppg_of_the_team_gives_its_view_then_the_lead_decides_and_the_decision_is_shared() {
        long id = share("Extended hours on Saturdays", LocalDate.now(clock).plusWeeks(2));

        giveView(PPG_REP, id, "support", "Members would use it.", 14L);
        assertThat(runAs.person(LEAD, () -> proposals.details(id).waitingOn()))
                .containsExactly("Give your view on the proposal");
        giveView(SECOND_PPG_REP, id, "support-with-changes", "Please include evening slots.", null);
        assertThat(runAs.person(LEAD, () -> proposals.list())).filteredOn(r -> r.id() == id).singleElement()
                .satisfies(r -> {
                    assertThat(r.invited()).isEqualTo(2);
                    assertThat(r.answered()).isEqualTo(2);
                });

        WorkItem decide = taskOn(LEAD, id);
        assertThat(decide.taskKey()).isEqualTo(PpgProposalProcess.TASK_RECORD_PROPOSAL_DECISION);
        assertThat(runAs.person(LEAD, () -> workflow.complete(decide.id(),
                Map.of("decision", "We will run a pilot from March with evening slots.")).completed())).isTrue();

        ProposalDetails asPpg = runAs.person(PPG_REP, () -> proposals.details(id));
        assertThat(asPpg.status()).isEqualTo(ProposalStatus.PUBLISHED);
        assertThat(asPpg.decision()).isEqualTo("We will run a pilot from March with evening slots.");
        assertThat(asPpg.views()).extracting(v -> v.stance())
                .containsExactlyInAnyOrder(ProposalStance.SUPPORT, ProposalStance.SUPPORT_WITH_CHANGES);
        assertThat(asPpg.views()).filteredOn(v -> v.stance() == ProposalStance.SUPPORT)
                .singleElement().satisfies(v -> assertThat(v.peopleConsulted()).isEqualTo(14));
    }

    @Test
    void before_the_decision_is_shared_a_ppg_sees_only_its_own_view() {
        long id = share("Community cafe", LocalDate.now(clock).plusWeeks(2));
        giveView(PPG_REP, id, "support", "Yes please.", null);
        giveView(SECOND_PPG_REP, id, "do-not-support", "Not enough parking.", null);

        assertThat(runAs.person(PPG_REP, () -> proposals.details(id).views()))
                .extracting(v -> v.comments()).containsExactly("Yes please.");
        assertThat(runAs.person(LEAD, () -> proposals.details(id).views())).hasSize(2);
    }

    @Test
    void when_the_closing_date_passes_the_missing_views_are_cancelled_and_the_lead_decides() {
        long id = share("Travel clinic", LocalDate.now(clock).plusDays(3));
        giveView(PPG_REP, id, "support", "Good idea.", null);

        long roundId = runAs.person(LEAD, () -> rounds.roundFor(ProposalService.ROUND_KIND, id)).orElseThrow().id();
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(roundId))
                .processDefinitionKey(ResponseRound.KEY).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance)
                .activityId(ResponseRound.TIMER_ROUND_DEADLINE).singleResult().getId());

        assertThat(runAs.person(SECOND_PPG_REP, () -> proposalTasks.yoursOn(id))).isEmpty();
        assertThat(taskOn(LEAD, id).taskKey()).isEqualTo(PpgProposalProcess.TASK_RECORD_PROPOSAL_DECISION);
        assertThat(runAs.person(LEAD, () -> proposals.details(id).views())).hasSize(1);
    }

    @Test
    void a_closing_date_that_is_not_in_the_future_is_refused_and_nothing_is_sent() {
        int before = runAs.person(LEAD, () -> proposals.list().size());
        StartOutcome outcome = runAs.person(LEAD, () -> proposals.share(values("Too late", LocalDate.now(clock))));

        assertThat(outcome.isSaved()).isFalse();
        assertThat(outcome.errors()).extracting(e -> e.key()).containsExactly("closesOn");
        assertThat(runAs.person(LEAD, () -> proposals.list())).hasSize(before);
    }

    @Test
    void only_a_lead_of_the_team_can_ask_its_ppgs() {
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> proposals.share(values("x", LocalDate.now(clock).plusDays(9)))))
                .isInstanceOf(NotAllowedException.class);
        // a lead of another team is offered only their own team, so Harborough's id is refused by the form
        StartOutcome outcome = runAs.person(THURROCK_LEAD, () -> proposals.share(values("x", LocalDate.now(clock).plusDays(9))));
        assertThat(outcome.errors()).extracting(e -> e.key()).contains("teamId");
    }

    @Test
    void another_ints_lead_cannot_read_the_proposal() {
        long id = share("Harborough only", LocalDate.now(clock).plusWeeks(1));
        assertThatThrownBy(() -> runAs.person(THURROCK_LEAD, () -> proposals.details(id)))
                .isInstanceOf(NotAllowedException.class);
    }

    private long share(String title, LocalDate closesOn) {
        StartOutcome outcome = runAs.person(LEAD, () -> proposals.share(values(title, closesOn)));
        assertThat(outcome.errors()).isEmpty();
        return outcome.recordId();
    }

    private Map<String, Object> values(String title, LocalDate closesOn) {
        Map<String, Object> values = new HashMap<>();
        values.put("teamId", runAs.person(LEAD, () ->
                proposals.shareFormOptions().get(ProposalService.TEAM_OPTIONS).get(0).value()));
        values.put("title", title);
        values.put("proposal", "What do your members think of: " + title + "?");
        values.put("closesOn", closesOn);
        return values;
    }

    private void giveView(String rep, long proposalId, String view, String comments, Long people) {
        WorkItem task = taskOn(rep, proposalId);
        Map<String, Object> values = new HashMap<>(Map.of("view", view, "comments", comments));
        if (people != null) {
            values.put("peopleConsulted", people);
        }
        var outcome = runAs.person(rep, () -> workflow.complete(task.id(), values));
        assertThat(outcome.errors()).isEmpty();
    }

    private WorkItem taskOn(String person, long proposalId) {
        return runAs.person(person, () -> proposalTasks.yoursOn(proposalId))
                .stream().findFirst().orElseThrow(() -> new AssertionError(person + " has no task"));
    }
}

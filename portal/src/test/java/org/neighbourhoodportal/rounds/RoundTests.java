package org.neighbourhoodportal.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.SECOND_PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.feedback.ProposalService;
import org.neighbourhoodportal.feedback.ProposalTasks;
import org.neighbourhoodportal.notifications.NotificationKind;
import org.neighbourhoodportal.notifications.NotificationService;
import org.neighbourhoodportal.processes.PpgProposalProcess;
import org.neighbourhoodportal.processes.ResponseRound;
import org.neighbourhoodportal.reporting.MovableClock;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.timeline.TimelineEntry;
import org.neighbourhoodportal.workflow.StartOutcome;
import org.neighbourhoodportal.workflow.TaskConflictException;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A round of answers through the portal, with the PPG proposal as the feature that asks: who was asked, who answered,
 * who is late; the lead's chase, extension and early close; late answers refused in words.
 */
@PortalTest
@Import(MovableClock.Configuration.class)
class RoundTests {

    @Autowired RunAs runAs;
    @Autowired RoundService rounds;
    @Autowired ProposalService proposals;
    @Autowired ProposalTasks proposalTasks;
    @Autowired WorkflowService workflow;
    @Autowired NotificationService notifications;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired MovableClock clock;

    @AfterEach
    void realClock() {
        clock.reset();
    }

    @Test
    void the_round_shows_who_was_asked_who_answered_and_when_and_then_who_is_late() {
        long id = share("Round: Saturday clinic", 14);
        RoundView opened = round(LEAD, id);
        assertThat(opened.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(opened.parties()).hasSize(2).allSatisfy(p -> assertThat(p.state()).isEqualTo(PartyState.ASKED));
        assertThat(opened.mayManage()).isTrue();
        assertThat(round(PPG_REP, id).mayManage()).as("a PPG sees the round but cannot run it").isFalse();
        assertThat(round(MEMBER, id).parties()).as("the team's members see it too").hasSize(2);

        giveView(PPG_REP, id);
        RoundView oneIn = round(LEAD, id);
        assertThat(oneIn.answered()).isEqualTo(1);
        assertThat(oneIn.parties()).filteredOn(p -> p.state() == PartyState.ANSWERED).singleElement()
                .satisfies(p -> {
                    assertThat(p.answeredByName()).isNotBlank();
                    assertThat(p.answeredAt()).isNotNull();
                });

        runDeadline(id);

        RoundView closed = round(LEAD, id);
        assertThat(closed.status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(closed.closeReason()).isEqualTo("The deadline passed.");
        assertThat(closed.parties()).extracting(RoundView.PartyRow::state)
                .containsExactlyInAnyOrder(PartyState.ANSWERED, PartyState.LATE);
        assertThat(closed.mayManage()).isFalse();
        assertThat(taskOn(LEAD, id).taskKey()).isEqualTo(PpgProposalProcess.TASK_RECORD_PROPOSAL_DECISION);
    }

    @Test
    void an_answer_after_the_deadline_is_refused_in_words_even_before_the_engine_has_closed_the_round() {
        long id = share("Round: late answer", 3);
        WorkItem view = taskOn(SECOND_PPG_REP, id);
        clock.set(round(LEAD, id).closesAt().plusSeconds(60));

        assertThatThrownBy(() -> runAs.person(SECOND_PPG_REP, () -> workflow.complete(view.id(), viewValues())))
                .isInstanceOf(RoundClosedException.class)
                .hasMessageStartingWith("The deadline for answers was")
                .hasMessageContaining("your answer was not saved");
        assertThat(runAs.person(LEAD, () -> proposals.details(id).views())).isEmpty();
        assertThat(round(LEAD, id).answered()).isZero();
    }

    @Test
    void an_answer_to_a_task_the_deadline_has_ended_is_told_its_time_is_up_not_that_someone_else_did_it() {
        long id = share("Round: too late", 3);
        WorkItem view = taskOn(SECOND_PPG_REP, id);
        runDeadline(id);

        assertThatThrownBy(() -> runAs.person(SECOND_PPG_REP, () -> workflow.complete(view.id(), viewValues())))
                .isInstanceOf(TaskConflictException.class)
                .hasMessageStartingWith("This task has ended without an answer");
    }

    @Test
    void the_lead_chases_one_ppg_whose_task_goes_to_the_top_and_who_is_told() {
        long id = share("Round: chase", 14);
        RoundView.PartyRow second = partyOf(SECOND_PPG_REP, id);

        runAs.person(LEAD, () -> rounds.chase(round(LEAD, id).id(), second.id()));

        assertThat(round(LEAD, id).parties()).filteredOn(p -> p.id() == second.id()).singleElement()
                .satisfies(p -> assertThat(p.chases()).isEqualTo(1));
        assertThat(taskOn(SECOND_PPG_REP, id).isEscalated()).isTrue();
        assertThat(taskOn(PPG_REP, id).isEscalated()).as("the other PPG was not chased").isFalse();
        assertThat(runAs.person(SECOND_PPG_REP, () -> notifications.latest(0, 50)))
                .anyMatch(n -> n.kind() == NotificationKind.ROUND_CHASED && n.route().equals("proposals/" + id));
        assertThatThrownBy(() -> runAs.person(PPG_REP, () -> rounds.chase(round(LEAD, id).id(), second.id())))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void the_lead_extends_the_deadline_and_the_tasks_and_timer_move_and_everyone_is_told() {
        long id = share("Round: extend", 5);
        RoundView before = round(LEAD, id);
        String taskBefore = taskOn(PPG_REP, id).id();
        LocalDate newDay = LocalDate.ofInstant(before.closesAt(), clock.getZone()).plusDays(10);

        runAs.person(LEAD, () -> rounds.extend(before.id(), newDay));

        Instant newClose = PortalTime.endOf(newDay, clock);
        RoundView after = round(LEAD, id);
        assertThat(after.closesAt()).isEqualTo(newClose);
        assertThat(after.extensions()).isEqualTo(1);
        WorkItem task = taskOn(PPG_REP, id);
        assertThat(task.id()).as("the task someone may have open is kept").isEqualTo(taskBefore);
        assertThat(task.due()).isEqualTo(newClose);
        assertThat(deadlineJob(id).getDuedate().toInstant()).isEqualTo(newClose);
        for (String person : List.of(PPG_REP, SECOND_PPG_REP, LEAD)) {
            assertThat(runAs.person(person, () -> notifications.latest(0, 50))).as(person)
                    .anyMatch(n -> n.kind() == NotificationKind.ROUND_CHANGED && n.title().startsWith("More time"));
        }
        assertThatThrownBy(() -> runAs.person(LEAD, () -> rounds.extend(before.id(),
                LocalDate.ofInstant(before.closesAt(), clock.getZone()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Choose a day after");
    }

    @Test
    void the_lead_closes_the_round_early_with_a_reason_and_the_open_views_end() {
        long id = share("Round: close early", 14);
        giveView(PPG_REP, id);
        long roundId = round(LEAD, id).id();

        assertThatThrownBy(() -> runAs.person(LEAD, () -> rounds.closeEarly(roundId, "  ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Say why");
        assertThatThrownBy(() -> runAs.person(PPG_REP, () -> rounds.closeEarly(roundId, "Not mine to close")))
                .isInstanceOf(NotAllowedException.class);
        runAs.person(LEAD, () -> rounds.closeEarly(roundId, "The practice has decided already."));

        RoundView closed = round(LEAD, id);
        assertThat(closed.status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(closed.closeReason()).isEqualTo("The practice has decided already.");
        assertThat(closed.closedByName()).isNotBlank();
        assertThat(closed.parties()).extracting(RoundView.PartyRow::state)
                .containsExactlyInAnyOrder(PartyState.ANSWERED, PartyState.CLOSED);
        assertThat(runAs.person(SECOND_PPG_REP, () -> proposalTasks.yoursOn(id))).isEmpty();
        assertThat(taskOn(LEAD, id).taskKey()).isEqualTo(PpgProposalProcess.TASK_RECORD_PROPOSAL_DECISION);
        assertThat(runAs.person(SECOND_PPG_REP, () -> notifications.latest(0, 50)))
                .anyMatch(n -> n.kind() == NotificationKind.ROUND_CHANGED && n.title().startsWith("Closed early"));
        assertThatThrownBy(() -> runAs.person(LEAD, () -> rounds.closeEarly(roundId, "Again")))
                .isInstanceOf(RoundClosedException.class);
    }

    @Test
    void another_ints_lead_cannot_see_or_run_the_round() {
        long id = share("Round: Harborough only", 14);
        long roundId = round(LEAD, id).id();

        assertThat(runAs.person(THURROCK_LEAD, () -> rounds.roundFor(ProposalService.ROUND_KIND, id))).isEmpty();
        assertThatThrownBy(() -> runAs.person(THURROCK_LEAD, () -> rounds.round(roundId)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(THURROCK_LEAD, () -> rounds.closeEarly(roundId, "No")))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void every_step_of_the_round_is_on_the_proposals_timeline_credited_to_who_acted() {
        long id = share("Round: timeline", 5);
        long roundId = round(LEAD, id).id();
        giveView(PPG_REP, id);
        runAs.person(LEAD, () -> rounds.chase(roundId, partyOf(SECOND_PPG_REP, id).id()));
        LocalDate newDay = LocalDate.ofInstant(round(LEAD, id).closesAt(), clock.getZone()).plusDays(7);
        runAs.person(LEAD, () -> rounds.extend(roundId, newDay));
        runDeadline(id);

        List<TimelineEntry> lines = timeline(LEAD, id);
        assertThat(lines).extracting(TimelineEntry::kind).containsSubsequence("ROUND_OPENED", "ROUND_ANSWERED",
                "ROUND_CHASED", "ROUND_EXTENDED", "ROUND_CLOSED");
        assertThat(line(lines, "ROUND_OPENED")).satisfies(l -> {
            assertThat(l.what()).startsWith("Answers asked for by ");
            assertThat(l.who()).isEqualTo("Helen Carter");
            assertThat(l.detail()).startsWith("Asked: ");
        });
        assertThat(line(lines, "ROUND_ANSWERED")).satisfies(l -> {
            assertThat(l.what()).endsWith(" answered");
            assertThat(l.who()).isEqualTo("Margaret Ellis");
            assertThat(l.detail()).as("the feature's words for the answer").isEqualTo("Supports it");
            assertThat(l.internal()).isTrue();
        });
        assertThat(line(lines, "ROUND_CHASED")).satisfies(l -> {
            assertThat(l.what()).endsWith(" reminded to answer");
            assertThat(l.who()).isEqualTo("Helen Carter");
        });
        assertThat(line(lines, "ROUND_EXTENDED").what()).isEqualTo("Deadline for answers moved to "
                + newDay.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
        assertThat(line(lines, "ROUND_CLOSED")).satisfies(l -> {
            assertThat(l.what()).isEqualTo("Answers closed at the deadline: 1 has not answered");
            assertThat(l.byPerson()).isFalse();
            assertThat(l.who()).isEqualTo(RoundTimeline.CLOSING_STEP);
        });
        assertThat(lines).filteredOn(l -> l.kind().startsWith("ROUND_ANSWERED")).hasSize(1);

        assertThat(timeline(SECOND_PPG_REP, id)).as("a PPG sees the round open, move and close, not who answered "
                + "or was chased").extracting(TimelineEntry::kind)
                .contains("ROUND_OPENED", "ROUND_EXTENDED", "ROUND_CLOSED")
                .doesNotContain("ROUND_ANSWERED", "ROUND_CHASED");
    }

    @Test
    void a_round_closed_early_or_answered_by_everyone_says_so_on_the_timeline() {
        long early = share("Round: timeline closed early", 14);
        runAs.person(LEAD, () -> rounds.closeEarly(round(LEAD, early).id(), "The practice has decided already."));
        assertThat(line(timeline(PPG_REP, early), "ROUND_CLOSED_EARLY")).satisfies(l -> {
            assertThat(l.what()).isEqualTo("Answers closed early");
            assertThat(l.detail()).isEqualTo("The practice has decided already.");
            assertThat(l.who()).isEqualTo("Helen Carter");
        });

        long everyone = share("Round: timeline everyone answered", 14);
        giveView(PPG_REP, everyone);
        giveView(SECOND_PPG_REP, everyone);
        assertThat(line(timeline(LEAD, everyone), "ROUND_CLOSED").what())
                .isEqualTo("Answers closed: everyone answered");
        assertThat(timeline(LEAD, everyone)).filteredOn(l -> l.kind().equals("ROUND_ANSWERED"))
                .extracting(TimelineEntry::who).containsExactlyInAnyOrder("Margaret Ellis", "Ray Turner");
    }

    private List<TimelineEntry> timeline(String person, long proposalId) {
        return runAs.person(person, () -> proposals.details(proposalId).timeline());
    }

    private static TimelineEntry line(List<TimelineEntry> lines, String kind) {
        return lines.stream().filter(l -> l.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " line in " + lines));
    }

    // ----------------------------------------------------------------

    private long share(String title, int days) {
        Map<String, Object> values = new HashMap<>();
        values.put("teamId", runAs.person(LEAD, () ->
                proposals.shareFormOptions().get(ProposalService.TEAM_OPTIONS).get(0).value()));
        values.put("title", title);
        values.put("proposal", "What do your members think of: " + title + "?");
        values.put("closesOn", PortalTime.today(clock).plusDays(days));
        StartOutcome outcome = runAs.person(LEAD, () -> proposals.share(values));
        assertThat(outcome.errors()).isEmpty();
        return outcome.recordId();
    }

    private RoundView round(String person, long proposalId) {
        return runAs.person(person, () -> rounds.roundFor(ProposalService.ROUND_KIND, proposalId)).orElseThrow();
    }

    /** The row of the PPG this person represents (the group its task is offered to). */
    private RoundView.PartyRow partyOf(String rep, long proposalId) {
        String group = taskOn(rep, proposalId).candidateGroups().iterator().next();
        long ppgId = Long.parseLong(group.substring(group.indexOf(':') + 1));
        return round(LEAD, proposalId).parties().stream()
                .filter(p -> p.type() == PartyType.PPG && p.partyId() == ppgId).findFirst().orElseThrow();
    }

    private void giveView(String rep, long proposalId) {
        WorkItem task = taskOn(rep, proposalId);
        assertThat(runAs.person(rep, () -> workflow.complete(task.id(), viewValues())).errors()).isEmpty();
    }

    private static Map<String, Object> viewValues() {
        return Map.of("view", "support", "comments", "Members would use it.");
    }

    private WorkItem taskOn(String person, long proposalId) {
        return runAs.person(person, () -> proposalTasks.yoursOn(proposalId)).stream().findFirst()
                .orElseThrow(() -> new AssertionError(person + " has no task"));
    }

    private Job deadlineJob(long proposalId) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(ResponseRound.KEY)
                .processInstanceBusinessKey(Long.toString(round(LEAD, proposalId).id())).singleResult().getId();
        return management.createJobQuery().processInstanceId(instance)
                .activityId(ResponseRound.TIMER_ROUND_DEADLINE).singleResult();
    }

    private void runDeadline(long proposalId) {
        Job deadline = deadlineJob(proposalId);
        clock.set(deadline.getDuedate().toInstant().plus(1, ChronoUnit.MINUTES));
        management.executeJob(deadline.getId());
    }
}

package org.neighbourhoodportal.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.SECOND_PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.feedback.FeedbackService;
import org.neighbourhoodportal.feedback.FeedbackStatus;
import org.neighbourhoodportal.feedback.FeedbackTimelines;
import org.neighbourhoodportal.feedback.ProposalService;
import org.neighbourhoodportal.feedback.ProposalStatus;
import org.neighbourhoodportal.notifications.NotificationKind;
import org.neighbourhoodportal.notifications.NotificationService;
import org.neighbourhoodportal.processes.PpgFeedbackProcess;
import org.neighbourhoodportal.processes.PpgProposalProcess;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.LoopDriver;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.workflow.ProcessService;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;

/** One timeline for every record: who sees which lines, who is credited, and withdrawing a record with a reason. */
@PortalTest
class TimelineTests {

    @Autowired RunAs runAs;
    @Autowired LoopDriver loop;
    @Autowired org.neighbourhoodportal.feedback.ProposalTasks proposalTasks;
    @Autowired TimelineService timelines;
    @Autowired FeedbackService feedback;
    @Autowired ProposalService proposals;
    @Autowired WorkflowService workflow;
    @Autowired ProcessService processes;
    @Autowired NotificationService notifications;
    @Autowired Clock clock;

    // ---- who sees what ---------------------------------------------------------------------------------------------

    @Test
    void a_ppg_representative_never_sees_an_internal_routing_note_that_the_lead_sees() {
        long id = routed("Routing notes stay with the INT");

        List<TimelineEntry> asPpg = runAs.person(PPG_REP, () -> timelines.entries(FeedbackTimelines.feedback(id)));
        assertThat(asPpg).extracting(TimelineEntry::what).containsExactly("Feedback submitted", "Acknowledged");
        assertThat(asPpg).noneMatch(TimelineEntry::internal);
        assertThat(asPpg).extracting(TimelineEntry::detail).doesNotContain("internal note for the leads");

        List<TimelineEntry> asLead = runAs.person(LEAD, () -> timelines.entries(FeedbackTimelines.feedback(id)));
        assertThat(asLead).filteredOn(TimelineEntry::internal).extracting(TimelineEntry::what)
                .containsExactly("Routed");
        assertThat(asLead).filteredOn(e -> e.what().equals("Routed")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("internal note for the leads"));
    }

    @Test
    void another_teams_lead_and_another_ppg_see_nothing_of_the_timeline_in_the_words_of_a_missing_record() {
        long id = routed("Not Thurrock's business");

        for (String outsider : new String[]{THURROCK_LEAD, SECOND_PPG_REP}) {
            assertThatThrownBy(() -> runAs.person(outsider, () -> timelines.entries(FeedbackTimelines.feedback(id))))
                    .as(outsider).isInstanceOf(NotAllowedException.class)
                    .hasMessage("That feedback does not exist, or you do not have access to it.");
        }
        assertThatThrownBy(() -> runAs.person(LEAD, () -> timelines.entries(new TimelineRecord("no-such-kind", id))))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void each_line_is_credited_to_the_person_who_acted_or_to_the_named_step_never_to_the_portal() {
        long id = loop.wholeLoop("Credit where it is due");

        List<TimelineEntry> entries = runAs.person(LEAD, () -> timelines.entries(FeedbackTimelines.feedback(id)));
        assertThat(entries).extracting(TimelineEntry::who).doesNotContain("The portal");
        assertThat(entries).filteredOn(e -> e.what().equals("Acknowledged")).singleElement()
                .satisfies(e -> assertThat(e.who()).isEqualTo("Helen Carter"))
                .satisfies(e -> assertThat(e.byPerson()).isTrue());
        assertThat(entries).filteredOn(e -> e.what().equals("Response sent to the PPG")).singleElement()
                .satisfies(e -> assertThat(e.who()).isEqualTo("Sending the response to the PPG"))
                .satisfies(e -> assertThat(e.byPerson()).isFalse());
    }

    // ---- withdrawing -----------------------------------------------------------------------------------------------

    @Test
    void the_ppg_representative_who_sent_feedback_withdraws_it_the_loop_ends_and_the_lead_is_told() {
        long id = loop.submitAsPpg("Sorted out at the practice after all");
        loop.requireTask(LEAD, id);

        runAs.person(PPG_REP, () -> feedback.withdraw(id, "  The practice fixed it the next day.  "));

        assertThat(runAs.person(LEAD, () -> processes.isRunning(PpgFeedbackProcess.KEY, Long.toString(id)))).isFalse();
        assertThat(loop.taskFor(LEAD, id)).isEmpty();
        assertThat(runAs.person(LEAD, () -> workflow.openWorkOn(PpgFeedbackProcess.KEY, Long.toString(id)))).isEmpty();
        var details = runAs.person(PPG_REP, () -> feedback.details(id));
        assertThat(details.status()).isEqualTo(FeedbackStatus.WITHDRAWN);
        assertThat(details.waitingOn()).isEmpty();
        assertThat(details.mayWithdraw()).isFalse();
        assertThat(details.timeline()).last().satisfies(e -> {
            assertThat(e.what()).isEqualTo("Withdrawn");
            assertThat(e.who()).isEqualTo("Margaret Ellis");
            assertThat(e.detail()).isEqualTo("The practice fixed it the next day.");
            assertThat(e.internal()).isFalse();
        });
        assertThat(runAs.person(LEAD, () -> notifications.latest(0, 50)))
                .filteredOn(n -> n.kind() == NotificationKind.RECORD_WITHDRAWN)
                .anySatisfy(n -> assertThat(n.title()).isEqualTo(
                        "Margaret Ellis withdrew PPG feedback: Sorted out at the practice after all"));
    }

    @Test
    void only_the_sender_withdraws_feedback_with_a_reason_and_only_while_it_is_open() {
        long id = loop.submitAsPpg("Only mine to withdraw");

        assertThatThrownBy(() -> runAs.person(LEAD, () -> feedback.withdraw(id, "Not the lead's to take back")))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(THURROCK_LEAD, () -> feedback.withdraw(id, "No")))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("That feedback does not exist, or you do not have access to it.");
        assertThatThrownBy(() -> runAs.person(PPG_REP, () -> feedback.withdraw(id, "   ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> runAs.person(PPG_REP, () -> feedback.withdraw(id,
                "x".repeat(FeedbackTimelines.WITHDRAW_REASON_LENGTH + 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(runAs.person(LEAD, () -> processes.isRunning(PpgFeedbackProcess.KEY, Long.toString(id)))).isTrue();

        runAs.person(PPG_REP, () -> feedback.withdraw(id, "Changed our minds."));
        assertThatThrownBy(() -> runAs.person(PPG_REP, () -> feedback.withdraw(id, "Again")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_lead_who_shared_a_proposal_withdraws_it_the_ppgs_tasks_vanish_and_they_are_told() {
        long id = loop.shareProposal("Saturday flu clinic", LocalDate.now(clock));
        assertThat(runAs.person(PPG_REP, () -> proposalTasks.yoursOn(id))).isNotEmpty();
        assertThatThrownBy(() -> runAs.person(PPG_REP, () -> proposals.withdraw(id, "Not ours")))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> proposals.withdraw(id, "Not a lead")))
                .isInstanceOf(NotAllowedException.class);

        runAs.person(LEAD, () -> proposals.withdraw(id, "The ICB is running the clinics itself."));

        assertThat(runAs.person(LEAD, () -> processes.isRunning(PpgProposalProcess.KEY, Long.toString(id)))).isFalse();
        for (String rep : new String[]{PPG_REP, SECOND_PPG_REP}) {
            assertThat(runAs.person(rep, () -> proposalTasks.yoursOn(id))).as(rep).isEmpty();
            assertThat(runAs.person(rep, () -> notifications.latest(0, 50)))
                    .as(rep).filteredOn(n -> n.kind() == NotificationKind.RECORD_WITHDRAWN)
                    .anySatisfy(n -> assertThat(n.title()).isEqualTo(
                            "Helen Carter withdrew the proposal: Saturday flu clinic"));
        }
        var asPpg = runAs.person(PPG_REP, () -> proposals.details(id));
        assertThat(asPpg.status()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(asPpg.waitingOn()).isEmpty();
        assertThat(asPpg.timeline()).extracting(TimelineEntry::what)
                .as("the round's opening is on it; its end is the withdrawal, said once")
                .satisfiesExactly(w -> assertThat(w).isEqualTo("Proposal shared with the PPGs"),
                        w -> assertThat(w).startsWith("Answers asked for by "),
                        w -> assertThat(w).isEqualTo("Withdrawn"));
        assertThat(asPpg.timeline()).last().satisfies(e -> {
            assertThat(e.who()).isEqualTo("Helen Carter");
            assertThat(e.detail()).isEqualTo("The ICB is running the clinics itself.");
        });
        assertThatThrownBy(() -> runAs.person(LEAD, () -> proposals.withdraw(id, "Again")))
                .isInstanceOf(IllegalStateException.class);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private long routed(String summary) {
        long id = loop.submitAsPpg(summary);
        loop.completeOk(LEAD, id, Map.of("acknowledgement", "Thanks"));
        loop.completeOk(LEAD, id, Map.of("route", "refer", "routingNote", "internal note for the leads",
                "referredOrganisationId", loop.organisationId(id, "Voluntary Action South Leicestershire")));
        return id;
    }
}

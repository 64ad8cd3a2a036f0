package org.neighbourhoodportal.feedback;

import org.neighbourhoodportal.timeline.TimelineEntry;
import org.neighbourhoodportal.workflow.StartOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ICB_MANAGER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.SECOND_PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.LoopDriver;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may see and do what: checked in the services, because a view check alone is not access control. */
@PortalTest
class FeedbackAccessTests {

    @Autowired LoopDriver loop;
    @Autowired RunAs runAs;
    @Autowired FeedbackService feedback;
    @Autowired WorkflowService workflow;

    @Test
    void a_lead_of_another_int_cannot_read_the_feedback_by_its_id() {
        long id = loop.submitAsPpg("Only for Harborough");

        assertThatThrownBy(() -> runAs.person(THURROCK_LEAD, () -> feedback.details(id)))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("That feedback does not exist, or you do not have access to it.");
        assertThat(runAs.person(THURROCK_LEAD, () -> feedback.list(FeedbackFilter.all(), 0, 500)))
                .extracting(FeedbackRow::id).doesNotContain(id);
    }

    @Test
    void asking_for_a_feedback_id_that_does_not_exist_says_the_same_as_for_one_you_cannot_see() {
        assertThatThrownBy(() -> runAs.person(LEAD, () -> feedback.details(987654321L)))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("That feedback does not exist, or you do not have access to it.");
    }

    @Test
    void an_icb_manager_sees_the_teams_of_their_own_icb_only() {
        long id = loop.submitAsPpg("Harborough is in LLR, not Mid and South Essex");

        assertThatThrownBy(() -> runAs.person(ICB_MANAGER, () -> feedback.details(id)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(runAs.person(ICB_MANAGER, () -> feedback.teamsInView()))
                .extracting(t -> t.name()).hasSize(4).allMatch(name -> name.startsWith("Thurrock INT"));
    }

    @Test
    void a_ppg_representative_sees_their_own_ppgs_items_but_not_another_ppgs() {
        long mine = loop.submit(PPG_REP, "From Market Harborough");
        long theirs = loop.submit(SECOND_PPG_REP, "From SLMG");

        assertThat(runAs.person(PPG_REP, () -> feedback.list(FeedbackFilter.all(), 0, 500)))
                .extracting(FeedbackRow::id).contains(mine).doesNotContain(theirs);
        assertThatThrownBy(() -> runAs.person(PPG_REP, () -> feedback.details(theirs)))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void a_ppg_representative_sees_only_published_responses_and_public_timeline_lines() {
        long id = loop.submitAsPpg("Draft responses stay inside the INT");
        loop.completeOk(LEAD, id, Map.of("acknowledgement", "Thanks"));
        loop.completeOk(LEAD, id, Map.of("route", "refer", "routingNote", "internal note",
                "referredOrganisationId", loop.organisationId(id, "Voluntary Action South Leicestershire")));

        FeedbackDetails asPpg = runAs.person(PPG_REP, () -> feedback.details(id));
        assertThat(asPpg.route()).isNull();
        assertThat(asPpg.referredTo()).isNull();
        assertThat(asPpg.timeline()).extracting(TimelineEntry::what)
                .containsExactly("Feedback submitted", "Acknowledged");
        assertThat(asPpg.timeline()).noneMatch(TimelineEntry::internal);

        FeedbackDetails asLead = runAs.person(LEAD, () -> feedback.details(id));
        assertThat(asLead.timeline()).extracting(TimelineEntry::what).contains("Routed");
        assertThat(asLead.referredTo()).startsWith("Voluntary Action South Leicestershire");
    }

    @Test
    void someone_outside_the_task_cannot_open_claim_or_complete_it_by_changing_the_id() {
        long id = loop.submitAsPpg("Task ids are not secrets");
        WorkItem task = loop.requireTask(LEAD, id);

        for (String outsider : new String[]{THURROCK_LEAD, MEMBER, PPG_REP, ICB_MANAGER, ADMINISTRATOR}) {
            assertThatThrownBy(() -> runAs.person(outsider, () -> workflow.task(task.id())))
                    .as(outsider).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> runAs.person(outsider, () -> workflow.claim(task.id())))
                    .as(outsider).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> runAs.person(outsider,
                    () -> workflow.complete(task.id(), Map.of("acknowledgement", "Not mine"))))
                    .as(outsider).isInstanceOf(NotAllowedException.class);
        }
        assertThat(loop.timeline(LEAD, id)).containsExactly("Feedback submitted");
    }

    @Test
    void only_ppg_representatives_can_submit_and_only_for_their_own_ppg() {
        assertThatThrownBy(() -> runAs.person(LEAD, () -> feedback.submit(Map.of())))
                .isInstanceOf(NotAllowedException.class);

        long otherPpg = runAs.person(SECOND_PPG_REP, () -> feedback.ppgsICanSubmitFor().get(0).id());
        StartOutcome outcome = runAs.person(PPG_REP, () -> feedback.submit(Map.of(
                "ppgId", Long.toString(otherPpg), "theme", "appointments", "summary", "Not my PPG",
                "patientsSaid", "Trying another PPG's id")));
        assertThat(outcome.isSaved()).isFalse();
        assertThat(outcome.errors()).extracting(e -> e.key()).containsExactly("ppgId");
    }

    @Test
    void nobody_signed_in_is_refused() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> feedback.list(FeedbackFilter.all(), 0, 10)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> workflow.openWork(10)).isInstanceOf(NotAllowedException.class);
    }
}

package org.neighbourhoodportal.feedback.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;

import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.feedback.FeedbackService;
import org.neighbourhoodportal.feedback.FeedbackStatus;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.LoopDriver;
import org.neighbourhoodportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The steps only the engine runs refuse a signed-in person, whoever they are: they are package-private (no view can
 * reach them) and, as a second line, they ask for the engine as the caller.
 */
@PortalTest
class EngineStepsTests {

    @Autowired FeedbackSteps steps;
    @Autowired ProposalSteps proposalSteps;
    @Autowired LoopDriver loop;
    @Autowired RunAs runAs;
    @Autowired FeedbackService feedback;

    @Test
    void a_ppg_representative_cannot_close_feedback_that_still_waits_for_acknowledgement() {
        long id = loop.submitAsPpg("Closing it early");

        assertThatThrownBy(() -> runAs.person(PPG_REP, () -> steps.closed(id)))
                .isInstanceOf(NotAllowedException.class);

        assertThat(runAs.person(LEAD, () -> feedback.details(id).status())).isEqualTo(FeedbackStatus.SUBMITTED);
        assertThat(runAs.person(LEAD, () -> feedback.details(id).waitingOn())).containsExactly(
                "Acknowledge the feedback");
        assertThat(loop.timeline(LEAD, id)).containsExactly("Feedback submitted");
    }

    @Test
    void not_even_the_int_lead_can_escalate_publish_or_add_to_the_backlog_by_hand() {
        long id = loop.submitAsPpg("By hand");

        assertThatThrownBy(() -> runAs.person(LEAD, () -> steps.escalated(id))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(LEAD, () -> steps.responsePublished(id)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(LEAD, () -> steps.addedToBacklog(id, null)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(LEAD, () -> proposalSteps.outcomePublished(1L)))
                .isInstanceOf(NotAllowedException.class);

        assertThat(runAs.person(LEAD, () -> feedback.details(id).escalated())).isFalse();
        assertThat(loop.timeline(LEAD, id)).containsExactly("Feedback submitted");
    }
}

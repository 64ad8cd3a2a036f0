package org.neighbourhoodportal.feedback;

import org.neighbourhoodportal.timeline.TimelineEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.directory.DirectoryChanges;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.LoopDriver;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.BacklogService;
import org.springframework.beans.factory.annotation.Autowired;

/** The PPG feedback loop through the portal's services, on the real engine, as the demo people. */
@PortalTest
class FeedbackLoopTests {

    @Autowired LoopDriver loop;
    @Autowired RunAs runAs;
    @Autowired FeedbackService feedback;
    @Autowired WorkflowService workflow;
    @Autowired WorkplanService workplan;
    @Autowired BacklogService backlogService;
    @Autowired PriorityService priorityService;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired DirectoryChanges directoryChanges;

    @Test
    void feedback_answered_directly_and_confirmed_closes_with_a_full_timeline() {
        long id = loop.wholeLoop("Car park too small");

        FeedbackDetails details = runAs.person(LEAD, () -> feedback.details(id));
        assertThat(details.status()).isEqualTo(FeedbackStatus.CLOSED);
        assertThat(details.closedAt()).isNotNull();
        assertThat(details.waitingOn()).isEmpty();
        assertThat(details.response()).isEqualTo("We changed the phone message.");
        assertThat(details.timeline()).extracting(TimelineEntry::what).containsExactly(
                "Feedback submitted", "Acknowledged", "Routed", "Response written", "Response sent to the PPG",
                "PPG confirmed it is resolved", "Closed");
        assertThat(details.timeline()).extracting(TimelineEntry::who)
                .contains("Margaret Ellis", "Helen Carter", "Sending the response to the PPG", "Closing the feedback");
    }

    @Test
    void submitting_starts_the_loop_with_the_acknowledgement_due_in_the_service_level() {
        long id = loop.submitAsPpg("Hard to book blood tests");

        WorkItem task = loop.requireTask(LEAD, id);
        assertThat(task.name()).isEqualTo("Acknowledge the feedback");
        assertThat(task.due()).isNotNull();
        FeedbackDetails details = runAs.person(PPG_REP, () -> feedback.details(id));
        assertThat(details.status()).isEqualTo(FeedbackStatus.SUBMITTED);
        // five calendar days in London: the same time of day, across a clock change too
        java.time.ZoneId london = java.time.ZoneId.of("Europe/London");
        assertThat(details.acknowledgeDue().atZone(london))
                .isEqualTo(details.submittedAt().atZone(london).plusDays(5));
        assertThat(task.due()).isCloseTo(details.acknowledgeDue(), within(1, java.time.temporal.ChronoUnit.SECONDS));
        assertThat(details.waitingOn()).containsExactly("Acknowledge the feedback");
    }

    @Test
    void referred_feedback_goes_to_the_organisations_representatives_and_not_to_the_lead() {
        long id = loop.submitAsPpg("Nobody explained social prescribing");
        loop.completeOk(LEAD, id, Map.of("acknowledgement", "Thanks"));
        loop.completeOk(LEAD, id, Map.of("route", "refer",
                "referredOrganisationId", loop.organisationId(id, "Voluntary Action South Leicestershire")));

        assertThat(loop.taskFor(LEAD, id)).isEmpty();
        WorkItem task = loop.requireTask(MEMBER, id);
        assertThat(task.taskKey()).isEqualTo("Task_RespondForOrganisation");
        assertThat(runAs.person(LEAD, () -> feedback.details(id)).status()).isEqualTo(FeedbackStatus.WITH_ORGANISATION);

        loop.completeOk(MEMBER, id, Map.of("response", "Our link workers will speak at the next PPG meeting."));
        loop.completeOk(PPG_REP, id, Map.of("outcome", "closed"));
        FeedbackDetails details = runAs.person(LEAD, () -> feedback.details(id));
        assertThat(details.status()).isEqualTo(FeedbackStatus.CLOSED);
        assertThat(details.timeline()).filteredOn(e -> e.what().equals("Response written"))
                .extracting(TimelineEntry::who).containsExactly("Priya Shah");
    }

    @Test
    void feedback_added_to_the_backlog_becomes_a_backlog_item_for_the_team() {
        long id = loop.submitAsPpg("Pharmacy queue outside in the rain");
        loop.completeOk(LEAD, id, Map.of("acknowledgement", "Thanks"));
        loop.completeOk(LEAD, id, Map.of("route", "backlog"));

        long teamId = runAs.person(LEAD, () -> feedback.teamsInView().get(0).id());
        assertThat(runAs.person(LEAD, () -> backlogService.backlog(teamId)))
                .anySatisfy(item -> {
                    assertThat(item.title()).isEqualTo("Pharmacy queue outside in the rain");
                    assertThat(item.sourceId()).isEqualTo(id);
                });
        assertThat(loop.requireTask(LEAD, id).taskKey()).isEqualTo("Task_RespondToPpg");
    }

    @Test
    void feedback_routed_into_a_priority_shows_on_that_priority_as_a_linked_record() {
        long id = loop.submitAsPpg("Nowhere to sit outside the surgery");
        loop.completeOk(LEAD, id, Map.of("acknowledgement", "Thanks"));
        long priority = runAs.person(LEAD, () -> feedback.prioritiesToLinkTo(id)).stream()
                .filter(p -> p.label().equals("Mental health initiatives")).map(p -> Long.parseLong(p.value()))
                .findFirst().orElseThrow();
        loop.completeOk(LEAD, id, Map.of("route", "backlog", "priorityId", Long.toString(priority)));

        assertThat(runAs.person(LEAD, () -> priorityService.priority(priority)).linked())
                .anySatisfy(linked -> {
                    assertThat(linked.title()).isEqualTo("Nowhere to sit outside the surgery");
                    assertThat(linked.route()).isEqualTo("feedback/" + id);
                    assertThat(linked.status()).isEqualTo("Waiting for: Respond to the PPG");
                });
    }

    @Test
    void a_reopened_loop_goes_round_again_and_records_the_reason() {
        long id = loop.submitAsPpg("Prescriptions not ready");
        loop.completeOk(LEAD, id, Map.of("acknowledgement", "Thanks"));
        loop.completeOk(LEAD, id, Map.of("route", "answer"));
        loop.completeOk(LEAD, id, Map.of("response", "We spoke to the pharmacy."));
        loop.completeOk(PPG_REP, id, Map.of("outcome", "reopen", "reopenReason", "It is still happening."));

        assertThat(runAs.person(PPG_REP, () -> feedback.details(id)).status()).isEqualTo(FeedbackStatus.REOPENED);
        assertThat(loop.requireTask(LEAD, id).taskKey()).isEqualTo("Task_RouteFeedback");
        loop.completeOk(LEAD, id, Map.of("route", "answer"));
        loop.completeOk(LEAD, id, Map.of("response", "The pharmacy has added a second dispenser."));
        loop.completeOk(PPG_REP, id, Map.of("outcome", "closed"));

        List<TimelineEntry> timeline = runAs.person(PPG_REP, () -> feedback.details(id)).timeline();
        assertThat(timeline).filteredOn(e -> e.what().equals("Reopened by the PPG"))
                .extracting(TimelineEntry::detail).containsExactly("It is still happening.");
        assertThat(timeline).filteredOn(e -> e.what().equals("Response sent to the PPG")).hasSize(2);
        assertThat(timeline.get(timeline.size() - 1).what()).isEqualTo("Closed");
    }

    @Test
    void an_overdue_acknowledgement_is_escalated_to_high_priority_and_stays_open() {
        long id = loop.submitAsPpg("Waiting room too cold");
        runOverdueTimer(id);

        WorkItem task = loop.requireTask(LEAD, id);
        assertThat(task.isEscalated()).isTrue();
        FeedbackDetails details = runAs.person(LEAD, () -> feedback.details(id));
        assertThat(details.escalated()).isTrue();
        assertThat(details.timeline()).extracting(TimelineEntry::what).contains("Acknowledgement overdue – escalated");
        // the PPG does not see the INT's internal escalation line
        assertThat(loop.timeline(PPG_REP, id)).doesNotContain("Acknowledgement overdue – escalated");

        loop.completeOk(LEAD, id, Map.of("acknowledgement", "Sorry for the delay."));
        assertThat(loop.requireTask(LEAD, id).taskKey()).isEqualTo("Task_RouteFeedback");
    }

    @Test
    void a_refused_form_saves_nothing_and_leaves_the_task_open() {
        long id = loop.submitAsPpg("Confusing letters");
        var outcome = loop.complete(LEAD, id, Map.of("acknowledgement", "   "));

        assertThat(outcome.completed()).isFalse();
        assertThat(outcome.errors()).extracting(e -> e.key()).containsExactly("acknowledgement");
        assertThat(loop.requireTask(LEAD, id).taskKey()).isEqualTo("Task_AcknowledgeFeedback");
        assertThat(loop.timeline(LEAD, id)).containsExactly("Feedback submitted");
    }

    @Test
    void a_referral_to_an_organisation_outside_the_team_is_refused_and_nothing_changes() {
        long id = loop.submitAsPpg("Parking");
        loop.completeOk(LEAD, id, Map.of("acknowledgement", "Thanks"));

        var outcome = loop.complete(LEAD, id, Map.of("route", "refer", "referredOrganisationId", "999999"));
        assertThat(outcome.completed()).isFalse();
        assertThat(outcome.errors()).extracting(e -> e.key()).containsExactly("referredOrganisationId");
        assertThat(loop.requireTask(LEAD, id).taskKey()).isEqualTo("Task_RouteFeedback");
    }

    @Test
    void a_task_someone_else_picked_up_cannot_be_completed_by_another_lead_until_handed_back() {
        long harborough = runAs.person(LEAD, () -> feedback.teamsInView()).get(0).id();
        long secondLead = directoryChanges.makeLead(COUNCIL_MEMBER, harborough);
        try {
            long id = loop.submitAsPpg("Lift out of order");
            WorkItem task = loop.requireTask(LEAD, id);
            runAs.person(LEAD, () -> workflow.claim(task.id()));
            assertThat(runAs.person(LEAD, () -> workflow.myTasks(0, 500)))
                    .extracting(WorkItem::id).contains(task.id());

            assertThatThrownBy(() -> runAs.person(COUNCIL_MEMBER,
                    () -> workflow.complete(task.id(), Map.of("acknowledgement", "Not yours to send"))))
                    .isInstanceOf(NotAllowedException.class);
            assertThat(loop.timeline(LEAD, id)).containsExactly("Feedback submitted");

            runAs.person(LEAD, () -> workflow.unclaim(task.id()));
            assertThat(runAs.person(LEAD, () -> workflow.task(task.id()).assigneeId())).isNull();
            assertThat(runAs.person(COUNCIL_MEMBER,
                    () -> workflow.complete(task.id(), Map.of("acknowledgement", "Handed back, so mine now"))
                            .completed())).isTrue();
            assertThat(loop.timeline(LEAD, id)).containsExactly("Feedback submitted", "Acknowledged");
        } finally {
            directoryChanges.remove(secondLead);
        }
    }

    @Test
    void comments_on_a_task_are_kept_with_their_author() {
        long id = loop.submitAsPpg("Signage");
        WorkItem task = loop.requireTask(LEAD, id);
        runAs.person(LEAD, () -> workflow.addComment(task.id(), "I will ask the practice manager."));

        assertThat(runAs.person(LEAD, () -> workflow.comments(task.id())))
                .singleElement().satisfies(c -> {
                    assertThat(c.authorName()).isEqualTo("Helen Carter");
                    assertThat(c.text()).isEqualTo("I will ask the practice manager.");
                });
        assertThatThrownBy(() -> runAs.person(LEAD, () -> workflow.addComment(task.id(), "  ")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void runOverdueTimer(long feedbackId) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(feedbackId))
                .singleResult().getId();
        Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
        assertThat(timer).as("the acknowledgement timer").isNotNull();
        management.executeJob(timer.getId());
    }
}

package org.neighbourhoodportal.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.governance.domain.MeetingAction;
import org.neighbourhoodportal.governance.domain.MeetingActionRepository;
import org.neighbourhoodportal.notifications.NotificationKind;
import org.neighbourhoodportal.notifications.NotificationRow;
import org.neighbourhoodportal.notifications.NotificationService;
import org.neighbourhoodportal.processes.MeetingActionReminders;
import org.neighbourhoodportal.reporting.MovableClock;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.timeline.TimelineEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A flagged decision ratified, or rejected, at a later meeting of Harborough's leadership group (ADR 0024), and the
 * daily reminders to the owners of meeting actions, run through the schedule's own timer job with the clock moved.
 * The demo ToR (quorum six, the lead GP among them) came into force today, so each test's meetings are today, with the
 * clock held late in the evening so they have all started.
 */
@PortalTest
@Import(MovableClock.Configuration.class)
class MeetingRatificationAndRemindersTests {

    @Autowired RunAs runAs;
    @Autowired MeetingService meetings;
    @Autowired LeadershipGroupService groups;
    @Autowired NotificationService notifications;
    @Autowired MeetingActionRepository actions;
    @Autowired ManagementService management;
    @Autowired CurrentUser currentUser;
    @Autowired MovableClock clock;

    private long group;
    private LocalDate today;

    @BeforeEach
    void lateToday() {
        group = runAs.person(LEAD, () -> groups.list()).stream()
                .filter(g -> g.name().equals("Harborough INT leadership group")).findFirst().orElseThrow().id();
        today = LocalDate.now(clock);
        clock.set(today.atTime(23, 0).atZone(clock.getZone()).toInstant());
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    // ---- ratification -------------------------------------------------------------------------------------------------

    @Test
    void a_quorate_later_meeting_ratifies_a_flagged_decision_and_the_log_shows_both_the_flag_and_the_ratification() {
        long[] flagged = flaggedDecision("Ratified later");
        long later = plan(LocalTime.of(15, 0), "Ratified later: the next meeting");
        attend(later, 6);
        long item = firstItem(later);

        long ratification = runAs.person(LEAD, () -> meetings.ratify(later, item, flagged[1], Ratification.RATIFIED,
                DecisionMethod.CONSENSUS, null, null));

        DecisionLogRow original = logRow(flagged[1]);
        assertThat(original.flagged()).as("the original flag stays").isTrue();
        assertThat(original.settled()).isNotNull();
        assertThat(original.settled().outcome()).isEqualTo(Ratification.RATIFIED);
        assertThat(original.settled().at().id()).isEqualTo(later);
        assertThat(original.settled().inWords()).isEqualTo("ratified at the meeting of "
                + org.neighbourhoodportal.ui.Formats.day(today));
        DecisionLogRow ratifying = logRow(ratification);
        assertThat(ratifying.flagged()).isFalse();
        assertThat(ratifying.ratifies().decisionId()).isEqualTo(flagged[1]);
        assertThat(ratifying.decision()).startsWith("Ratified the decision of the meeting of").endsWith(
                "Spend the winter reserve.");
        MeetingDetails earlier = runAs.person(MEMBER, () -> meetings.details(flagged[0]));
        assertThat(earlier.items().get(0).decisions().get(0).settled().byDecisionId()).isEqualTo(ratification);
        assertThat(earlier.timeline()).extracting(TimelineEntry::what)
                .contains("Decision ratified at the meeting of " + org.neighbourhoodportal.ui.Formats.day(today));
        assertThat(runAs.person(LEAD, () -> meetings.details(later)).awaitingRatification())
                .extracting(MeetingDetails.FlaggedDecision::id).doesNotContain(flagged[1]);
        assertThatThrownBy(() -> runAs.person(LEAD, () -> meetings.ratify(later, item, flagged[1],
                Ratification.RATIFIED, DecisionMethod.CONSENSUS, null, null)))
                .isInstanceOf(MeetingRefusedException.class).hasMessageContaining("ratified at the meeting of")
                .hasMessageEndingWith("already.");
    }

    @Test
    void a_ratification_at_a_meeting_without_a_quorum_needs_a_note_and_does_not_clear_the_flag() {
        long[] flagged = flaggedDecision("Not cleared");
        long later = plan(LocalTime.of(15, 0), "Not cleared: the next meeting");
        attend(later, 4);
        long item = firstItem(later);

        assertThatThrownBy(() -> runAs.person(LEAD, () -> meetings.ratify(later, item, flagged[1],
                Ratification.RATIFIED, DecisionMethod.CONSENSUS, null, null)))
                .isInstanceOf(MeetingRefusedException.class)
                .hasMessageStartingWith("This ratification would be flagged itself, so it would not clear the earlier "
                        + "flag. Not quorate");
        long ratification = runAs.person(LEAD, () -> meetings.ratify(later, item, flagged[1], Ratification.RATIFIED,
                DecisionMethod.CONSENSUS, null, "Bring it back to the December meeting."));

        assertThat(logRow(flagged[1]).flagged()).isTrue();
        assertThat(logRow(flagged[1]).settled()).as("a flagged ratification settles nothing").isNull();
        assertThat(logRow(ratification).flagged()).isTrue();
        assertThat(runAs.person(LEAD, () -> meetings.details(later)).awaitingRatification())
                .extracting(MeetingDetails.FlaggedDecision::id).contains(flagged[1]);
        assertThat(runAs.person(MEMBER, () -> meetings.details(flagged[0])).timeline())
                .extracting(TimelineEntry::what).anyMatch(t -> t.endsWith("was flagged: this decision's flag stays"));
    }

    @Test
    void a_later_meeting_may_reject_a_flagged_decision_instead() {
        long[] flagged = flaggedDecision("Rejected later");
        long later = plan(LocalTime.of(15, 0), "Rejected later: the next meeting");
        attend(later, 6);

        runAs.person(LEAD, () -> meetings.ratify(later, firstItem(later), flagged[1], Ratification.REJECTED,
                DecisionMethod.VOTE, "For 2, against 4", null));

        DecisionLogRow original = logRow(flagged[1]);
        assertThat(original.flagged()).isTrue();
        assertThat(original.settled().outcome()).isEqualTo(Ratification.REJECTED);
        assertThat(original.settled().inWords()).startsWith("rejected at the meeting of ");
    }

    @Test
    void a_decision_that_was_not_flagged_cannot_be_ratified_and_the_portal_says_why() {
        long earlier = plan(LocalTime.of(10, 0), "Unflagged");
        attend(earlier, 6);
        long decision = runAs.person(LEAD, () -> meetings.decide(earlier, firstItem(earlier), "Adopt the plan.",
                DecisionMethod.CONSENSUS, null, null));
        long later = plan(LocalTime.of(15, 0), "Unflagged: the next meeting");
        attend(later, 6);

        assertThatThrownBy(() -> runAs.person(LEAD, () -> meetings.ratify(later, firstItem(later), decision,
                Ratification.RATIFIED, DecisionMethod.CONSENSUS, null, null)))
                .isInstanceOf(MeetingRefusedException.class)
                .hasMessage("That decision was not flagged: the meeting was quorate and no conflict of interest was "
                        + "left unhandled, so there is nothing to ratify.");
        // nor at the same meeting, nor an earlier one
        long[] flagged = flaggedDecision("Order");
        assertThatThrownBy(() -> runAs.person(LEAD, () -> meetings.ratify(flagged[0], firstItem(flagged[0]),
                flagged[1], Ratification.RATIFIED, DecisionMethod.CONSENSUS, null, null)))
                .isInstanceOf(MeetingRefusedException.class).hasMessageStartingWith("A decision is ratified at a later "
                        + "meeting");
        assertThat(logRow(decision).settled()).isNull();
    }

    // ---- reminders to action owners ----------------------------------------------------------------------------------

    @Test
    void the_owner_is_reminded_once_before_the_due_date_and_told_once_when_it_is_overdue_and_a_done_action_gets_nothing() {
        clock.set(today.atTime(9, 0).atZone(clock.getZone()).toInstant());
        long meeting = plan(LocalTime.of(8, 0), "Reminders");
        long member = runAs.person(MEMBER, () -> currentUser.require().personId());
        String soon = "Reminders: send the referral form to the practices.";
        String later = "Reminders: book the venue for the spring event.";
        String done = "Reminders: circulate the slides.";
        runAs.person(LEAD, () -> meetings.addAction(meeting, null, soon, member, today.plusDays(2), null));
        runAs.person(LEAD, () -> meetings.addAction(meeting, null, later, member, today.plusDays(10), null));
        long doneAction = runAs.person(LEAD, () -> meetings.addAction(meeting, null, done, member,
                today.plusDays(1), null));
        runAs.person(MEMBER, () -> meetings.actionDone(doneAction));

        runTheMorningReminders();
        runTheMorningReminders(); // run twice (a job tried again): nobody is told twice

        assertThat(mine(MEMBER, soon)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.DEADLINE_REMINDER);
            assertThat(n.title()).isEqualTo("Reminder: your action from a leadership group meeting is due on "
                    + org.neighbourhoodportal.ui.Formats.day(today.plusDays(2)));
            assertThat(n.route()).isEqualTo(MeetingService.route(meeting));
        });
        assertThat(mine(MEMBER, later)).as("not due within three days").isEmpty();
        assertThat(mine(MEMBER, done)).as("done").isEmpty();

        clock.set(today.plusDays(3).atTime(9, 0).atZone(clock.getZone()).toInstant());
        runTheMorningReminders();
        runTheMorningReminders();

        assertThat(mine(MEMBER, soon)).extracting(NotificationRow::kind)
                .containsExactlyInAnyOrder(NotificationKind.DEADLINE_REMINDER, NotificationKind.OVERDUE);
        assertThat(mine(MEMBER, soon)).filteredOn(n -> n.kind() == NotificationKind.OVERDUE).singleElement()
                .satisfies(n -> assertThat(n.title()).startsWith("Overdue: your action"));
        assertThat(mine(MEMBER, done)).as("done: not even when past its date").isEmpty();
        assertThat(runAs.person(LEAD, () -> meetings.details(meeting)).timeline()).extracting(TimelineEntry::what)
                .contains("Reminder sent to " + runAs.person(MEMBER, () -> currentUser.require().displayName()));
    }

    @Test
    void an_owner_who_is_not_one_of_the_ints_people_gets_no_reminder() {
        clock.set(today.atTime(9, 0).atZone(clock.getZone()).toInstant());
        long meeting = plan(LocalTime.of(8, 0), "Wrong INT");
        long thurrock = runAs.person(THURROCK_LEAD, () -> currentUser.require().personId());
        long lead = runAs.person(LEAD, () -> currentUser.require().personId());
        String text = "Wrong INT: an action whose owner is Thurrock's lead.";
        // the portal refuses such an owner; one left behind by a move between INTs is written here directly
        actions.save(new MeetingAction(group, meeting, null, text, thurrock, today.plusDays(1), null, lead,
                clock.instant()));

        runTheMorningReminders();

        assertThat(mine(THURROCK_LEAD, text)).isEmpty();
        assertThat(mine(LEAD, text)).isEmpty();
    }

    // ----------------------------------------------------------------

    /** The meeting's id and its flagged decision's: five members of six present, so not quorate. */
    private long[] flaggedDecision(String title) {
        long earlier = plan(LocalTime.of(10, 0), title);
        attend(earlier, 5);
        long decision = runAs.person(LEAD, () -> meetings.decide(earlier, firstItem(earlier),
                "Spend the winter reserve.", DecisionMethod.CONSENSUS, null, "To be ratified at the next meeting."));
        assertThat(logRow(decision).flagged()).isTrue();
        return new long[] {earlier, decision};
    }

    private long plan(LocalTime at, String title) {
        return runAs.person(LEAD, () -> meetings.plan(group, title, today, at, "Online", "The plan"));
    }

    private long firstItem(long meeting) {
        return runAs.person(LEAD, () -> meetings.details(meeting)).items().get(0).id();
    }

    /** Marks the first {@code members} of the group's members present, the lead GP always among them. */
    private void attend(long meeting, int members) {
        List<MeetingDetails.AttendanceView> all = runAs.person(LEAD, () -> meetings.details(meeting)).attendance()
                .stream().filter(MeetingDetails.AttendanceView::member)
                .sorted((a, b) -> Boolean.compare(b.seats().stream().anyMatch(s -> s.startsWith("Lead GP")),
                        a.seats().stream().anyMatch(s -> s.startsWith("Lead GP")))).toList();
        Map<Long, AttendanceStatus> present = new HashMap<>();
        all.stream().limit(members).forEach(a -> present.put(a.personId(), AttendanceStatus.PRESENT));
        runAs.person(LEAD, () -> meetings.recordAttendance(meeting, present, null));
    }

    private DecisionLogRow logRow(long decision) {
        return runAs.person(MEMBER, () -> meetings.decisionsLog(group)).stream()
                .filter(r -> r.decisionId() == decision).findFirst().orElseThrow();
    }

    /** Runs the daily schedule's timer job now, as the engine would at eight in the morning. */
    private void runTheMorningReminders() {
        List<Job> timers = management.createJobQuery().processDefinitionKey(MeetingActionReminders.KEY).timers()
                .list();
        assertThat(timers).as("the daily reminders' timer").isNotEmpty();
        management.executeJob(timers.get(0).getId());
    }

    private List<NotificationRow> mine(String who, String action) {
        return runAs.person(who, () -> notifications.latest(0, 200)).stream()
                .filter(n -> n.body() != null && n.body().contains(action)).toList();
    }
}

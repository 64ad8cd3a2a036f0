package org.neighbourhoodportal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.feedback.FeedbackDetails;
import org.neighbourhoodportal.feedback.FeedbackService;
import org.neighbourhoodportal.feedback.ProposalService;
import org.neighbourhoodportal.processes.MonthlyHighlightReportSchedule;
import org.neighbourhoodportal.processes.PpgProposalProcess;
import org.neighbourhoodportal.reporting.MovableClock;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.LoopDriver;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.workflow.StartOutcome;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The whole portal keeps London time although the JVM it runs in does not: Maven runs the unit tests with
 * {@code -Duser.timezone=America/New_York} (portal/pom.xml), so anything that still used the machine's zone would
 * be five hours out here.
 */
@PortalTest
@Import(MovableClock.Configuration.class)
class OneClockTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired MovableClock clock;
    @Autowired RunAs runAs;
    @Autowired ProposalService proposals;
    @Autowired org.neighbourhoodportal.feedback.ProposalTasks proposalTasks;
    @Autowired FeedbackService feedback;
    @Autowired WorkflowService workflow;
    @Autowired LoopDriver loop;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_tests_run_in_a_jvm_whose_own_zone_is_not_london() {
        assertThat(ZoneId.systemDefault().normalized())
                .as("portal/pom.xml runs the tests with -Duser.timezone=America/New_York")
                .isNotEqualTo(LONDON.normalized());
        assertThat(clock.getZone()).isEqualTo(LONDON);
        assertThat(Formats.zone()).isEqualTo(LONDON);
    }

    @Test
    void a_closing_date_on_the_last_sunday_of_march_ends_at_23_59_59_british_summer_time() {
        clock.set(Instant.parse("2026-03-20T12:00:00Z"));
        long id = share("Clocks go forward", LocalDate.of(2026, 3, 29));

        WorkItem view = runAs.person(PPG_REP, () -> proposalTasks.yoursOn(id))
                .stream().findFirst().orElseThrow();
        assertThat(view.due()).isEqualTo(Instant.parse("2026-03-29T22:59:59Z"));
        assertThat(Formats.dayTime(view.due())).isEqualTo("29 Mar 2026, 23:59");
        Job closing = management.createJobQuery().processInstanceId(roundOf(id))
                .activityId(org.neighbourhoodportal.processes.ResponseRound.TIMER_ROUND_DEADLINE).singleResult();
        assertThat(closing.getDuedate().toInstant()).isEqualTo(Instant.parse("2026-03-29T22:59:59Z"));
    }

    @Test
    void a_closing_date_in_winter_ends_at_23_59_59_greenwich_time() {
        clock.set(Instant.parse("2026-10-20T12:00:00Z"));
        long id = share("Clocks go back", LocalDate.of(2026, 10, 25));

        Job closing = management.createJobQuery().processInstanceId(roundOf(id))
                .activityId(org.neighbourhoodportal.processes.ResponseRound.TIMER_ROUND_DEADLINE).singleResult();
        assertThat(closing.getDuedate().toInstant()).isEqualTo(Instant.parse("2026-10-25T23:59:59Z"));
    }

    @Test
    void an_acknowledgement_due_across_the_october_change_is_due_at_the_same_london_time_of_day() {
        clock.set(Instant.parse("2026-10-22T09:15:00Z")); // 10:15 BST on a Thursday
        long id = loop.submitAsPpg("Due across the clock change");

        FeedbackDetails details = runAs.person(PPG_REP, () -> feedback.details(id));
        assertThat(Formats.dayTime(details.submittedAt())).isEqualTo("22 Oct 2026, 10:15");
        assertThat(details.acknowledgeDue()).isEqualTo(Instant.parse("2026-10-27T10:15:00Z")); // 10:15 GMT
        assertThat(Formats.dayTime(details.acknowledgeDue())).isEqualTo("27 Oct 2026, 10:15");
        WorkItem acknowledge = loop.requireTask(LEAD, id);
        assertThat(acknowledge.due()).isEqualTo(details.acknowledgeDue());
    }

    @Test
    void today_for_a_closing_date_is_londons_today_not_the_servers() {
        // 00:30 BST on 1 July is still 30 June in New York (and in UTC): in London 1 July is today, so it is refused.
        clock.set(Instant.parse("2026-06-30T23:30:00Z"));
        StartOutcome refused = runAs.person(LEAD, () -> proposals.share(values("Too late", LocalDate.of(2026, 7, 1))));
        assertThat(refused.errors()).extracting(e -> e.key()).containsExactly("closesOn");
    }

    @Test
    void the_monthly_reports_start_at_seven_london_time_on_the_first_weekday() {
        Job schedule = management.createJobQuery().timers().list().stream()
                .filter(j -> MonthlyHighlightReportSchedule.KEY.equals(j.getProcessDefinitionKey()))
                .findFirst().orElseThrow();

        ZonedDateTime due = schedule.getDuedate().toInstant().atZone(LONDON);
        assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(7, 0));
        assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(due.getDayOfMonth()).isLessThanOrEqualTo(3);
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

    /** The round of answers the proposal's process called. */
    private String roundOf(long proposalId) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(instanceOf(proposalId)).singleResult()
                .getId();
    }

    private String instanceOf(long proposalId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(proposalId))
                .processDefinitionKey(PpgProposalProcess.KEY).singleResult().getId();
    }
}

package org.neighbourhoodportal.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.processes.LeadershipGroupFormation;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.workflow.StartOutcome;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Forming Harborough's leadership group through the services, as the lead and the member organisations' people do:
 * nominations in a round, the decision tables' gaps, accepting a gap or asking again, confirming, telling nominees.
 */
@PortalTest
class LeadershipGroupTests {

    private static final String SPONSOR = "Senior sponsor";

    @Autowired RunAs runAs;
    @Autowired LeadershipGroupService groups;
    @Autowired LeadershipGroupTasks tasks;
    @Autowired WorkflowService workflow;
    @Autowired RoundService rounds;
    @Autowired CurrentUser currentUser;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void an_uncovered_core_seat_is_a_gap_the_lead_accepts_with_a_reason_then_confirms_and_nominees_are_told() {
        long id = form("Harborough leadership group");
        nominate(MEMBER, id, List.of("Mental health"));
        nominate(COUNCIL_MEMBER, id, List.of("Adult social care"));
        closeRound(id);

        GroupDetails checked = runAs.person(LEAD, () -> groups.details(id));
        assertThat(checked.status()).isEqualTo(GroupStatus.GAPS);
        assertThat(checked.gaps()).isEqualTo("Nobody has been nominated for Senior sponsor, which is a core seat.");
        WorkItem resolve = taskOn(LEAD, id);
        assertThat(resolve.taskKey()).isEqualTo(LeadershipGroupFormation.TASK_RESOLVE_GAPS);
        complete(LEAD, resolve, Map.of("nextStep", "accept-gaps",
                "reason", "The ICB place director joins from April."));

        WorkItem confirm = taskOn(LEAD, id);
        assertThat(confirm.taskKey()).isEqualTo(LeadershipGroupFormation.TASK_CONFIRM_GROUP);
        List<String> all = runAs.person(LEAD, () -> workflow.form(confirm.id())).values().get("appointments") instanceof List<?> l
                ? l.stream().map(Object::toString).toList() : List.of();
        assertThat(all).hasSize(2);
        complete(LEAD, confirm, Map.of("appointments", all));

        GroupDetails formed = runAs.person(MEMBER, () -> groups.details(id));
        assertThat(formed.status()).isEqualTo(GroupStatus.CONFIRMED);
        assertThat(formed.gapsAcceptedReason()).isEqualTo("The ICB place director joins from April.");
        assertThat(formed.termEndsOn()).isEqualTo(LocalDate.now(clock).plusMonths(24));
        assertThat(formed.seats()).filteredOn(s -> s.name().equals("Mental health")).singleElement()
                .satisfies(s -> assertThat(s.people()).singleElement()
                        .satisfies(h -> assertThat(h.appointed()).isTrue()));
        assertThat(formed.seats()).filteredOn(s -> s.name().equals(SPONSOR)).singleElement()
                .satisfies(s -> assertThat(s.people()).isEmpty());
        assertThat(jdbc.sql("select count(*) from notification where kind = 'LEADERSHIP_OUTCOME' and event_key like ?")
                .param("leadership-group:" + id + ":outcome:%").query(Long.class).single()).isEqualTo(2L);
        assertThat(formed.timeline()).extracting(e -> e.kind()).contains("GAPS_ACCEPTED", "CONFIRMED",
                "NOMINEES_TOLD");
    }

    @Test
    void the_lead_asks_again_for_the_gap_and_a_second_round_fills_it() {
        long id = form("Harborough leadership group, asked twice");
        nominate(MEMBER, id, List.of("Mental health"));
        nominate(COUNCIL_MEMBER, id, List.of("Adult social care"));
        closeRound(id);
        complete(LEAD, taskOn(LEAD, id), Map.of("nextStep", "ask-again",
                "closesOn", LocalDate.now(clock).plusWeeks(1)));

        assertThat(runAs.person(LEAD, () -> groups.details(id)).status()).isEqualTo(GroupStatus.NOMINATING);
        nominate(COUNCIL_MEMBER, id, List.of(SPONSOR));
        closeRound(id);

        GroupDetails checked = runAs.person(LEAD, () -> groups.details(id));
        assertThat(checked.status()).isEqualTo(GroupStatus.CONFIRMING);
        assertThat(checked.gaps()).isNull();
        assertThat(taskOn(LEAD, id).taskKey()).isEqualTo(LeadershipGroupFormation.TASK_CONFIRM_GROUP);
    }

    @Test
    void one_organisation_filling_most_seats_is_flagged_as_a_majority() {
        long id = form("Harborough leadership group, one organisation");
        nominate(MEMBER, id, List.of(SPONSOR, "Mental health", "Adult social care"));
        nominate(COUNCIL_MEMBER, id, List.of("Fire and Rescue"));
        closeRound(id);

        String gaps = runAs.person(LEAD, () -> groups.details(id)).gaps();
        assertThat(gaps).contains("would hold a majority of the group's seats");
    }

    @Test
    void only_an_ints_people_read_the_group_and_only_its_leads_form_one() {
        long id = form("Harborough leadership group, private");
        assertThatThrownBy(() -> runAs.person(THURROCK_LEAD, () -> groups.details(id)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(PPG_REP, () -> groups.details(id)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> groups.start(values("x", LocalDate.now(clock).plusDays(9)))))
                .isInstanceOf(NotAllowedException.class);
        StartOutcome late = runAs.person(LEAD, () -> groups.start(values("x", LocalDate.now(clock))));
        assertThat(late.errors()).extracting(e -> e.key()).containsExactly("closesOn");
    }

    // ----------------------------------------------------------------

    private long form(String name) {
        StartOutcome outcome = runAs.person(LEAD, () -> groups.start(values(name, LocalDate.now(clock).plusWeeks(2))));
        assertThat(outcome.errors()).isEmpty();
        return outcome.recordId();
    }

    private Map<String, Object> values(String name, LocalDate closesOn) {
        Map<String, Object> values = new HashMap<>();
        values.put("teamId", runAs.person(LEAD, () ->
                groups.startFormOptions().get(LeadershipGroupService.TEAM_OPTIONS).get(0).value()));
        values.put("name", name);
        values.put("coreSeats", List.of("Mental health", "Adult social care"));
        values.put("sponsorSeat", SPONSOR);
        values.put("otherSeats", "Fire and Rescue\n");
        values.put("termMonths", 24L);
        values.put("closesOn", closesOn);
        return values;
    }

    private void nominate(String person, long groupId, List<String> seatNames) {
        WorkItem task = taskOn(person, groupId);
        var form = runAs.person(person, () -> workflow.form(task.id()));
        List<String> seatIds = form.options().get("seats").stream().filter(o -> seatNames.stream()
                .anyMatch(n -> o.label().startsWith(n))).map(o -> o.value()).toList();
        assertThat(seatIds).hasSize(seatNames.size());
        long me = runAs.person(person, () -> currentUser.require().personId());
        complete(person, task, Map.of("seats", seatIds, "nomineeId", Long.toString(me),
                "statement", "Chairs our locality board."));
    }

    private void closeRound(long groupId) {
        long roundId = runAs.person(LEAD, () -> groups.latestRound(groupId)).orElseThrow().id();
        runAs.person(LEAD, () -> rounds.closeEarly(roundId, "Everyone who will nominate has."));
    }

    private void complete(String person, WorkItem task, Map<String, Object> values) {
        var outcome = runAs.person(person, () -> workflow.complete(task.id(), values));
        assertThat(outcome.errors()).isEmpty();
    }

    private WorkItem taskOn(String person, long groupId) {
        return runAs.person(person, () -> tasks.yoursOn(groupId)).stream().findFirst()
                .orElseThrow(() -> new AssertionError(person + " has no task"));
    }
}

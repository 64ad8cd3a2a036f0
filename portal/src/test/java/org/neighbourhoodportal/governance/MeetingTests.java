package org.neighbourhoodportal.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.Role;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Meetings of Harborough's leadership group through the service: the demo meeting's quorate and non-quorate
 * decisions, a decision with no ToR in force, a flagged decision refused without a note, an undeclared conflict,
 * minutes agreed at a later meeting, the action log, the board pack read back, and who may read and record.
 */
@PortalTest
class MeetingTests {

    private static final String LLR_ICB_MANAGER = "icb.meetings@llr.test";

    @Autowired RunAs runAs;
    @Autowired MeetingService meetings;
    @Autowired LeadershipGroupService groups;
    @Autowired DirectoryService directory;
    @Autowired DirectoryAdministration administration;
    @Autowired Clock clock;

    private static long group;
    private static long demoMeeting;

    @BeforeEach
    void findTheDemoGroup() {
        if (group != 0) {
            return;
        }
        group = runAs.person(LEAD, () -> groups.list()).stream()
                .filter(g -> g.name().equals("Harborough INT leadership group")).findFirst().orElseThrow().id();
        demoMeeting = runAs.person(LEAD, () -> meetings.meetings(group)).rows().stream()
                .filter(m -> m.decisions() > 0).findFirst().orElseThrow().id();
        long team = teamOf();
        long icb = runAs.person(LEAD, () -> directory.team(team).icbId());
        runAs.person(ADMINISTRATOR, () -> {
            long person = administration.savePerson(null, LLR_ICB_MANAGER, "Kim Hall", "Place Lead", null);
            administration.grantRole(person, Role.ICB_MANAGER, icb);
        });
    }

    private long teamOf() {
        return runAs.person(LEAD, () -> groups.startFormOptions().get(LeadershipGroupService.TEAM_OPTIONS).stream()
                .filter(o -> o.label().equals("Harborough INT")).findFirst().orElseThrow().value())
                .transform(Long::parseLong);
    }

    @Test
    void the_demo_meeting_shows_one_quorate_decision_and_one_flagged_as_not_quorate() {
        MeetingDetails meeting = runAs.person(MEMBER, () -> meetings.details(demoMeeting));
        // the demo ToR (quorum six, the lead GP) or one another test put in force today (quorum six)
        assertThat(meeting.torInForce()).contains("quorum 6");
        var decisions = meeting.items().stream().flatMap(i -> i.decisions().stream()).toList();
        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(0).check().quorate()).isTrue();
        assertThat(decisions.get(0).check().flagged()).isFalse();
        assertThat(decisions.get(1).check().quorate()).isFalse();
        assertThat(decisions.get(1).check().quorumInWords()).startsWith("Not quorate: 5 members could take part");
        assertThat(decisions.get(1).flagNote()).contains("ratified");
        assertThat(meeting.actions()).singleElement().satisfies(a -> {
            assertThat(a.owner()).isEqualTo("Dr Anil Mehta");
            assertThat(a.priority()).isNotNull();
        });
        assertThat(runAs.person(MEMBER, () -> meetings.decisionsLog(group)))
                .filteredOn(r -> r.meetingId() == demoMeeting).extracting(DecisionLogRow::flagged)
                .containsExactly(false, true);
        assertThat(meeting.mayRecord()).isFalse();
    }

    @Test
    void a_meeting_before_any_tor_was_in_force_flags_its_decision_and_a_flagged_decision_needs_a_note() {
        long id = plan(LocalDate.now(clock).minusDays(40), LocalTime.of(10, 0), "Shadow board");
        long item = runAs.person(LEAD, () -> meetings.details(id)).items().get(0).id();
        attendEveryMember(id);
        assertThatThrownBy(() -> runAs.person(LEAD, () -> meetings.decide(id, item, "Agree the plan.",
                DecisionMethod.CONSENSUS, null, null)))
                .isInstanceOf(MeetingRefusedException.class).hasMessageContaining("No terms of reference were in force");
        runAs.person(LEAD, () -> meetings.decide(id, item, "Agree the plan.", DecisionMethod.CONSENSUS, null,
                "Ratify once the ToR is signed."));
        MeetingDetails.DecisionView decision = runAs.person(LEAD, () -> meetings.details(id)).items().get(0)
                .decisions().get(0);
        assertThat(decision.check().torInForce()).isFalse();
        assertThat(decision.check().flagged()).isTrue();
    }

    @Test
    void a_quorate_meeting_today_is_not_flagged_until_an_attendee_from_the_organisation_concerned_stays_silent() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        long id = plan(now.toLocalDate(), now.toLocalTime().getHour() == 0 ? LocalTime.MIDNIGHT
                : now.toLocalTime().minusMinutes(30), "Extra meeting");
        MeetingDetails planned = runAs.person(LEAD, () -> meetings.details(id));
        long vasl = planned.organisations().stream().filter(o -> o.name().startsWith("Voluntary Action")).findFirst()
                .orElseThrow().id();
        long item = runAs.person(LEAD, () -> meetings.addItem(id, "A grant to VASL", vasl));
        attendEveryMember(id);
        QuorumCheck.Outcome outcome = runAs.person(LEAD, () -> meetings.checkItem(id, item));
        assertThat(outcome.quorate()).isTrue();
        assertThat(outcome.conflicts()).singleElement().asString().startsWith("Undeclared interest: Priya Shah");
        long priya = planned.people().stream().filter(p -> p.name().equals("Priya Shah")).findFirst().orElseThrow()
                .id();
        // leaving the room is allowed under every conflicts rule: no conflict left, but five members of six
        runAs.person(LEAD, () -> meetings.declare(id, item, priya, "Works for VASL.", InterestAction.LEFT));
        QuorumCheck.Outcome declared = runAs.person(LEAD, () -> meetings.checkItem(id, item));
        assertThat(declared.conflicts()).isEmpty();
        assertThat(declared.quorate()).isFalse();
        assertThat(runAs.person(LEAD, () -> meetings.checkItem(id,
                runAs.person(LEAD, () -> meetings.details(id)).items().get(0).id())).flagged()).isFalse();
    }

    @Test
    void minutes_are_agreed_at_a_later_meeting_and_then_cannot_change() {
        long earlier = plan(LocalDate.now(clock).minusDays(60), LocalTime.of(9, 0), "Earlier");
        long later = plan(LocalDate.now(clock).minusDays(30), LocalTime.of(9, 0), "Later");
        assertThatThrownBy(() -> runAs.person(LEAD, () -> { meetings.agreeMinutes(earlier, later); return null; }))
                .hasMessageContaining("Save the draft minutes first");
        runAs.person(LEAD, () -> { meetings.saveMinutes(earlier, "Minutes."); return null; });
        assertThatThrownBy(() -> runAs.person(LEAD, () -> { meetings.agreeMinutes(later, earlier); return null; }))
                .isInstanceOf(MeetingRefusedException.class);
        runAs.person(LEAD, () -> { meetings.agreeMinutes(earlier, later); return null; });
        MeetingDetails agreed = runAs.person(MEMBER, () -> meetings.details(earlier));
        assertThat(agreed.minutesStatus()).isEqualTo(MinutesStatus.AGREED);
        assertThat(agreed.minutesAgreedAt().id()).isEqualTo(later);
        assertThat(runAs.person(MEMBER, () -> meetings.details(later)).minutesAgreedHere()).extracting(r -> r.id())
                .containsExactly(earlier);
        assertThatThrownBy(() -> runAs.person(LEAD, () -> { meetings.saveMinutes(earlier, "Changed."); return null; }))
                .hasMessageContaining("cannot change");
    }

    @Test
    void text_over_its_limit_is_refused_with_the_numbers() {
        assertThatThrownBy(() -> runAs.person(LEAD, () -> meetings.plan(group, "x".repeat(201), LocalDate.now(clock),
                LocalTime.NOON, null, null)))
                .isInstanceOf(MeetingRefusedException.class)
                .hasMessage("The meeting's title is 201 characters; the limit is 200. Please shorten it by 1.");
    }

    @Test
    void members_and_the_icbs_manager_read_only_the_lead_records_and_the_owner_marks_an_action_done() {
        assertThat(runAs.person(LLR_ICB_MANAGER, () -> meetings.details(demoMeeting)).title()).isNotBlank();
        assertThatThrownBy(() -> runAs.person(THURROCK_LEAD, () -> meetings.details(demoMeeting)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(PPG_REP, () -> meetings.meetings(group)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> meetings.saveMinutes(demoMeeting, "x")))
                .isInstanceOf(NotAllowedException.class);
        long action = runAs.person(LEAD, () -> meetings.details(demoMeeting)).actions().get(0).id();
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> { meetings.actionDone(action); return null; }))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void the_board_pack_has_the_agenda_the_papers_the_latest_report_and_the_work_plan_as_word_headings() throws Exception {
        MeetingDocument pack = runAs.person(MEMBER, () -> meetings.boardPack(demoMeeting));
        assertThat(pack.fileName()).startsWith("Board-pack-").endsWith(".docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(pack.content()))) {
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText).containsExactly("Board pack: " + MeetingDemoData.TITLE);
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading2".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText).contains("Agenda", "Papers",
                            "Paper: Frailty pathway proposal.docx", "Latest highlight report", "Work plan summary");
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("Social prescribing link worker grant to VASL (about Voluntary Action South "
                            + "Leicestershire (VASL))")
                    .anyMatch(t -> t.startsWith("Proposal: one referral route"));
            assertThat(document.getParagraphs()).filteredOn(p -> p.getText().startsWith("Frailty and falls"))
                    .first().satisfies(p -> assertThat(p.getNumID()).isNotNull());
            assertThat(document.getTables()).isNotEmpty();
            assertThat(document.getTables().get(0).getRow(0).getCell(0).getText()).isEqualTo("Priority");
            // printed, a priority's row never runs over a page break
            assertThat(document.getTables().get(0).getRows()).allMatch(row -> row.isCantSplitRow());
        }
    }

    // ----------------------------------------------------------------

    private long plan(LocalDate day, LocalTime time, String title) {
        return runAs.person(LEAD, () -> meetings.plan(group, title, day, time, "Online", "The plan"));
    }

    private void attendEveryMember(long meeting) {
        Map<Long, AttendanceStatus> present = new HashMap<>();
        runAs.person(LEAD, () -> meetings.details(meeting)).attendance().stream().filter(a -> a.member())
                .forEach(a -> present.put(a.personId(), AttendanceStatus.PRESENT));
        runAs.person(LEAD, () -> { meetings.recordAttendance(meeting, present, null); return null; });
    }
}

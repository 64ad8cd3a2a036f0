package org.neighbourhoodportal.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.it.BrowserSuite.fill;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neighbourhoodportal.governance.LeadershipGroupService;
import org.neighbourhoodportal.governance.MeetingDetails;
import org.neighbourhoodportal.governance.MeetingService;
import org.neighbourhoodportal.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A leadership group meeting recorded in the browser by Harborough's lead: planned from the group page, the six
 * members marked present and a guest added, a declaration of interest on the second item (the member leaves the room), a decision on
 * each item: the first quorate, the second refused until the lead says how the group will deal with it, then shown
 * as not quorate and flagged; the board pack downloaded and read back. Axe on the group, meeting and decisions log
 * pages, for the lead and a member. Screenshots go to {@code target/screenshots/meetings-*.png}.
 */
@BrowserTest
class GovernanceMeetingBrowserIT {

    @RegisterExtension
    static final BrowserSuite browser = new BrowserSuite();

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired RunAs runAs;
    @Autowired LeadershipGroupService groups;
    @Autowired MeetingService meetings;
    @Autowired Clock clock;

    @Test
    void the_lead_records_a_meeting_sees_quorate_and_non_quorate_decisions_flagged_and_downloads_the_board_pack()
            throws Exception {
        long group = runAs.person(LEAD, () -> groups.list()).stream()
                .filter(g -> g.name().equals("Harborough INT leadership group")).findFirst().orElseThrow().id();
        List<String> problems = new ArrayList<>();
        Page lead = browser.signIn(LEAD);
        lead.navigate("/governance/groups/" + group);
        assertThat(lead.locator("#group-meetings")).containsText("Meetings");
        problems.addAll(axe(lead, "group"));
        browser.shot(lead, "meetings-01-group.png");

        // plan it: today, an hour ago (so decisions can be recorded), with two items
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalTime at = now.getHour() == 0 ? LocalTime.MIDNIGHT : now.toLocalTime().minusHours(1);
        lead.locator("#plan-meeting").click();
        fill(lead.locator("#meeting-title input"), "Extra meeting: winter pressures");
        Locator day = lead.locator("#meeting-day input");
        day.fill(now.toLocalDate().format(UK));
        day.press("Enter");
        fill(lead.locator("#meeting-time input"), at.format(DateTimeFormatter.ofPattern("HH:mm")));
        fill(lead.locator("#meeting-location input"), "Online");
        fill(lead.locator("#meeting-agenda textarea"), "Winter pressures plan\nWarm spaces funding for VASL");
        browser.shot(lead, "meetings-02-plan.png");
        lead.locator("#meeting-save").click();
        lead.waitForURL(Pattern.compile(".*/governance/meetings/\\d+$"));
        long meeting = Long.parseLong(lead.url().replaceAll(".*/", ""));

        // attendance in the browser: each of the six members marked present, a guest under "Also in attendance"
        MeetingDetails planned = runAs.person(LEAD, () -> meetings.details(meeting));
        org.assertj.core.api.Assertions.assertThat(planned.attendance()).filteredOn(MeetingDetails.AttendanceView::member)
                .hasSize(6);
        for (MeetingDetails.AttendanceView person : planned.attendance()) {
            Pages.select(lead, "#attendance-" + person.personId(), "Present");
        }
        fill(lead.locator("#attendance-also textarea"), "Tom Reed, LLR ICB");
        browser.shot(lead, "meetings-03-attendance.png");
        // saving draws the page afresh: mark the section drawn now, then wait for the new one
        lead.locator("#meeting-attendance").evaluate("e => e.dataset.before = 'saved'");
        lead.locator("#attendance-save").click();
        assertThat(lead.locator("#meeting-attendance:not([data-before])")).isVisible();
        Pages.atRest(lead);
        org.assertj.core.api.Assertions.assertThat(runAs.person(LEAD, () -> meetings.details(meeting)).attendance())
                .filteredOn(MeetingDetails.AttendanceView::member)
                .allMatch(a -> a.status() == org.neighbourhoodportal.governance.AttendanceStatus.PRESENT);

        // Priya Shah's declaration on the second item, typed on the page: she works for VASL and leaves the room
        lead.locator("#item-2 vaadin-details").first().locator("vaadin-details-summary").click();
        Pages.choose(lead, "item-2-declare-person", "Priya Shah");
        fill(lead.locator("#item-2-declare-interest input"), "Works for VASL, which would receive the funding.");
        Pages.select(lead, "#item-2-declare-action", "Left the room for the item");
        lead.locator("#item-2-declare-save").click();
        assertThat(lead.locator("#item-2")).containsText("Declared interest: Priya Shah");
        assertThat(lead.locator("#attendance-also textarea")).hasValue("Tom Reed, LLR ICB");

        // item 1: all six members, quorate
        open(lead, "#item-1", "#item-1-decision-text textarea");
        fill(lead.locator("#item-1-decision-text textarea"), "Adopt the winter pressures plan.");
        lead.locator("#item-1-decision-save").click();
        assertThat(lead.locator("#item-1 .meeting-decision")).containsText("Quorate");
        assertThat(lead.locator("#item-1 .meeting-decision")).not().containsText("Flagged");

        // item 2: five members could take part; refused until the lead says how the group will deal with it
        open(lead, "#item-2", "#item-2-decision-text textarea");
        fill(lead.locator("#item-2-decision-text textarea"), "Fund VASL's warm spaces for the winter.");
        lead.locator("#item-2-decision-save").click();
        assertThat(lead.locator("#item-2-decision-problem")).containsText("This decision would be flagged");
        assertThat(lead.locator("#item-2-decision-text textarea"))
                .hasValue("Fund VASL's warm spaces for the winter."); // what they typed survives
        browser.shot(lead, "meetings-03b-flag-refused.png");
        fill(lead.locator("#item-2-decision-note textarea"), "To be ratified at the next quorate meeting.");
        lead.locator("#item-2-decision-save").click();
        assertThat(lead.locator("#item-2 .meeting-decision")).containsText("Not quorate");
        assertThat(lead.locator("#item-2 .meeting-decision")).containsText("Flagged");
        problems.addAll(axe(lead, "meeting"));
        browser.shot(lead, "meetings-04-decisions.png");
        Page phone = browser.page(BrowserSuite.PHONE_WIDTH, BrowserSuite.PHONE_HEIGHT);
        browser.signIn(phone, LEAD, null);
        phone.navigate("/governance/meetings/" + meeting);
        phone.waitForLoadState(LoadState.NETWORKIDLE);
        browser.shot(phone, "meetings-05-meeting-phone.png");

        // the board pack, in one click
        Download download = lead.waitForDownload(() -> lead.locator("#download-board-pack").click());
        Path pack = BrowserSuite.SCREENSHOTS.resolve("meetings-board-pack.docx");
        download.saveAs(pack);
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(pack))) {
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText).containsExactly("Board pack: Extra meeting: winter pressures");
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading2".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText)
                    .contains("Agenda", "Papers", "Latest highlight report", "Work plan summary");
        }

        // a follow-up meeting half an hour later, all six present, ratifies the flagged decision on its first item
        LocalTime followUpAt = at.plusSeconds(java.time.Duration.between(now.toLocalDate().atTime(at),
                ZonedDateTime.now(clock).toLocalDateTime()).toSeconds() / 2).withSecond(0).withNano(0);
        long followUp = runAs.person(LEAD, () -> meetings.plan(group, "Follow-up: winter pressures",
                now.toLocalDate(), followUpAt, "Online", "Matters arising"));
        java.util.Map<Long, org.neighbourhoodportal.governance.AttendanceStatus> all = new java.util.HashMap<>();
        planned.attendance().forEach(a -> all.put(a.personId(),
                org.neighbourhoodportal.governance.AttendanceStatus.PRESENT));
        runAs.person(LEAD, () -> meetings.recordAttendance(followUp, all, null));
        lead.navigate("/governance/meetings/" + followUp);
        lead.locator("#item-1 vaadin-details").nth(2).locator("vaadin-details-summary").click();
        Pages.select(lead, "#item-1-ratify-decision", org.neighbourhoodportal.ui.Formats.day(now.toLocalDate())
                + ": Fund VASL's warm spaces for the winter.");
        lead.locator("#item-1-ratify-save").click();
        assertThat(lead.locator("#item-1 .meeting-decision")).containsText("Ratified a flagged decision of");
        assertThat(lead.locator("#item-1 .meeting-decision")).containsText("Quorate");
        problems.addAll(axe(lead, "follow-up meeting"));
        browser.shot(lead, "meetings-06a-ratified.png");
        lead.navigate("/governance/meetings/" + meeting);
        assertThat(lead.locator("#item-2 .meeting-settled")).containsText("Ratified at the meeting of");
        assertThat(lead.locator("#item-2 .meeting-settled a")).hasAttribute("href",
                MeetingService.route(followUp));
        assertThat(lead.locator("#item-2 .meeting-decision")).containsText("Flagged"); // the flag stays
        lead.locator("#item-2").scrollIntoViewIfNeeded();
        browser.shot(lead, "meetings-06b-flag-and-ratification.png");
        phone.navigate("/governance/meetings/" + meeting);
        phone.locator("#item-2 .meeting-settled").scrollIntoViewIfNeeded();
        browser.shot(phone, "meetings-06c-ratified-phone.png");

        // the decisions log: the original flag and its ratification
        lead.navigate("/governance/groups/" + group + "/decisions");
        assertThat(lead.locator("#decisions-grid")).containsText("Fund VASL's warm spaces for the winter.");
        assertThat(lead.locator("#decisions-grid")).containsText("Ratified at the meeting of");
        problems.addAll(axe(lead, "decisions log"));
        browser.shot(lead, "meetings-06-decisions-log.png");

        // a member reads the meeting, and has nothing to record
        Page member = browser.signIn(MEMBER);
        member.navigate("/governance/meetings/" + meeting);
        assertThat(member.locator("#item-2 .meeting-decision")).containsText("Flagged");
        assertThat(member.locator("#attendance-save")).hasCount(0);
        problems.addAll(axe(member, "meeting as a member"));
        browser.shot(member, "meetings-07-member.png");
        org.assertj.core.api.Assertions.assertThat(problems).as("serious or critical accessibility problems")
                .isEmpty();
    }

    private static List<String> axe(Page page, String where) {
        return Pages.accessibilityProblems(page, where);
    }

    /** Opens the item's "Record a decision" section unless its field shows already. */
    private static void open(Page page, String item, String field) {
        if (!page.locator(field).isVisible()) {
            page.locator(item + " vaadin-details").nth(1).locator("vaadin-details-summary").click();
        }
    }
}

package org.neighbourhoodportal.governance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.neighbourhoodportal.attachments.AttachmentService;
import org.neighbourhoodportal.demo.DemoData;
import org.neighbourhoodportal.directory.DemoDirectoryData;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.forms.Option;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Harborough's leadership group meeting in the demo (seed 000: the INT meets monthly), recorded by the INT lead
 * through the same service the meeting page uses: agenda, a paper, attendance, a declaration of interest, two
 * decisions (one quorate, one not: the member who declared an interest took no part, leaving five of the six the ToR
 * needs, so it is flagged with the group's note), draft minutes, an action linked to a work plan priority, and next
 * month's meeting planned.
 */
@Component
@Order(1210)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class MeetingDemoData implements DemoData {

    static final String TITLE = "Leadership group: monthly meeting";

    private final LeadershipGroupService groups;
    private final MeetingService meetings;
    private final AttachmentService attachments;
    private final Clock clock;

    MeetingDemoData(LeadershipGroupService groups, MeetingService meetings, AttachmentService attachments,
                    Clock clock) {
        this.groups = groups;
        this.meetings = meetings;
        this.attachments = attachments;
        this.clock = clock;
    }

    @Override
    public String loadAs() {
        return DemoDirectoryData.LEAD;
    }

    @Override
    public void load() {
        long group = groups.list().stream().filter(g -> g.name().equals("Harborough INT leadership group"))
                .findFirst().orElseThrow().id();
        // today, before now: the ToR came into force today and decisions are recorded once a meeting has started
        ZonedDateTime now = ZonedDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        LocalTime at = now.toLocalTime().isAfter(LocalTime.of(9, 40)) ? LocalTime.of(9, 30)
                : now.toLocalTime().minusMinutes(Math.min(10, now.getHour() * 60L + now.getMinute()));
        LocalDate today = now.toLocalDate();
        long meeting = meetings.plan(group, TITLE, today, at, "Harborough District Council offices, Market Harborough",
                "Welcome, apologies and declarations of interest\n"
                        + "Frailty and falls prevention: the joint pathway\n");
        MeetingDetails planned = meetings.details(meeting);
        long vasl = organisation(planned, "Voluntary Action");
        long grant = meetings.addItem(meeting, "Social prescribing link worker grant to VASL", vasl);
        meetings.addItem(meeting, "Any other business", null);
        attachments.add(MeetingService.RECORD_KIND, meeting, null, "Frailty pathway proposal.docx",
                new ByteArrayInputStream(paper()));

        Map<Long, AttendanceStatus> present = new HashMap<>();
        planned.attendance().forEach(a -> present.put(a.personId(), AttendanceStatus.PRESENT));
        PersonOption lead = person(planned, "Helen Carter");
        present.put(lead.id(), AttendanceStatus.PRESENT);
        present.put(person(planned, "Dr Claire Hughes").id(), AttendanceStatus.APOLOGIES);
        meetings.recordAttendance(meeting, present, "Tom Reed, LLR ICB (observing)");

        MeetingDetails held = meetings.details(meeting);
        long pathway = held.items().get(1).id();
        meetings.decide(meeting, pathway, "Adopt the joint frailty and falls pathway from January, with the PCN's "
                + "frailty team as the single point of referral.", DecisionMethod.CONSENSUS, null, null);
        long priya = person(held, "Priya Shah").id();
        meetings.declare(meeting, grant, priya, "Works for VASL, which would hold the link worker grant.",
                InterestAction.STAYED_OUT);
        meetings.decide(meeting, grant, "Award the £18,000 social prescribing link worker grant to VASL for 2027.",
                DecisionMethod.CONSENSUS, null, "Five members could take part: to be ratified at the next quorate "
                        + "meeting before the grant letter is sent.");
        meetings.saveMinutes(meeting, "Present: the six members of the group, and the INT coordinator (chair). "
                + "Apologies: Dr Claire Hughes (SLMG).\n"
                + "1. No interests declared other than under item 3.\n"
                + "2. The group adopted the joint frailty and falls pathway.\n"
                + "3. Priya Shah declared an interest and took no part. The remaining members supported the grant; "
                + "with five members able to take part the meeting was not quorate for this item, so it will be "
                + "ratified next month.\n"
                + "4. No other business.");
        List<Option> priorities = held.priorities();
        Long priority = priorities.stream().filter(o -> o.label().toLowerCase().contains("frail")).findFirst()
                .or(() -> priorities.stream().findFirst()).map(o -> Long.valueOf(o.value())).orElse(null);
        meetings.addAction(meeting, pathway, "Agree the referral form for the frailty pathway with the three "
                + "practices.", person(held, "Dr Anil Mehta").id(), today.plusWeeks(3), priority);
        meetings.plan(group, TITLE, today.plusMonths(1), LocalTime.of(9, 30),
                "Harborough District Council offices, Market Harborough",
                "Welcome, apologies and declarations of interest\nMinutes of the last meeting\n"
                        + "Ratify the social prescribing grant to VASL\nAny other business");
    }

    private static long organisation(MeetingDetails meeting, String startsWith) {
        return meeting.organisations().stream().filter(o -> o.name().startsWith(startsWith))
                .map(OrganisationSummary::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("Meetings demo: no organisation " + startsWith));
    }

    private static PersonOption person(MeetingDetails meeting, String name) {
        return meeting.people().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Meetings demo: nobody called " + name));
    }

    private static byte[] paper() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Frailty and falls prevention: a joint pathway for "
                    + "Harborough");
            document.createParagraph().createRun().setText("Proposal: one referral route into the PCN frailty team "
                    + "for practices, LPT community services, the fire service's safe and well visits and VASL.");
            document.createParagraph().createRun().setText("Ask of the group: adopt the pathway from January.");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

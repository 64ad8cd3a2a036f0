package org.neighbourhoodportal.it;

import static org.neighbourhoodportal.it.Pages.choose;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.it.BrowserSuite.fill;

import com.deque.html.axecore.results.Rule;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 12's "done when", for governance, all in the browser, each person in a window of their own: on the demo
 * Harborough INT the lead forms a new leadership group from empty, two member organisations nominate, the lead closes
 * the round early, reads the gaps in plain English, accepts them with a reason and confirms the group; then the lead
 * drafts a ToR, one organisation objects to a section and another has no objection, the lead revises it and sends it
 * for sign-off with reasons, every organisation's designated signatory signs, and the lead downloads the version in
 * force as Word (read back with POI, converted to PDF with LibreOffice when it is installed). The e-mails of each
 * round reach a real SMTP server (GreenMail on a free port); axe-core checks each governance view on the way.
 * Screenshots go to {@code target/screenshots/governance-*.png}.
 */
@BrowserTest
class GovernanceBrowserIT {

    @RegisterExtension
    static final BrowserSuite browser = new BrowserSuite();

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp;

    @Autowired RunAs runAs;
    @Autowired CurrentUser currentUser;
    @Autowired DirectoryService directory;
    @Autowired DirectoryAdministration administration;
    @Autowired Clock clock;

    private final List<String> accessibility = new ArrayList<>();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("portal.notifications.mail-enabled", () -> "true");
        registry.add("portal.notifications.send-automatically", () -> "true");
        registry.add("portal.notifications.poll-every", () -> "PT0.5S");
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void the_lead_forms_a_leadership_group_from_empty_with_nominations_a_gap_accepted_and_the_group_confirmed()
            throws Exception {
        LocalDate today = LocalDate.now(clock);
        String name = "Harborough INT leadership group 2027";
        Page lead = browser.signIn(LEAD);
        lead.navigate("/governance/groups");
        assertThat(lead.locator("#leadership-group-grid")).isVisible();
        axe(lead, "governance/groups");

        // the lead defines the seats: core ones, a senior sponsor, the others, a term of office
        lead.navigate("/governance/groups/new");
        assertThat(lead.locator("#field-name input")).isVisible();
        axe(lead, "governance/groups/new");
        choose(lead, "field-teamId", "Harborough INT");
        fill(lead.locator("#field-name input"), name);
        for (String seat : List.of("Lead GP or PCN clinical director", "Community health", "Mental health",
                "Adult social care", "VCSE")) {
            lead.locator("#field-coreSeats vaadin-checkbox").filter(new Locator.FilterOptions().setHasText(seat))
                    .locator("label").click();
        }
        fill(lead.locator("#field-otherSeats textarea"), "Healthwatch\nLeicestershire Fire & Rescue");
        fill(lead.locator("#field-sponsorSeat input"), "Senior sponsor (LLR ICB director)");
        fill(lead.locator("#field-termMonths input"), "24");
        date(lead, "field-closesOn", today.plusDays(14));
        browser.shot(lead, "governance-01-seats.png");
        lead.locator("#form-leadership-group").click();
        lead.waitForURL(Pattern.compile(".*/governance/groups/\\d+$"));
        long groupId = idIn(lead.url());
        assertThat(lead.locator("#record-now")).containsText("Nominate for the leadership group");
        assertThat(lead.locator("#round-panel")).containsText("0 of 16 answered");
        browser.shot(lead, "governance-02-nominations-asked.png");
        axe(lead, "governance/groups/n (nominations open)");

        // two member organisations' representatives nominate, each in their own window
        nominate(MEMBER, groupId, "VCSE", "Priya Shah", "Chairs the VCSE network in Harborough.");
        nominate(COUNCIL_MEMBER, groupId, "Adult social care", "Jo Bennett",
                "Leads on health and wellbeing for the district council.");

        // most of the sixteen will not answer: the lead closes the round early
        lead.reload();
        assertThat(lead.locator("#round-panel")).containsText("2 of 16 answered");
        fill(lead.locator("#round-close-reason textarea"), "Every organisation that will nominate has; the others "
                + "told the INT meeting they will not.");
        lead.locator("#round-close").click();
        assertThat(lead.locator("#round-panel")).containsText("closed it early");
        lead.reload();
        // the rules check's gaps, in plain English, on the group's page
        Locator card = lead.locator(".portal-card").filter(new Locator.FilterOptions().setHasText(name)).first();
        assertThat(card).containsText("Gaps found");
        assertThat(card).containsText("Mental health");
        assertThat(card).not().containsText("Exception");
        browser.shot(lead, "governance-03-gaps.png");

        // the lead accepts the gaps with a reason and confirms the group
        doIt(lead, "Decide what to do about the gaps");
        axe(lead, "tasks/n (resolve gaps)");
        lead.locator("#field-nextStep").getByText("Accept the gaps and go on to confirm the group").click();
        fill(lead.locator("#field-reason textarea"), "The PCN clinical directors agree their nominee in March; LPT "
                + "covers community and mental health from April; the ICB names the sponsor next month.");
        browser.shot(lead, "governance-04-accept-gaps.png");
        submit(lead);
        assertThat(lead.locator("#next-step-name")).hasText("Confirm the leadership group");
        lead.locator("#next-step-open").click();
        assertThat(lead.locator("#task-title")).hasText("Confirm the leadership group");
        assertThat(lead.locator("#field-appointments")).containsText("VCSE: Priya Shah");
        // every nomination starts ticked
        assertThat(lead.locator("#field-appointments vaadin-checkbox[checked]")).hasCount(2);
        axe(lead, "tasks/n (confirm group)");
        fill(lead.locator("#field-note textarea"), "Thank you both: the first meeting is on the first Tuesday.");
        browser.shot(lead, "governance-05-confirm.png");
        submit(lead);

        // the group's page: seats, members, their organisations and terms
        lead.navigate("/governance/groups/" + groupId);
        card = lead.locator(".portal-card").filter(new Locator.FilterOptions().setHasText(name)).first();
        assertThat(card).containsText("Confirmed");
        assertThat(card).containsText("Gaps accepted");
        assertThat(card).containsText("The PCN clinical directors agree their nominee in March");
        assertThat(card).containsText("Seats and members");
        assertThat(card).containsText("Senior sponsor (LLR ICB director) (senior sponsor)");
        assertThat(card).containsText("VCSE (core)");
        assertThat(card).containsText("Priya Shah, Voluntary Action South Leicestershire (VASL), until");
        assertThat(card).containsText("Jo Bennett, Harborough District Council, until");
        assertThat(card).containsText("term of office 24 months");
        assertThat(lead.locator("#record-now")).containsText("Nothing is waiting");
        browser.shot(lead, "governance-06-group-confirmed.png");
        axe(lead, "governance/groups/n (confirmed)");
        lead.navigate("/governance/groups");
        assertThat(lead.locator("#leadership-group-grid")).containsText(name);
        browser.shot(lead, "governance-07-groups.png");

        Page phone = browser.signIn(MEMBER, BrowserSuite.PHONE_WIDTH, BrowserSuite.PHONE_HEIGHT);
        phone.navigate("/governance/groups/" + groupId);
        assertThat(phone.locator("#record-title")).isVisible();
        assertThat(phone.locator("#main-content")).containsText("Priya Shah, Voluntary Action");
        browser.shot(phone, "governance-08-group-phone.png");
        phone.navigate("/governance/groups");
        assertThat(phone.locator("#leadership-group-grid")).isVisible();
        browser.shot(phone, "governance-09-groups-phone.png");
        axe(phone, "governance/groups (phone)");

        // the e-mails: the call for nominations to each organisation's representatives, the outcome to the nominees
        awaitMail(MEMBER, "Nominations: " + name);
        awaitMail(COUNCIL_MEMBER, "Nominations: " + name);
        awaitMail("signatory.lpt@harborough.demo", "Nominations: " + name);
        awaitMail(MEMBER, "You have a seat on the " + name);
        awaitMail(COUNCIL_MEMBER, "You have a seat on the " + name);
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    @Test
    void the_lead_drafts_a_tor_takes_comments_revises_it_every_signatory_signs_and_the_word_copy_is_right()
            throws Exception {
        LocalDate today = LocalDate.now(clock);
        String title = "Harborough INT terms of reference (browser test)";
        Page lead = browser.signIn(LEAD);
        lead.navigate("/governance/agreements/new");
        assertThat(lead.locator("#field-title input")).isVisible();
        axe(lead, "governance/agreements/new");
        choose(lead, "field-teamId", "Harborough INT");
        lead.locator("#field-kind").getByText("Terms of reference (ToR)").click();
        fill(lead.locator("#field-title input"), title);
        text(lead, "purpose", "Harborough INT brings general practice, community and mental health services, the "
                + "councils and the voluntary sector together.");
        text(lead, "status", "These terms of reference are not a contract and create no legal obligations.");
        text(lead, "membership", "The member organisations listed in the portal's directory.");
        text(lead, "quorum", "Four members.");
        text(lead, "decisions", "By consensus, escalated to the senior sponsor.");
        text(lead, "interests", "Members declare interests at the start of each meeting.");
        text(lead, "meetings", "Monthly. Papers go out five working days before.");
        text(lead, "review", "Reviewed every year. A member may leave with three months' notice.");
        text(lead, "signatories", "Each organisation signs through its designated signatory.");
        fill(lead.locator("#field-quorumMembers input"), "4");
        choose(lead, "field-decisionMethod", "By consensus");
        choose(lead, "field-conflictsRule", "Declared, and the member leaves for that item");
        date(lead, "field-reviewOn", today.plusYears(1));
        date(lead, "field-closesOn", today.plusDays(21));
        browser.shot(lead, "governance-10-draft-tor.png");
        lead.locator("#share-agreement").click();
        lead.waitForURL(Pattern.compile(".*/governance/agreements/\\d+$"));
        long agreementId = idIn(lead.url());
        assertThat(lead.locator("#round-panel")).containsText("0 of 16 answered");
        assertThat(lead.locator("#main-content")).containsText("Quorum: 4 members.");
        browser.shot(lead, "governance-11-tor-shared.png");
        axe(lead, "governance/agreements/n (comment round)");

        // one organisation objects to a section; another has no objection
        Page member = browser.signIn(MEMBER);
        member.navigate("/governance/agreements/" + agreementId);
        doIt(member, "Comment on the draft");
        member.locator("#field-stance").getByText("We have comments or objections").click();
        choose(member, "field-section", "Quorum");
        fill(member.locator("#field-comment textarea"), "Four is too few for sixteen organisations: please make it six.");
        member.locator("#field-objection label").click();
        browser.shot(member, "governance-12-objection.png");
        axe(member, "tasks/n (comment)");
        submit(member);
        member.context().close();

        Page council = browser.signIn(COUNCIL_MEMBER);
        council.navigate("/governance/agreements/" + agreementId);
        doIt(council, "Comment on the draft");
        council.locator("#field-stance").getByText("No objection").click();
        submit(council);
        council.context().close();

        // the lead closes the comment round early, revises and sends it for sign-off with the reason recorded
        lead.reload();
        assertThat(lead.locator("#round-panel")).containsText("2 of 16 answered");
        assertThat(lead.locator("#main-content")).containsText("objection to Quorum");
        fill(lead.locator("#round-close-reason textarea"), "Enough answers to revise.");
        lead.locator("#round-close").click();
        assertThat(lead.locator("#round-panel")).containsText("closed it early");
        lead.reload();
        doIt(lead, "Revise the draft");
        axe(lead, "tasks/n (revise)");
        text(lead, "quorum", "Six members, including the lead GP or PCN clinical director.");
        fill(lead.locator("#field-quorumMembers input"), "6");
        fill(lead.locator("#field-quorumSeats textarea"), "Lead GP or PCN clinical director");
        text(lead, "changeNote", "Quorum raised to six, as VASL asked.");
        lead.locator("#field-nextStep").getByText("Send it to each organisation's designated signatory to sign")
                .click();
        date(lead, "field-closesOn", today.plusDays(14));
        fill(lead.locator("#field-closeReason textarea"), "VASL's objection is met: the quorum is now six.");
        browser.shot(lead, "governance-13-revise.png");
        submit(lead);

        lead.navigate("/governance/agreements/" + agreementId);
        assertThat(lead.locator("#main-content")).containsText("version 2");
        assertThat(lead.locator("#main-content")).containsText("Quorum: 6 members, including Lead GP or PCN clinical "
                + "director.");
        assertThat(lead.locator("#main-content")).containsText("What changed from version 1");
        assertThat(lead.locator("#main-content")).containsText("Sent for sign-off with objections outstanding");
        browser.shot(lead, "governance-14-sign-off-asked.png");

        // every member organisation's designated signatory signs, each in their own window
        long team = harborough();
        List<String> signatories = runAs.person(LEAD, () -> directory.memberOrganisations(team).stream()
                .map(OrganisationSummary::id).map(o -> administration.signatoryOf(team, o).orElseThrow().id())
                .map(p -> directory.recipients(List.of(p), List.of()).get(0).email()).toList());
        assertThat(signatories).hasSize(16).contains(LEAD, MEMBER, COUNCIL_MEMBER);
        boolean first = true;
        for (String signatory : signatories) {
            Page page = browser.signIn(signatory);
            page.navigate("/governance/agreements/" + agreementId);
            doIt(page, "Sign for your organisation");
            fill(page.locator("#field-role input"), signatory.equals(LEAD) ? "INT Coordinator" : "Chief Executive");
            page.locator("#field-agree label").click();
            if (first) {
                // the signatory reads what they sign above the form
                assertThat(page.locator("#main-content")).containsText("Six members, including the lead GP");
                browser.shot(page, "governance-15-sign.png");
                axe(page, "tasks/n (sign)");
                first = false;
            }
            submit(page);
            page.context().close();
        }

        // in force: the page says so, and the Word copy has the version and every signature
        lead.navigate("/governance/agreements/" + agreementId);
        assertThat(lead.locator("#main-content")).containsText("In force");
        assertThat(lead.locator("#main-content")).containsText("in force since");
        browser.shot(lead, "governance-16-in-force.png");
        axe(lead, "governance/agreements/n (in force)");
        Download download = lead.waitForDownload(() -> lead.locator("#download-docx").click());
        Path docx = BrowserSuite.SCREENSHOTS.resolve("governance-tor.docx");
        download.saveAs(docx);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs).filteredOn(p -> "Heading1".equals(p.getStyle())).extracting(XWPFParagraph::getText)
                    .containsExactly(title);
            assertThat(paragraphs).filteredOn(p -> "Heading2".equals(p.getStyle())).extracting(XWPFParagraph::getText)
                    .contains("Purpose and scope", "Quorum", "Quorum and decision rules", "Signed for each organisation");
            assertThat(paragraphs).extracting(XWPFParagraph::getText)
                    .anyMatch(t -> t.contains("version 2") && t.contains("in force from"))
                    .contains("Quorum: 6 members, including Lead GP or PCN clinical director.");
            XWPFTable table = document.getTables().get(0);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("Organisation");
            assertThat(table.getRows()).hasSize(17);
            assertThat(table.getRows().stream().map(r -> r.getCell(1).getText()).toList())
                    .contains("Helen Carter", "Priya Shah", "Jo Bennett", "Dr Anil Mehta");
        }
        toPdf(docx);

        Page phone = browser.signIn(MEMBER, BrowserSuite.PHONE_WIDTH, BrowserSuite.PHONE_HEIGHT);
        phone.navigate("/governance/agreements/" + agreementId);
        assertThat(phone.locator("#record-title")).isVisible();
        browser.shot(phone, "governance-17-tor-phone.png");
        phone.navigate("/governance/agreements");
        assertThat(phone.locator("#agreement-grid")).isVisible();
        browser.shot(phone, "governance-18-tors-phone.png");
        axe(phone, "governance/agreements (phone)");
        lead.navigate("/governance/agreements");
        assertThat(lead.locator("#agreement-grid")).containsText(title);
        axe(lead, "governance/agreements");

        // the e-mails: the comment round to the representatives, the sign-off to each designated signatory only
        awaitMail(MEMBER, "Comment: " + title);
        awaitMail("signatory.mhmc@harborough.demo", "Sign: " + title);
        awaitMail("signatory.fire@harborough.demo", "Sign: " + title);
        awaitMail(MEMBER, title + " is agreed and in force");
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    // ---- steps ---------------------------------------------------------------------------------------------------

    private void nominate(String person, long groupId, String seat, String nominee, String why) {
        Page page = browser.signIn(person);
        page.navigate("/governance/groups/" + groupId);
        doIt(page, "Nominate for the leadership group");
        // the group's seats are shown above the form
        assertThat(page.locator("#main-content")).containsText("Seats and nominations");
        page.locator("#field-seats vaadin-checkbox").filter(new Locator.FilterOptions().setHasText(seat))
                .locator("label").click();
        choose(page, "field-nomineeId", nominee);
        fill(page.locator("#field-statement textarea"), why);
        if (person.equals(MEMBER)) {
            browser.shot(page, "governance-02b-nominate.png");
            axe(page, "tasks/n (nominate)");
        }
        submit(page);
        page.context().close();
    }

    /** The record page's "Waiting for you: …" line for this step, then its button to the task page. */
    private static void doIt(Page page, String taskName) {
        page.locator("div:has(> span:has-text('Waiting for you: " + taskName.replace("'", "\\'")
                + "')) > vaadin-button").first().click();
        page.waitForURL(Pattern.compile(".*/tasks/[^/]+$"));
        assertThat(page.locator("#task-title")).hasText(taskName);
    }

    /** Sends the task's form; the page leaves the form (for the inbox, or the next step) once it is accepted. */
    private static void submit(Page page) {
        page.locator("#submit-task").click();
        assertThat(page.locator("#task-title")).hasCount(0);
        page.waitForLoadState(LoadState.NETWORKIDLE); // nothing in flight when the window is closed
    }

    private static void text(Page page, String field, String value) {
        fill(page.locator("#field-" + field + " textarea"), value);
    }

    private static void date(Page page, String fieldId, LocalDate day) {
        Locator input = page.locator("#" + fieldId + " input");
        input.fill(day.format(UK));
        input.press("Enter"); // commits the date and closes the calendar
    }


    private long harborough() {
        return runAs.person(LEAD, () -> currentUser.require().ledTeams().iterator().next());
    }

    private static long idIn(String url) {
        return Long.parseLong(url.replaceAll(".*/", ""));
    }

    // ---- checks --------------------------------------------------------------------------------------------------

    private void axe(Page page, String what) {
        accessibility.addAll(Pages.accessibilityProblems(page, what));
    }

    /** Waits for an e-mail to this address whose subject contains the words (the outbox sends every half second). */
    private static MimeMessage awaitMail(String address, String subjectPart) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (to(message).contains(address) && message.getSubject() != null
                        && message.getSubject().contains(subjectPart)) {
                    return message;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No e-mail to " + address + " about \"" + subjectPart + "\"; it has: "
                + Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).contains(address))
                .map(GovernanceBrowserIT::subject).toList());
    }

    private static List<String> to(MimeMessage message) {
        try {
            Address[] all = message.getAllRecipients();
            return all == null ? List.of() : Arrays.stream(all).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** LibreOffice, when installed, turns the Word copy into a PDF beside it, to look at. */
    private static void toPdf(Path docx) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/libreoffice"))) {
            return;
        }
        Process convert = new ProcessBuilder("/usr/bin/libreoffice", "--headless", "--convert-to", "pdf", "--outdir",
                docx.getParent().toString(), docx.toString()).redirectErrorStream(true).start();
        if (convert.waitFor(120, TimeUnit.SECONDS)) {
            assertThat(docx.resolveSibling("governance-tor.pdf")).exists();
        } else {
            convert.destroy();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

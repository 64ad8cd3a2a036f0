package org.neighbourhoodportal.it;

import static org.neighbourhoodportal.it.Pages.choose;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.it.BrowserSuite.fill;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neighbourhoodportal.administration.ImportWorkbooks;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 9's "done when" as one journey in Chromium, from a fresh installation: an empty database, no demo data, only
 * the administrator the bootstrap properties create. Everything a person does is done in the browser:
 * <ol>
 *     <li>the administrator adds an ICB, an INT, its organisations, a PPG and three people by hand, makes the
 *     organisations members, gives the roles and names a signatory;</li>
 *     <li>adds a second INT and brings its organisations and people in from a spreadsheet (written here with POI):
 *     preview, then apply;</li>
 *     <li>invites a person: the e-mail arrives at a real SMTP server (GreenMail on a free port, the portal's
 *     {@code spring.mail.*} pointed at it, sent by the portal's own outbox schedule), the person opens its link, sets a
 *     password, signs in and sees their home page;</li>
 *     <li>a second person signs in with their organisation's account through a real OIDC provider (mock-oauth2-server
 *     on a free port, set through the {@code portal.sign-in.organisation.*} properties production uses), matched by
 *     e-mail;</li>
 *     <li>a PPG representative (invited the same way) sends feedback, the second person picks up its task and is then
 *     switched off: their session ends, the task is back in the team's inbox for the other lead, who has a notice;</li>
 *     <li>the Changes page shows each change: who, when, before and after.</li>
 * </ol>
 * Screenshots go to {@code target/screenshots/journey-*.png}.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT, properties = {
        "vaadin.productionMode=true",
        "portal.demo.enabled=false",
        "portal.bootstrap.admin-email=" + FreshInstallJourneyIT.ADMIN,
        "portal.bootstrap.admin-password=" + FreshInstallJourneyIT.ADMIN_PASSWORD,
        // e-mail leaves as in production: the outbox schedule sends it, here every second
        "portal.notifications.mail-enabled=true",
        "portal.notifications.send-automatically=true",
        "portal.notifications.poll-every=PT1S",
        "portal.notifications.sender=Neighbourhood Portal <portal@example.org>"})
@ActiveProfiles("test") // a fresh in-memory database of its own; not "demo"
class FreshInstallJourneyIT {

    static final String ADMIN = "first.admin@example.org";
    static final String ADMIN_PASSWORD = "a long passphrase nobody guesses easily";

    private static final String ANA = "ana.reyes@example.nhs.uk";
    private static final String BEN = "ben.cole@example.gov.uk";
    private static final String PAT = "pat.green@example.org";
    private static final String NIA = "nia.brook@example.nhs.uk";
    private static final String FEEDBACK = "The automatic door at the surgery's side entrance sticks";

    private static final int PORTAL_PORT = freePort();
    private static final int SMTP_PORT = freePort();
    private static final String ISSUER = "organisation";
    private static final String CLIENT_ID = "neighbourhood-portal";
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
    private static final Pattern SET_PASSWORD_LINK = Pattern.compile(
            "(http://localhost:" + PORTAL_PORT + "/set-password/[A-Za-z0-9_-]+)");

    private static GreenMail smtp;

    static {
        // before the application starts: it reads the provider's discovery document then
        PROVIDER.start();
    }

    @RegisterExtension
    static final BrowserSuite browser = new BrowserSuite();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry properties) {
        properties.add("server.port", () -> PORTAL_PORT);
        properties.add("portal.notifications.base-url", () -> "http://localhost:" + PORTAL_PORT);
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("portal.sign-in.organisation.issuer", () -> PROVIDER.issuerUrl(ISSUER).toString());
        properties.add("portal.sign-in.organisation.client-id", () -> CLIENT_ID);
        properties.add("portal.sign-in.organisation.client-secret", () -> "a-secret-for-tests");
        properties.add("portal.sign-in.organisation.provider-name", () -> "NHSmail");
    }

    @BeforeAll
    static void startServers() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopServers() {
        smtp.stop();
        PROVIDER.shutdown();
    }

    @Test
    void from_a_fresh_installation_an_administrator_brings_people_in_and_every_change_is_on_the_audit_trail() {
        // 1. only the bootstrap administrator exists
        Page admin = browser.page();
        admin.navigate("/login");
        fill(admin.locator("input[name=username]"), ADMIN);
        fill(admin.locator("input[name=password]"), ADMIN_PASSWORD);
        admin.locator("input[name=password]").press("Enter");
        admin.waitForURL(url -> !url.contains("/login"));
        assertThat(admin.locator("h2").first()).hasText("Hello, Administrator");
        admin.navigate("/admin/directory");
        assertThat(admin.locator("#people vaadin-grid-cell-content").filter(hasText(ADMIN))).hasCount(1);
        assertThat(admin.locator("#people vaadin-grid-cell-content").filter(hasText("@"))).hasCount(1);
        browser.shot(admin, "journey-01-fresh-directory.png");

        // 2a. an ICB, an INT, its organisations, a PPG and people, by hand
        tab(admin, "ICBs");
        button(admin, "Add an ICB").click();
        fill(admin.locator("#admin-name input"), "Riverside ICB");
        save(admin);
        tab(admin, "INTs");
        button(admin, "Add an INT").click();
        fill(admin.locator("#admin-name input"), "Riverside INT");
        choose(admin, "admin-icb", "Riverside ICB");
        save(admin);
        tab(admin, "Organisations");
        addOrganisation(admin, "Riverside Surgery", "General practice", "C81001");
        addOrganisation(admin, "Riverside Borough Council", "Local authority", "");
        tab(admin, "PPGs");
        button(admin, "Add a PPG").click();
        fill(admin.locator("#admin-name input"), "Riverside Surgery PPG");
        choose(admin, "admin-team", "Riverside INT");
        choose(admin, "admin-practice", "Riverside Surgery");
        save(admin);
        tab(admin, "People");
        addPerson(admin, ANA, "Ana Reyes", "Practice manager", "Riverside Surgery");
        addPerson(admin, BEN, "Ben Cole", "Head of neighbourhoods", "Riverside Borough Council");
        addPerson(admin, PAT, "Pat Green", "", null);
        // a correction, so the trail has a before and an after on a record that already existed
        labelled(admin, "Change Ana Reyes").click();
        fill(admin.locator("#admin-jobTitle input"), "Operations manager");
        save(admin);

        // the PPG's representative: a role given from the person's row
        labelled(admin, "Roles of Pat Green").click();
        select(admin, "roles-role", "PPG representative");
        choose(admin, "roles-scope", "Riverside Surgery PPG");
        admin.locator("#roles-give").click();
        assertThat(admin.locator("vaadin-dialog-overlay").getByText("PPG representative – Riverside Surgery PPG"))
                .isVisible();
        admin.locator("vaadin-dialog-overlay vaadin-button").filter(hasText("Close")).click();
        browser.shot(admin, "journey-02-people-by-hand.png");

        // member organisations, the two leads, and the surgery's signatory, on the INT's own page
        admin.navigate("/my-team");
        assertThat(admin.locator("#my-team-int")).containsText("Riverside INT");
        choose(admin, "my-team-organisation", "Riverside Surgery");
        admin.locator("#my-team-add").click();
        assertThat(cell(admin, "member-organisations", "Riverside Surgery")).isVisible();
        choose(admin, "my-team-organisation", "Riverside Borough Council");
        admin.locator("#my-team-add").click();
        assertThat(cell(admin, "member-organisations", "Riverside Borough Council")).isVisible();
        giveRole(admin, "Ana Reyes", "Member"); // she represents the surgery, and signs for it
        giveRole(admin, "Ana Reyes", "INT lead");
        giveRole(admin, "Ben Cole", "INT lead");
        assertThat(cell(admin, "team-roles", "Member – Riverside INT")).hasCount(1);
        assertThat(cell(admin, "team-roles", "INT lead – Riverside INT")).hasCount(2);
        admin.getByLabel("Signatory for Riverside Surgery", new Page.GetByLabelOptions().setExact(true)).click();
        admin.locator("vaadin-combo-box-item:visible").filter(hasText("Ana Reyes")).first().click();
        labelled(admin, "Name the signatory for Riverside Surgery").click();
        // Ana signs for the surgery; the council has no signatory yet
        assertThat(cell(admin, "member-organisations", "Not named yet")).hasCount(1);
        assertThat(cell(admin, "member-organisations", "Ana Reyes")).hasCount(2); // representative and signatory
        browser.shot(admin, "journey-03-my-team.png");

        // 2b. a second INT, its organisations and people from a spreadsheet
        admin.navigate("/admin/directory");
        tab(admin, "INTs");
        button(admin, "Add an INT").click();
        fill(admin.locator("#admin-name input"), "Brookside INT");
        choose(admin, "admin-icb", "Riverside ICB");
        save(admin);
        admin.locator("#import-link").click();
        admin.waitForURL(url -> url.contains("admin/directory/import"));
        choose(admin, "import-team", "Brookside INT");
        upload(admin, ImportWorkbooks.poi(
                List.of(new String[]{"Brookside Medical Practice", "General practice", "C81990"},
                        new String[]{"Brookside Community Trust", "Community health", null}),
                List.of(new String[]{NIA, "Nia Brook", "Practice manager", "Brookside Medical Practice", "INT lead",
                                "Yes"},
                        new String[]{"olu.ade@example.nhs.uk", "Olu Ade", "Nurse lead", "Brookside Community Trust",
                                "Member", "Yes"})));
        assertThat(admin.locator("#import-summary")).hasText("4 things to add or change in Brookside INT, 0 rows "
                + "already as the file has it.");
        assertThat(admin.locator("#import-lines")).containsText("Brookside Community Trust");
        assertThat(admin.locator("#import-lines")).containsText("Nia Brook");
        browser.shot(admin, "journey-04-import-preview.png");
        assertThat(admin.locator("#import-invite input")).isChecked();
        admin.locator("#import-apply").click();
        assertThat(admin.locator("#import-message")).hasText("Saved 4 things in Brookside INT. 2 people have been "
                + "sent an invitation by e-mail.");
        assertThat(SET_PASSWORD_LINK.matcher(invitationTo(NIA)).find()).isTrue();
        admin.navigate("/admin/directory");
        tab(admin, "Organisations");
        assertThat(cell(admin, "organisations", "Brookside Medical Practice")).isVisible();

        // 3. Ana is invited, sets her password from the e-mail and signs in
        tab(admin, "People");
        labelled(admin, "Invite Ana Reyes by e-mail to set a password").click();
        Page ana = setPasswordFromInvitation(ANA, "ana's own long passphrase for the portal", "journey-05");
        assertThat(ana.locator("h2").first()).hasText("Hello, Ana");
        browser.shot(ana, "journey-06-ana-home.png");

        // 4. Ben signs in with his council account through the organisation's identity provider
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "ben-at-the-council", "JWT",
                List.of(CLIENT_ID), Map.of("email", "Ben.Cole@example.gov.uk", "email_verified", true), 3600));
        Page ben = browser.page();
        ben.navigate("/login");
        Locator withOrganisation = ben.locator("#organisation-sign-in");
        assertThat(withOrganisation).hasText("Sign in with your organisation's account (NHSmail)");
        browser.shot(ben, "journey-07-sign-in-with-organisation.png");
        withOrganisation.click();
        ben.waitForURL(url -> url.startsWith("http://localhost:" + PORTAL_PORT) && !url.contains("/login"));
        assertThat(ben.locator("h2").first()).hasText("Hello, Ben");
        browser.shot(ben, "journey-08-ben-home.png");

        // 5. Pat (invited the same way) sends feedback; Ben picks up its first task
        labelled(admin, "Invite Pat Green by e-mail to set a password").click();
        Page pat = setPasswordFromInvitation(PAT, "pat's patient participation passphrase", null);
        pat.navigate("/feedback/new");
        choose(pat, "field-theme", "Buildings and access");
        fill(pat.locator("#field-summary input"), FEEDBACK);
        fill(pat.locator("#field-patientsSaid textarea"), "Two patients in wheelchairs waited outside in the rain.");
        pat.locator("#send-feedback").click();
        pat.waitForURL(Pattern.compile(".*/feedback/\\d+$"));

        browser.watch(ben);
        ben.navigate("/tasks");
        ben.locator("#tab-teams").click();
        cell(ben, "task-grid", FEEDBACK).first().click();
        ben.waitForURL(Pattern.compile(".*/tasks/[^/]+$"));
        ben.locator("#claim-task").click();
        assertThat(ben.locator("#unclaim-task")).isVisible();
        ben.navigate("/tasks");
        ben.locator("#tab-mine").click();
        assertThat(cell(ben, "task-grid", FEEDBACK).first()).isVisible();

        // the administrator switches Ben off
        browser.watch(admin);
        admin.navigate("/admin/directory");
        labelled(admin, "Switch off the account of Ben Cole").click();
        admin.locator("#confirm-switch-off").click();
        assertThat(labelled(admin, "Switch on the account of Ben Cole")).isVisible();
        browser.shot(admin, "journey-09-ben-switched-off.png");

        // his session has ended
        ben.navigate("/tasks");
        ben.waitForURL(url -> url.contains("/login"));

        // the task is back in the team's inbox, nobody's, and Ana has a notice
        browser.watch(ana);
        ana.navigate("/tasks");
        ana.locator("#tab-teams").click();
        Locator row = cell(ana, "task-grid", FEEDBACK).first();
        assertThat(row).isVisible();
        assertThat(cell(ana, "task-grid", "Ben Cole")).hasCount(0);
        assertThat(cell(ana, "task-grid", "Nobody yet").first()).isVisible();
        browser.shot(ana, "journey-10-task-back-in-the-team.png");
        row.click();
        ana.waitForURL(Pattern.compile(".*/tasks/[^/]+$"));
        assertThat(ana.locator("#claim-task")).isVisible();
        ana.navigate("/notifications");
        assertThat(ana.locator("#notification-grid")).containsText("Ben Cole can no longer use the portal");
        browser.shot(ana, "journey-11-ana-told.png");

        // 6. the audit trail: each change, by whom, when, before and after
        admin.navigate("/admin/changes");
        Locator more = admin.locator("vaadin-button").filter(hasText("Show older changes"));
        for (int i = 0; i < 10 && more.isVisible(); i++) {
            int shown = admin.locator("#changes .audit-change").count();
            more.click();
            assertThat(admin.locator("#changes .audit-change")).not().hasCount(shown);
        }
        Locator changes = admin.locator("#changes");
        for (String change : List.of(
                "ICB: Riverside ICB (added)",
                "INT: Riverside INT (added)",
                "INT: Brookside INT (added)",
                "Organisation: Riverside Surgery (added)",
                "ODS code: (none) → C81001",
                "Organisation: Riverside Borough Council (added)",
                "Person: Ana Reyes (added)",
                "Job title: Practice manager → Operations manager",
                "Person: Ben Cole (added)",
                "Person: Pat Green (added)",
                "Role: PPG representative for Pat Green (added)",
                "Membership: Riverside Surgery in Riverside INT (added)",
                "Membership: Riverside Borough Council in Riverside INT (added)",
                "Role: Member for Ana Reyes (added)",
                "Role: INT lead for Ana Reyes (added)",
                "Role: INT lead for Ben Cole (added)",
                "Signatory: Riverside Surgery in Riverside INT (added)",
                "Organisation: Brookside Medical Practice (added)",
                "Person: Nia Brook (added)",
                "Membership: Brookside Community Trust in Brookside INT (added)",
                "Role: INT lead for Nia Brook (added)",
                "Signatory: Brookside Medical Practice in Brookside INT (added)",
                "Account: in use → switched off")) {
            assertThat(changes).containsText(change);
        }
        // who and when: every change here was the administrator's, today
        Locator switchedOff = admin.locator("#changes .audit-change").filter(hasText("Account: in use → switched off"));
        assertThat(switchedOff.locator("p")).hasText(Pattern.compile("^Administrator, .*\\d"));
        admin.setViewportSize(BrowserSuite.LAPTOP_WIDTH, 1500);
        browser.shot(admin, "journey-12-changes.png");
        admin.setViewportSize(BrowserSuite.PHONE_WIDTH, BrowserSuite.PHONE_HEIGHT);
        browser.shot(admin, "journey-12-changes-390.png");
    }

    /** Reads this person's invitation from the SMTP server, opens its link, sets the password and signs in. */
    private Page setPasswordFromInvitation(String email, String password, String screenshots) {
        Matcher link = SET_PASSWORD_LINK.matcher(invitationTo(email));
        assertThat(link.find()).as("a set-password link in the invitation to " + email).isTrue();
        Page page = browser.page();
        page.navigate(link.group(1));
        fill(page.locator("#new-password input"), password);
        fill(page.locator("#repeat-password input"), password);
        if (screenshots != null) {
            browser.shot(page, screenshots + "-set-password.png");
        }
        page.locator("#set-password").click();
        assertThat(page.locator("#password-set")).isVisible();
        page.getByText("Sign in").last().click();
        page.waitForURL(url -> url.contains("/login"));
        fill(page.locator("input[name=username]"), email);
        fill(page.locator("input[name=password]"), password);
        page.locator("input[name=password]").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /** The body of the newest invitation e-mail to this address, waiting for the outbox schedule to send it. */
    private static String invitationTo(String email) {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            MimeMessage[] received = smtp.getReceivedMessages();
            for (int i = received.length - 1; i >= 0; i--) {
                try {
                    MimeMessage message = received[i];
                    for (Address to : message.getAllRecipients()) {
                        if (to.toString().equalsIgnoreCase(email)
                                && message.getSubject().equals("You are invited to the Neighbourhood Portal")) {
                            return ((String) message.getContent()).replace("\r\n", "\n");
                        }
                    }
                } catch (IOException | jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("No invitation e-mail to " + email + " within a minute");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void upload(Page page, byte[] file) {
        FileChooser chooser = page.waitForFileChooser(() -> page.getByText("Upload the spreadsheet…").click());
        chooser.setFiles(new FilePayload("brookside.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file));
        assertThat(page.locator("#import-summary")).isVisible();
    }

    private static void giveRole(Page page, String person, String role) {
        int held = page.locator("#team-roles vaadin-grid-cell-content").filter(hasText(role + " – ")).count();
        choose(page, "my-team-person", person);
        select(page, "my-team-role", role);
        page.locator("#my-team-give").click();
        assertThat(page.locator("#team-roles vaadin-grid-cell-content").filter(hasText(role + " – ")))
                .hasCount(held + 1);
    }

    private static void addOrganisation(Page page, String name, String sector, String ods) {
        button(page, "Add an organisation").click();
        fill(page.locator("#admin-name input"), name);
        select(page, "admin-sector", sector);
        if (!ods.isEmpty()) {
            fill(page.locator("#admin-odsCode input"), ods);
        }
        save(page);
        assertThat(cell(page, "organisations", name)).isVisible();
    }

    private static void addPerson(Page page, String email, String name, String jobTitle, String organisation) {
        button(page, "Add a person").click();
        fill(page.locator("#admin-email input"), email);
        fill(page.locator("#admin-name input"), name);
        if (!jobTitle.isEmpty()) {
            fill(page.locator("#admin-jobTitle input"), jobTitle);
        }
        if (organisation != null) {
            choose(page, "admin-organisation", organisation);
        }
        save(page);
        assertThat(cell(page, "people", email)).isVisible();
    }

    private static Locator.FilterOptions hasText(String text) {
        return new Locator.FilterOptions().setHasText(text);
    }

    private static Locator cell(Page page, String gridId, String text) {
        return page.locator("#" + gridId + " vaadin-grid-cell-content").filter(hasText(text));
    }

    private static Locator labelled(Page page, String ariaLabel) {
        return page.locator("[aria-label=\"" + ariaLabel + "\"]:visible").first();
    }

    private static Locator button(Page page, String text) {
        return page.locator("vaadin-button:visible").filter(hasText(text)).first();
    }

    private static void tab(Page page, String label) {
        page.locator("vaadin-tab").filter(hasText(label)).first().click();
    }

    private static void save(Page page) {
        page.locator("#admin-save").click();
        assertThat(page.locator("#admin-save")).hasCount(0);
    }

    /** Picks a ComboBox item by its label, as a person would: open, type, choose. */

    private static void select(Page page, String fieldId, String label) {
        page.locator("#" + fieldId).click();
        page.locator("vaadin-select-item[role=option]:visible").filter(hasText(label)).first().click();
        assertThat(page.locator("#" + fieldId)).containsText(label);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

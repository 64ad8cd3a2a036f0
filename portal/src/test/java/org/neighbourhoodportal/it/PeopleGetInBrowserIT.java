package org.neighbourhoodportal.it;

import static org.neighbourhoodportal.it.Pages.choose;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.it.BrowserSuite.fill;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neighbourhoodportal.administration.ImportWorkbooks;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.Role;
import org.neighbourhoodportal.notifications.NotificationKind;
import org.neighbourhoodportal.notifications.NotificationService;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.LoopDriver;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9's "done when", the parts {@link DirectoryAdminBrowserIT} does not drive, in Chromium: the administrator adds
 * an INT by hand, brings its organisations and people in from a spreadsheet (preview with a problem, then a clean
 * file applied, invitations sent), the invited person sets a password from the e-mailed link and signs in, picks up
 * a task, is switched off, and the task goes back to the team with a notice to the lead; the Changes page shows it.
 * The e-mail is read from the notifications outbox, where the portal queues it for sending.
 */
@BrowserTest
class PeopleGetInBrowserIT {

    private static final Pattern LINK = Pattern.compile("(set-password/[A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "my own long passphrase for the portal";

    @RegisterExtension
    static final BrowserSuite browser = new BrowserSuite();

    @Autowired RunAs runAs;
    @Autowired DirectoryAdministration administration;
    @Autowired DirectoryService directory;
    @Autowired JdbcClient jdbc;
    @Autowired LoopDriver loop;
    @Autowired WorkflowService workflow;
    @Autowired NotificationService notifications;

    @Test
    void an_administrator_brings_an_int_in_by_spreadsheet_and_an_invited_person_signs_in_and_later_leaves() {
        Page admin = browser.signIn(ADMINISTRATOR);
        admin.navigate("/admin/directory");
        admin.locator("vaadin-tab", new Page.LocatorOptions().setHasText("INTs")).first().click();
        button(admin, "Add an INT").click();
        fill(admin.locator("#admin-name input"), "Brookside INT");
        choose(admin, "admin-icb", "NHS Leicester, Leicestershire and Rutland ICB");
        admin.locator("#admin-save").click();
        assertThat(admin.locator("#admin-save")).hasCount(0);

        admin.locator("#import-link").click();
        admin.waitForURL(url -> url.contains("admin/directory/import"));
        choose(admin, "import-team", "Brookside INT");

        // a file with mistakes: every problem by row, and nothing can be applied
        upload(admin, workbook(List.<String[]>of(new String[]{"Brookside Surgery", "Pharmacy", "C81"}),
                List.<String[]>of(new String[]{"nia at brookside", "Nia Brook", null, "Brookside Surgery", "INT lead",
                        "Yes"})));
        assertThat(admin.locator("#import-summary")).hasText("2 problems to fix before anything can be saved.");
        assertThat(admin.locator("#import-problems")).containsText("“Pharmacy” is not a sector the portal knows.");
        assertThat(admin.locator("#import-problems")).containsText("“nia at brookside” is not an e-mail address.");
        assertThat(admin.locator("#import-apply")).isDisabled();
        browser.shot(admin, "directory-import-problems-1280.png");

        // the corrected file: the preview, then apply with invitations
        byte[] good = workbook(List.of(new String[]{"Brookside Surgery", "General practice", "C81990"},
                        new String[]{"Brookside Community Trust", "Community health", null}),
                List.of(new String[]{"nia.brook@example.nhs.uk", "Nia Brook", "Practice manager", "Brookside Surgery",
                                "INT lead", "Yes"},
                        new String[]{"olu.ade@example.nhs.uk", "Olu Ade", "Nurse lead", "Brookside Community Trust",
                                "Member", "Yes"}));
        upload(admin, good);
        assertThat(admin.locator("#import-summary")).hasText("4 things to add or change in Brookside INT, 0 rows "
                + "already as the file has it.");
        assertThat(admin.locator("#import-lines")).containsText("Add, Practice manager, of Brookside Surgery, as "
                + "INT lead of Brookside INT, signing for Brookside Surgery");
        browser.shot(admin, "directory-import-preview-1280.png");
        admin.setViewportSize(BrowserSuite.PHONE_WIDTH, BrowserSuite.PHONE_HEIGHT);
        browser.shot(admin, "directory-import-preview-390.png");
        admin.setViewportSize(BrowserSuite.LAPTOP_WIDTH, BrowserSuite.LAPTOP_HEIGHT);
        assertThat(admin.locator("#import-invite input")).isChecked();
        admin.locator("#import-apply").click();
        assertThat(admin.locator("#import-message")).hasText("Saved 4 things in Brookside INT. 2 people have been "
                + "sent an invitation by e-mail.");

        long brookside = runAs.person(ADMINISTRATOR, () -> administration.teams()).stream()
                .filter(t -> t.name().equals("Brookside INT")).findFirst().orElseThrow().id();
        long surgery = runAs.person(ADMINISTRATOR, () -> administration.organisations()).stream()
                .filter(o -> o.name().equals("Brookside Surgery")).findFirst().orElseThrow().id();
        assertThat(runAs.person(LEAD, () -> administration.signatoryOf(brookside, surgery)).orElseThrow().name())
                .isEqualTo("Nia Brook");

        // Nia sets her password from the e-mailed link and signs in
        String body = jdbc.sql("select body from notification_outbox where email = ? and event_key like "
                + "'invitation:%' order by id desc").param("nia.brook@example.nhs.uk").query(String.class).list()
                .get(0);
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a set-password link in " + body).isTrue();
        Page nia = browser.page();
        nia.navigate("/" + link.group(1));
        fill(nia.locator("#new-password input"), PASSWORD);
        fill(nia.locator("#repeat-password input"), PASSWORD);
        browser.shot(nia, "set-password-1280.png");
        nia.locator("#set-password").click();
        assertThat(nia.locator("#password-set")).isVisible();
        nia.navigate("/login");
        fill(nia.locator("input[name=username]"), "nia.brook@example.nhs.uk");
        fill(nia.locator("input[name=password]"), PASSWORD);
        nia.locator("input[name=password]").press("Enter");
        nia.waitForURL(url -> !url.contains("/login"));
        nia.navigate("/my-team");
        assertThat(nia.locator("#member-organisations")).containsText("Brookside Surgery");

        // she also leads Harborough for a while, and picks up a piece of PPG feedback there
        long niaId = runAs.person(ADMINISTRATOR, () -> administration.peopleByEmail(
                List.of("nia.brook@example.nhs.uk"))).get(0).id();
        long harborough = runAs.person(ADMINISTRATOR, () -> directory.allTeams()).stream()
                .filter(t -> t.name().equals("Harborough INT")).findFirst().orElseThrow().id();
        runAs.person(ADMINISTRATOR, () -> administration.grantRole(niaId, Role.INT_LEAD, harborough));
        long feedback = loop.submitAsPpg("Picked up by someone who then left");
        WorkItem task = loop.requireTask("nia.brook@example.nhs.uk", feedback);
        runAs.person("nia.brook@example.nhs.uk", () -> workflow.claim(task.id()));

        // the administrator switches her off: the task goes back to the team and its lead is told
        admin.navigate("/admin/directory");
        admin.locator("#account-" + niaId).click();
        admin.locator("#confirm-switch-off").click();
        assertThat(admin.locator("#account-" + niaId)).hasText("Switch on");
        assertThat(runAs.person(LEAD, () -> workflow.task(task.id())).assigneeId()).isNull();
        assertThat(runAs.person(LEAD, () -> notifications.latest(0, 20)))
                .anySatisfy(n -> assertThat(n.kind()).isEqualTo(NotificationKind.TASKS_RETURNED));
        nia.navigate("/my-team");
        nia.waitForURL(url -> url.contains("/login"));

        admin.navigate("/admin/changes");
        Locator changes = admin.locator("#changes");
        assertThat(changes).containsText("Person: Nia Brook (added)");
        assertThat(changes).containsText("Organisation: Brookside Surgery (added)");
        assertThat(changes).containsText("Signatory: Brookside Surgery in Brookside INT (added)");
        assertThat(changes).containsText("Account: in use → switched off");
        browser.shot(admin, "changes-after-import-1280.png");
    }

    private static void upload(Page page, byte[] file) {
        // through the page's own upload button and the browser's file chooser, as a person would
        FileChooser chooser = page.waitForFileChooser(() -> page.getByText("Upload the spreadsheet…").click());
        chooser.setFiles(new FilePayload("brookside.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file));
        assertThat(page.locator("#import-summary")).isVisible();
    }

    private static byte[] workbook(List<String[]> organisations, List<String[]> people) {
        return ImportWorkbooks.poi(organisations, people);
    }

    private static Locator button(Page page, String text) {
        return page.locator("vaadin-button:visible", new Page.LocatorOptions().setHasText(text)).first();
    }

}

package org.neighbourhoodportal.it;

import static org.neighbourhoodportal.it.Pages.choose;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.neighbourhoodportal.it.BrowserSuite.fill;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 9's "done when", by hand in Chromium: on a fresh installation with only the bootstrap administrator (no demo
 * data), the administrator creates an ICB, an INT, its organisations and a person, makes the organisation a member,
 * gives the person the member role, names them signatory, switches them off, and sees each change on the Changes
 * page. Screenshots go to {@code target/screenshots/}.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.productionMode=true",
        "portal.bootstrap.admin-email=" + DirectoryAdminBrowserIT.ADMIN,
        "portal.bootstrap.admin-password=" + DirectoryAdminBrowserIT.PASSWORD})
@ActiveProfiles("test")
class DirectoryAdminBrowserIT {

    static final String ADMIN = "first.admin@example.org";
    static final String PASSWORD = "a long passphrase nobody guesses easily";

    @RegisterExtension
    static final BrowserSuite browser = new BrowserSuite();

    @Autowired RunAs runAs;
    @Autowired DirectoryAdministration administration;

    @Test
    void the_first_administrator_builds_an_int_by_hand_and_sees_each_change_on_the_audit_trail() {
        Page page = browser.page();
        page.navigate("/login");
        fill(page.locator("input[name=username]"), ADMIN);
        fill(page.locator("input[name=password]"), PASSWORD);
        page.locator("input[name=password]").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));

        page.navigate("/admin/directory");
        tab(page, "ICBs");
        button(page, "Add an ICB").click();
        fill(page.locator("#admin-name input"), "Riverside ICB");
        save(page);
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Riverside ICB")))
                .not().hasCount(0);

        tab(page, "INTs");
        button(page, "Add an INT").click();
        fill(page.locator("#admin-name input"), "Riverside INT");
        choose(page, "admin-icb", "Riverside ICB");
        save(page);

        tab(page, "Organisations");
        addOrganisation(page, "Riverside Surgery", "General practice", "C81001");
        addOrganisation(page, "Riverside Council", "Local authority", "");
        button(page, "Add an organisation").click();
        fill(page.locator("#admin-name input"), "Badly coded");
        select(page, "admin-sector", "Other");
        fill(page.locator("#admin-odsCode input"), "12");
        page.locator("#admin-save").click();
        assertThat(page.locator("#admin-odsCode")).hasAttribute("invalid", "");
        assertThat(page.locator("#admin-name input")).hasValue("Badly coded");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Cancel")).click();

        tab(page, "People");
        button(page, "Add a person").click();
        fill(page.locator("#admin-email input"), "ana.reyes@example.nhs.uk");
        fill(page.locator("#admin-name input"), "Ana Reyes");
        fill(page.locator("#admin-jobTitle input"), "Practice manager");
        choose(page, "admin-organisation", "Riverside Surgery");
        save(page);
        browser.shot(page, "directory-admin-people-1280.png");

        page.navigate("/my-team");
        choose(page, "my-team-organisation", "Riverside Surgery");
        page.locator("#my-team-add").click();
        assertThat(page.locator("#member-organisations vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText("Riverside Surgery")).first()).isVisible();
        choose(page, "my-team-person", "Ana Reyes");
        page.locator("#my-team-give").click();
        assertThat(page.locator("#team-roles vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText("Member – Riverside INT")).first()).isVisible();
        long surgery = runAs.person(ADMIN, () -> administration.organisations()).stream()
                .filter(o -> o.name().equals("Riverside Surgery")).findFirst().orElseThrow().id();
        choose(page, "signatory-" + surgery, "Ana Reyes");
        page.locator("#name-signatory-" + surgery).click();
        assertThat(page.locator("#member-organisations vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText("Ana Reyes")).first()).isVisible();
        browser.shot(page, "my-team-1280.png");

        long ana = runAs.person(ADMIN, () -> administration.people(0, 100)).stream()
                .filter(p -> p.displayName().equals("Ana Reyes")).findFirst().orElseThrow().id();
        page.navigate("/admin/directory");
        page.locator("#account-" + ana).click();
        page.locator("#confirm-switch-off").click();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Switched off"))
                .first()).isVisible();

        page.navigate("/admin/changes");
        Locator changes = page.locator("#changes");
        assertThat(changes).containsText("ICB: Riverside ICB (added)");
        assertThat(changes).containsText("INT: Riverside INT (added)");
        assertThat(changes).containsText("Organisation: Riverside Surgery (added)");
        assertThat(changes).containsText("ODS code: (none) → C81001");
        assertThat(changes).containsText("Person: Ana Reyes (added)");
        assertThat(changes).containsText("Membership: Riverside Surgery in Riverside INT (added)");
        assertThat(changes).containsText("Role: Member for Ana Reyes (added)");
        assertThat(changes).containsText("Signatory: Riverside Surgery in Riverside INT (added)");
        assertThat(changes).containsText("Account: in use → switched off");
        assertThat(changes).containsText("Administrator");
        browser.shot(page, "changes-1280.png");

        page.setViewportSize(BrowserSuite.PHONE_WIDTH, BrowserSuite.PHONE_HEIGHT);
        page.navigate("/admin/directory");
        assertThat(button(page, "Add a person")).isVisible();
        browser.shot(page, "directory-admin-390.png");
    }

    private static void addOrganisation(Page page, String name, String sector, String ods) {
        button(page, "Add an organisation").click();
        fill(page.locator("#admin-name input"), name);
        select(page, "admin-sector", sector);
        if (!ods.isEmpty()) {
            fill(page.locator("#admin-odsCode input"), ods);
        }
        save(page);
    }

    private static Locator button(Page page, String text) {
        return page.locator("vaadin-button:visible", new Page.LocatorOptions().setHasText(text)).first();
    }

    private static void tab(Page page, String label) {
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText(label)).first().click();
    }

    private static void save(Page page) {
        page.locator("#admin-save").click();
        assertThat(page.locator("#admin-save")).hasCount(0);
    }

    /** Picks a ComboBox item by its label, as a person would: open, type, choose. */

    private static void select(Page page, String fieldId, String label) {
        page.locator("#" + fieldId).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(label)).first().click();
    }
}

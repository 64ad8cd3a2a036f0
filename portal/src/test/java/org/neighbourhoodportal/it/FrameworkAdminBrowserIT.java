package org.neighbourhoodportal.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Maturity frameworks" in a real browser, with the keyboard only: an administrator starts a framework, adds two
 * stages and a domain, is told on the page what is missing when publishing too early, and axe finds no serious
 * problem on the list or the draft. Screenshots at 1280 and 390 px go to {@code target/screenshots/frameworks-*.png}.
 * The draft's descriptors and source are text areas, so the production bundle must be rebuilt with this page.
 */
@BrowserTest
class FrameworkAdminBrowserIT {

    @RegisterExtension
    static final BrowserSuite browser = new BrowserSuite();

    @Test
    void the_list_of_frameworks_has_no_serious_accessibility_problem() {
        Page page = browser.signIn(ADMINISTRATOR);
        page.navigate("/admin/frameworks");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        Pages.atRest(page);
        assertThat(page.locator("#framework-list")).containsText("PCN Maturity Matrix domains");
        assertThat(Pages.accessibilityProblems(page, "/admin/frameworks")).as("serious or critical problems").isEmpty();
        shots(page, "frameworks-list");
    }

    /** Needs the text areas in the production bundle (rebuilt with this page). */
    @Test
    void an_administrator_starts_a_framework_with_the_keyboard_and_is_told_what_is_missing() {
        Page page = browser.signIn(ADMINISTRATOR);
        List<String> problems = new ArrayList<>();
        page.navigate("/admin/frameworks");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        Pages.atRest(page);

        // keyboard only: focus the code field, then Tab from field to field and press Enter on the button
        page.locator("#new-code input").focus();
        page.keyboard().type("BROWSER_FW");
        page.keyboard().press("Tab");
        page.keyboard().type("Local matrix 🌱");
        page.keyboard().press("Tab");
        page.keyboard().type("2026");
        page.keyboard().press("Tab");
        page.keyboard().type("Our ICB's own matrix, December 2026");
        page.locator("#new-start").focus();
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.matches(".*/admin/frameworks/\\d+"));
        assertThat(page.locator("#fw-heading")).hasText("Local matrix 🌱, version 2026 (draft)");

        page.locator("#fw-add-stage").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#stage-0 input")).isFocused();
        page.keyboard().type("Starting");
        page.locator("#fw-add-stage").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#stage-1 input")).isFocused();
        page.keyboard().type("Established");
        page.locator("#fw-add-domain").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#domain-0 input")).isFocused();
        page.keyboard().type("Leadership");
        page.locator("#cell-0-0 textarea").focus();
        page.keyboard().type("Leaders are named 🚀");
        page.locator("#fw-publish").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#framework-problem")).containsText("Missing: \"Leadership\" at \"Established\"");
        assertThat(page.locator("#cell-0-0 textarea")).hasValue("Leaders are named 🚀");
        Pages.atRest(page);
        problems.addAll(Pages.accessibilityProblems(page, "/admin/frameworks/n (a draft)"));
        shots(page, "frameworks-draft");
        assertThat(problems).as("serious or critical accessibility problems").isEmpty();
    }

    private static void shots(Page page, String name) {
        for (int[] size : new int[][] {{BrowserSuite.LAPTOP_WIDTH, BrowserSuite.LAPTOP_HEIGHT},
                {BrowserSuite.PHONE_WIDTH, BrowserSuite.PHONE_HEIGHT}}) {
            page.setViewportSize(size[0], size[1]);
            page.waitForTimeout(1000);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(BrowserSuite.SCREENSHOTS.resolve(name + "-" + size[0] + ".png")));
        }
        page.setViewportSize(BrowserSuite.LAPTOP_WIDTH, BrowserSuite.LAPTOP_HEIGHT);
    }
}

package org.neighbourhoodportal.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.DEMO_PASSWORD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neighbourhoodportal.support.LoopDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Failures as a person meets them in a real browser (1280×800): a session lost while typing (the text comes back
 * after signing in again, on the same page), someone else finishing the task first, text pasted past a limit, and
 * a malformed address. Screenshots go to {@code target/screenshots/}.
 */
@BrowserTest
class FailuresBrowserIT {

    @RegisterExtension
    static final BrowserSuite browser = new BrowserSuite();

    @Autowired LoopDriver loop;

    private BrowserContext context;
    private Page page;

    @Test
    void what_was_typed_survives_a_lost_session_and_comes_back_on_the_same_page_after_signing_in_again() {
        long feedbackId = loop.submitAsPpg("The self check-in screen is too high for wheelchair users");
        String taskId = loop.requireTask(LEAD, feedbackId).id();
        String typed = ("Thank you for telling us. We have asked the practice manager to lower the screen and to "
                + "add a second one at seated height. ").repeat(11).trim(); // about 1,300 characters
        org.assertj.core.api.Assertions.assertThat(typed.length()).isBetween(1250, 1400);

        openBrowser();
        signIn(LEAD);
        page.navigate("/tasks/" + taskId);
        Locator text = page.locator("#field-acknowledgement textarea");
        text.fill(typed);
        assertThat(page.locator("#field-acknowledgement")).containsText(
                String.format("%,d of 2,000 characters", typed.length()));

        // the session ends while the page is open (a laptop that slept, a server that stopped): the browser still
        // sends its session cookie, but the server no longer knows it
        com.microsoft.playwright.options.Cookie session = context.cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID")).findFirst().orElseThrow();
        context.clearCookies();
        context.addCookies(List.of(new com.microsoft.playwright.options.Cookie("JSESSIONID", "ended-session")
                .setDomain(session.domain).setPath(session.path)));
        page.locator("#submit-task").click();
        Locator signedOut = page.getByText("You have been signed out");
        assertThat(signedOut).isVisible();
        shot("failure-session-ended.png");
        signedOut.click();

        page.waitForURL(Pattern.compile(".*/login$"));
        fillAndLeave(page.locator("input[name=username]"), LEAD);
        fillAndLeave(page.locator("input[name=password]"), DEMO_PASSWORD);
        page.locator("input[name=password]").press("Enter");

        // back on the page they were on (Spring Security marks the saved request with "?continue")
        page.waitForURL(Pattern.compile(".*/tasks/" + Pattern.quote(taskId) + "(\\?continue)?$"));
        // the notification's text is drawn in Vaadin's overlay card, not inside the element that carries the id
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("We restored what you were typing"))).isVisible();
        assertThat(text).hasValue(typed);
        shot("failure-draft-restored.png");

        page.locator("#submit-task").click();
        // sent: the lead is offered the next step on the same feedback rather than sent back to the inbox
        assertThat(page.locator("#next-step")).isVisible();
        Object left = page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('portal-draft:'))"
                + ".filter(k => k.endsWith(':task:" + taskId + "')).length");
        org.assertj.core.api.Assertions.assertThat(((Number) left).intValue()).as("draft cleared once sent")
                .isZero();
        org.assertj.core.api.Assertions.assertThat(loop.timeline(LEAD, feedbackId)).contains("Acknowledged");
    }

    @Test
    void someone_else_finishing_the_task_first_is_told_and_the_form_keeps_what_was_typed() {
        long feedbackId = loop.submitAsPpg("The hearing loop in consulting room 3 whistles");
        String taskId = loop.requireTask(LEAD, feedbackId).id();

        openBrowser();
        signIn(LEAD);
        page.navigate("/tasks/" + taskId);
        Locator text = page.locator("#field-acknowledgement textarea");
        fillAndLeave(text, "Thank you – we will have it checked.");
        loop.completeOk(LEAD, feedbackId, Map.of("acknowledgement", "Thanks, a colleague is on it."));

        page.locator("#submit-task").click();
        assertThat(page.locator("#portal-failure")).isAttached();
        assertThat(page.locator("vaadin-notification-card")).containsText(
                "Someone else has just done this task, so your answer was not saved.");
        assertThat(text).hasValue("Thank you – we will have it checked.");
        org.assertj.core.api.Assertions.assertThat(page.url()).endsWith("/tasks/" + taskId);
        shot("failure-someone-else-did-it.png");
    }

    @Test
    void text_pasted_past_a_limit_is_kept_whole_and_the_field_says_by_how_much_it_is_over() {
        openBrowser();
        signIn(PPG_REP);
        page.navigate("/feedback/new");
        Locator summary = page.locator("#field-summary input");
        String pasted = "A".repeat(230);
        fillAndLeave(summary, pasted);

        assertThat(summary).hasValue(pasted); // not cut to 200 by the browser
        assertThat(page.locator("#field-summary")).containsText(
                "This is 230 characters; the limit is 200. Please shorten it by 30.");
        shot("failure-over-the-limit.png");
    }

    @Test
    void a_malformed_address_gets_the_portals_own_page_with_its_navigation() {
        openBrowser();
        signIn(LEAD); // a lead can reach both the feedback and the reports pages
        page.navigate("/feedback/abc");
        assertThat(page.locator("h2")).hasText("Not available");
        assertThat(page.getByText("That feedback does not exist.")).isVisible();
        assertThat(page.locator("vaadin-side-nav")).isVisible();
        assertThat(page.locator("body")).not().containsText("Exception");

        page.navigate("/reports/1'");
        assertThat(page.locator("h2")).hasText("Not available");
        assertThat(page.locator("body")).not().containsText("NumberFormatException");

        page.navigate("/no-such-page");
        assertThat(page.locator("h2")).hasText("Page not found");
        assertThat(page.locator("vaadin-side-nav")).isVisible();
        shot("failure-page-not-found.png");
    }

    private void openBrowser() {
        page = browser.page();
        context = page.context();
    }

    private void signIn(String email) {
        browser.signIn(page, email, null);
    }

    private static void fillAndLeave(Locator field, String text) {
        BrowserSuite.fill(field, text);
    }

    private void shot(String name) {
        browser.shot(page, name);
    }
}

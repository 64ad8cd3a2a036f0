package org.neighbourhoodportal.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.DEMO_PASSWORD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neighbourhoodportal.processes.PpgFeedbackProcess;
import org.neighbourhoodportal.support.LoopDriver;
import org.neighbourhoodportal.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The PPG feedback loop as people do it: a real headless Chromium against the whole application on a random port
 * (H2, demo people), through the sign-in page, the feedback form, the task inbox and the task forms. The views'
 * production bundle is served, as in a deployment, so no frontend tooling runs here.
 *
 * <p>Screenshots of the main steps go to {@code target/screenshots/} for the docs.
 */
@ExtendWith(Chromium.class) // first: no browser, no application started
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        // failsafe runs against target/classes, from which the build removes Vaadin's token file: say it here
        "vaadin.productionMode=true"})
@ActiveProfiles({"test", "demo"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneyIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Pattern FEEDBACK_PAGE = Pattern.compile(".*/feedback/(\\d+)$");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort int port;
    @Autowired LoopDriver loop;

    private final List<BrowserContext> contexts = new ArrayList<>();
    private Page current;

    @BeforeAll
    static void startBrowser() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closePages(TestInfo test) {
        if (current != null && !current.isClosed()) {
            // the last page each test saw; on a failure, this is where it stopped
            current.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("last-" + test.getTestMethod().orElseThrow().getName() + ".png")));
        }
        contexts.forEach(BrowserContext::close);
    }

    @Test
    @Order(1) // first, so the inbox in its screenshots holds only the demo tasks and its own
    void a_ppg_representatives_feedback_is_acknowledged_answered_confirmed_and_closed_in_the_browser() {
        String summary = "The hearing loop at reception does not work";

        // the PPG representative sends the feedback
        Page rep = signIn(PPG_REP, "01-sign-in.png");
        rep.navigate("/feedback/new");
        assertThat(rep.locator("#send-feedback")).isVisible();
        choose(rep, "field-ppgId", "Market Harborough Medical Centre PPG");
        choose(rep, "field-theme", "Buildings and access");
        fill(rep.locator("#field-summary input"), summary);
        fill(rep.locator("#field-patientsSaid textarea"),
                "Two members who use hearing aids could not hear the receptionist through the glass.");
        shot(rep, "02-send-feedback.png");
        rep.locator("#send-feedback").click();
        rep.waitForURL(FEEDBACK_PAGE);
        Matcher address = FEEDBACK_PAGE.matcher(rep.url());
        org.assertj.core.api.Assertions.assertThat(address.matches()).isTrue();
        long feedbackId = Long.parseLong(address.group(1));
        assertThat(rep.locator("#feedback-now")).containsText(loop.requireTask(LEAD, feedbackId).name());
        shot(rep, "03-feedback-sent.png");

        // the INT lead acknowledges, routes and responds, each from the inbox
        Page lead = signIn(LEAD, null);
        openTask(lead, LEAD, summary, feedbackId, PpgFeedbackProcess.TASK_ACKNOWLEDGE_FEEDBACK, "04-inbox.png");
        lead.locator("#claim-task").click();
        assertThat(lead.locator("#unclaim-task")).isVisible();
        fill(lead.locator("#field-acknowledgement textarea"),
                "Thank you. We have asked the practice manager to check the hearing loop this week.");
        shot(lead, "05-acknowledge.png");
        submitTask(lead);

        openTask(lead, LEAD, summary, feedbackId, PpgFeedbackProcess.TASK_ROUTE_FEEDBACK, null);
        lead.locator("#field-route").getByText("We can answer this directly").click();
        assertThat(lead.locator("#field-referredOrganisationId")).isHidden();
        shot(lead, "06-route.png");
        submitTask(lead);

        openTask(lead, LEAD, summary, feedbackId, PpgFeedbackProcess.TASK_RESPOND_TO_PPG, null);
        fill(lead.locator("#field-response textarea"),
                "You said the hearing loop at reception did not work. We did: it has been repaired, and staff now "
                        + "check it every Monday.");
        shot(lead, "07-respond.png");
        submitTask(lead);

        // the representative signs in again and confirms it is resolved
        Page repAgain = signIn(PPG_REP, null);
        openTask(repAgain, PPG_REP, summary, feedbackId, PpgFeedbackProcess.TASK_CONFIRM_LOOP_CLOSED,
                "08-ppg-inbox.png");
        repAgain.locator("#field-outcome").getByText("Yes, this is resolved").click();
        shot(repAgain, "09-confirm.png");
        submitTask(repAgain);

        // the item is closed, with the whole public timeline
        repAgain.navigate("/feedback/" + feedbackId);
        assertThat(repAgain.locator("#feedback-now")).containsText("Closed on");
        Locator timeline = repAgain.locator("#feedback-timeline");
        assertThat(timeline).containsText("Feedback submitted");
        assertThat(timeline).containsText("Acknowledged");
        assertThat(timeline).containsText("Response sent to the PPG");
        assertThat(timeline).containsText("PPG confirmed it is resolved");
        assertThat(timeline).containsText("Closed");
        assertThat(timeline).not().containsText("Routed"); // internal to the INT
        tallShot(repAgain, "10-feedback-closed.png");

        lead.navigate("/feedback/" + feedbackId);
        assertThat(lead.locator("#feedback-timeline")).containsText("Routed (seen by the INT only)");
        tallShot(lead, "11-feedback-closed-as-the-int-sees-it.png");
    }

    @Test
    @Order(2)
    void a_lead_of_another_int_who_types_the_address_is_told_it_is_not_available() {
        long id = loop.submitAsPpg("Car park lights at the Lutterworth surgery are out");

        Page thurrock = signIn(THURROCK_LEAD, null);
        thurrock.navigate("/feedback/" + id);
        assertThat(thurrock.locator("h2")).hasText("Not available");
        assertThat(thurrock.getByText("That feedback does not exist, or you do not have access to it.")).isVisible();
        assertThat(thurrock.getByText("Car park lights at the Lutterworth surgery are out")).hasCount(0);
        shot(thurrock, "12-not-available.png");
    }

    /** A fresh browser context per person, so nobody shares a session. */
    private Page signIn(String email, String screenshot) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setViewportSize(1280, 900).setLocale("en-GB"));
        context.setDefaultTimeout(20_000);
        contexts.add(context);
        Page page = context.newPage();
        current = page;
        page.navigate("/login");
        fill(page.locator("input[name=username]"), email);
        fill(page.locator("input[name=password]"), DEMO_PASSWORD);
        if (screenshot != null) {
            shot(page, screenshot);
        }
        page.locator("input[name=password]").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /**
     * Opens this feedback's open task from the "Waiting for my teams" tab of the inbox, and checks it is the step
     * the loop should be at (by its BPMN id; the page shows the step's name from the model).
     */
    private void openTask(Page page, String person, String summary, long feedbackId, String taskKey,
                          String screenshot) {
        WorkItem expected = loop.requireTask(person, feedbackId);
        org.assertj.core.api.Assertions.assertThat(expected.taskKey()).isEqualTo(taskKey);
        current = page;
        page.navigate("/tasks");
        page.locator("#tab-teams").click();
        Locator row = page.locator("#task-grid vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(summary)).first();
        assertThat(row).isVisible();
        if (screenshot != null) {
            shot(page, screenshot);
        }
        row.click();
        page.waitForURL(Pattern.compile(".*/tasks/[^/]+$"));
        assertThat(page.locator("#task-title")).hasText(expected.name());
        assertThat(page.locator("#submit-task")).isEnabled();
    }

    private void submitTask(Page page) {
        page.locator("#submit-task").click();
        page.waitForURL(Pattern.compile(".*/tasks$"));
    }

    /** Picks a ComboBox item by (the start of) its label, as a person would: open, type, choose. */
    private static void choose(Page page, String fieldId, String label) {
        Locator input = page.locator("#" + fieldId + " input");
        input.click();
        input.fill(label);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(label)).first().click();
        // Playwright hands the pattern to the browser, which knows no \\Q...\\E: escape by hand
        assertThat(input).hasValue(Pattern.compile("^" + label.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0")));
    }

    /** Types into a field and leaves it, which is when Vaadin sends the value to the server. */
    private static void fill(Locator field, String text) {
        field.fill(text);
        field.press("Tab");
    }

    /** The app layout scrolls inside the viewport, so a full-page shot is only as tall as the window: grow it. */
    private void tallShot(Page page, String name) {
        page.setViewportSize(1280, 1500);
        shot(page, name);
        page.setViewportSize(1280, 900);
    }

    private void shot(Page page, String name) {
        current = page;
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }
}

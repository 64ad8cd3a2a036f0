package org.neighbourhoodportal.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LLR_ICB_MANAGER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.it.BrowserSuite.fill;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neighbourhoodportal.attachments.SampleFiles;
import org.neighbourhoodportal.consultation.ConsultationDriver;
import org.neighbourhoodportal.notifications.OutboxFlusher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 13's "done when", all in a real browser: the Harborough lead sets up a consultation (questions of every
 * kind, the audience, a short window with its reason, the formative statement), changes the draft, uploads the
 * evidence pack, approves and launches it; two member organisations respond (one drafts, leaves and comes back); the
 * lead closes early (fifteen organisations were invited: every member organisation with a representative; the
 * lead's own, the ICB, has none), codes the responses into themes and publishes the outcome;
 * a respondent sees the outcome and their own answers, a member who did not respond only what is published. The
 * invitations and the outcome reach a real SMTP server (GreenMail on a free port). The Excel and Word downloads are
 * read back with POI and printed to PDF by LibreOffice on A4. Axe on every consultation view on the way; each page
 * photographed at 1280 and 390 px into {@code target/screenshots/consultation-*.png}. Before launch the lead is told
 * that no one can answer for the ICB's own team (not invited, not counted). On a phone the results' grids, the tasks
 * and the funding totals show their cards under a header, opened at that width or reached after the window narrowed.
 */
@BrowserTest
@TestPropertySource(properties = {"portal.notifications.mail-enabled=true",
        "portal.notifications.base-url=https://portal.example.org/",
        "portal.notifications.sender=Neighbourhood Portal <portal@example.org>"})
class ConsultationBrowserIT {

    @RegisterExtension
    static final BrowserSuite browser = new BrowserSuite();

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Path FILES = Path.of("target", "consultation-it");
    private static final String NON_RESPONDENT = "signatory.rvs@harborough.demo";
    private static final String TITLE = "Draft Health and Wellbeing Strategy 2027–2031";
    private static final String MISSING = "Carers are missing: a quarter of our referrals are unpaid carers.";
    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp;

    @Autowired OutboxFlusher outbox;
    @Autowired ConsultationDriver driver;
    @Autowired Clock clock;

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeAll
    static void startSmtp() throws IOException {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Files.createDirectories(FILES);
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void a_consultation_is_run_end_to_end_in_the_browser_with_its_emails_and_downloads() throws Exception {
        outbox.sendEverythingDue(); // what the demo data wrote at start-up
        smtp.purgeEmailFromAllMailboxes();
        LocalDate today = LocalDate.now(clock);
        List<String> violations = new ArrayList<>();

        // --- the lead sets the consultation up ---
        Page lead = browser.signIn(LEAD);
        lead.navigate("/consultations");
        assertThat(lead.locator("#consultation-grid")).isVisible();
        views(lead, "01-list", violations);
        lead.getByText("Set up a consultation").first().click();
        lead.waitForURL(url -> url.endsWith("/consultations/new"));
        fill(lead.locator("#setup-title input"), TITLE);
        fill(lead.locator("#setup-summary textarea"), "Harborough District Council asks the INT's member "
                + "organisations for their views on its draft Health and Wellbeing Strategy: its four priorities and "
                + "how the INT's partners could deliver them.");
        choose(lead, "#setup-audience", "Member organisations");
        date(lead, "#setup-closes-on", today.plusWeeks(6));
        assertThat(lead.locator("#setup-short-window")).containsText("shorter than the norm of 12 weeks");
        fill(lead.locator("#setup-short-reason textarea"), "The council's cabinet meets in January; the "
                + "district-wide survey already ran for twelve weeks.");
        fill(lead.locator("#setup-formative textarea"), "The cabinet decides the final priorities in January; "
                + "nothing is settled yet.");
        fill(lead.locator("#question-text-1 textarea"), "The strategy's four priorities are the right ones.");
        lead.locator("#question-required-1 input").check();
        fill(lead.locator("#question-text-2 textarea"), "What is missing from the strategy?");
        lead.locator("#add-question").click();
        choose(lead, "#question-kind-3", "Choose one");
        fill(lead.locator("#question-text-3 textarea"), "Which priority matters most to the people you serve?");
        fill(lead.locator("#question-choices-3 textarea"), "Healthy ageing\nMental wellbeing\nChildren and young people");
        lead.locator("#add-question").click();
        choose(lead, "#question-kind-4", "Choose any");
        fill(lead.locator("#question-text-4 textarea"), "Where could your organisation help?");
        fill(lead.locator("#question-choices-4 textarea"), "Social prescribing\nVolunteering\nData and insight");
        lead.locator("#add-question").click();
        choose(lead, "#question-kind-5", "Ranking");
        fill(lead.locator("#question-text-5 textarea"), "Rank the delivery themes.");
        fill(lead.locator("#question-choices-5 textarea"), "Prevention\nAccess\nJoined-up care");
        views(lead, "02-set-up", violations);
        lead.locator("#save-consultation").click();
        lead.waitForURL(Pattern.compile(".*/consultations/\\d+$"));
        long id = idIn(lead.url());
        assertThat(lead.locator("#launch-checks")).containsText("✗");
        assertThat(lead.locator("#launch-checks")).containsText("because: The council's cabinet meets in January");
        // before launch the lead is told who will be asked, and who cannot be: the ICB's team has nobody to answer
        assertThat(lead.locator("#launch-checks")).containsText("15 member organisations will be invited.");
        assertThat(lead.locator("#launch-checks"))
                .containsText("No one can answer for LLR ICB – Integration and Transformation");

        // the lead changes the draft before launch
        lead.locator("#edit-consultation").click();
        lead.waitForURL(url -> url.endsWith("/consultations/" + id + "/edit"));
        assertThat(lead.locator("#setup-title input")).hasValue(TITLE);
        assertThat(lead.locator("#question-choices-5 textarea")).hasValue("Prevention\nAccess\nJoined-up care");
        fill(lead.locator("#question-text-2 textarea"), "What is missing from the strategy, or wrong in it?");
        lead.locator("#question-required-2 input").check();
        views(lead, "03-change-draft", violations);
        lead.locator("#save-consultation").click();
        lead.waitForURL(url -> url.endsWith("/consultations/" + id));
        assertThat(lead.locator("#main-content"))
                .containsText("What is missing from the strategy, or wrong in it?");

        // the evidence pack, approval and launch
        Path pack = FILES.resolve("Draft Health and Wellbeing Strategy.pdf");
        Files.write(pack, SampleFiles.pdf(40_000));
        FileChooser chooser = lead.waitForFileChooser(() -> lead.getByText("Add a document…").first().click());
        chooser.setFiles(pack);
        assertThat(lead.locator("#attachments-list .attachment-name")).hasText(pack.getFileName().toString());
        lead.reload();
        assertThat(lead.locator("#approve-consultation")).isVisible();
        views(lead, "04-draft", violations);
        lead.locator("#approve-consultation").click();
        assertThat(lead.locator("#launch-consultation")).isVisible();
        lead.locator("#launch-consultation").click();
        assertThat(lead.locator("#round-panel")).isVisible();
        assertThat(lead.locator("#main-content")).containsText("Open");

        // the invitations reach the test SMTP server, one for each invited organisation's people
        outbox.sendEverythingDue();
        assertThat(mailTo(MEMBER)).anySatisfy(m -> assertThat(text(m)).contains(TITLE));
        assertThat(mailTo(COUNCIL_MEMBER)).anySatisfy(m -> assertThat(text(m)).contains(TITLE));
        assertThat(mailTo(NON_RESPONDENT)).anySatisfy(m -> assertThat(text(m)).contains(TITLE));

        // --- VASL's representative drafts, leaves, comes back and sends ---
        Page vasl = browser.signIn(MEMBER);
        vasl.navigate("/consultations/" + id);
        Locator form = vasl.locator("[id^=response-]").first();
        form.getByLabel("Agree", new Locator.GetByLabelOptions().setExact(true)).check();
        fill(form.locator("vaadin-text-area textarea").first(), MISSING);
        views(vasl, "05-respond", violations);
        vasl.locator("[id^=save-response-]").click();
        assertThat(vasl.locator("[id^=response-]").first()).containsText("last changed by Priya Shah");

        Page vaslAgain = browser.signIn(MEMBER);
        vaslAgain.navigate("/consultations/" + id);
        Locator again = vaslAgain.locator("[id^=response-]").first();
        assertThat(again.locator("vaadin-text-area textarea").first()).hasValue(MISSING);
        assertThat(again.getByLabel("Agree", new Locator.GetByLabelOptions().setExact(true))).isChecked();
        again.getByLabel("Mental wellbeing").check();
        again.getByLabel("Social prescribing").check();
        again.getByLabel("Volunteering").check();
        rank(vaslAgain, again, "First", "Prevention");
        rank(vaslAgain, again, "Second", "Joined-up care");
        rank(vaslAgain, again, "Third", "Access");
        vaslAgain.locator("[id^=save-response-]").click();
        assertThat(vaslAgain.locator("[id^=response-]").first()).containsText("last changed by Priya Shah");
        send(vaslAgain, id);

        // --- the district council's representative responds in one go ---
        Page council = browser.signIn(COUNCIL_MEMBER);
        council.navigate("/consultations/" + id);
        Locator councilForm = council.locator("[id^=response-]").first();
        councilForm.getByLabel("Strongly agree", new Locator.GetByLabelOptions().setExact(true)).check();
        fill(councilForm.locator("vaadin-text-area textarea").first(), "Housing: damp homes make people ill.");
        councilForm.getByLabel("Healthy ageing").check();
        council.locator("[id^=save-response-]").click();
        assertThat(council.locator("[id^=response-]").first()).containsText("last changed by Jo Bennett");
        send(council, id);

        // --- the lead sees the results while open, closes early, codes themes and publishes ---
        lead.navigate("/consultations/" + id + "/results");
        assertThat(lead.locator("#main-content")).containsText("2 of 15 invited organisations and PPGs have responded");
        views(lead, "06-results-open", violations);
        lead.navigate("/consultations/" + id);
        views(lead, "07-open", violations);
        fill(lead.locator("#round-close-reason textarea"), "The cabinet paper is due; the main partners have answered.");
        lead.locator("#round-close").click();
        assertThat(lead.locator("#themes-panel")).isVisible();
        theme(lead, "Carers", "Unpaid carers are missing from the strategy.",
                "The strategy now has a carers' section, written with VASL.", "Voluntary Action");
        theme(lead, "Housing and health", "Damp and cold homes make people ill.",
                "The council's housing team joins the prevention priority.", "Harborough District Council");
        assertThat(lead.locator("#consultation-outcome")).containsText("Carers");
        views(lead, "08-closed-themes", violations);
        lead.navigate("/consultations/" + id);
        lead.waitForLoadState(LoadState.NETWORKIDLE);
        lead.locator("#do-it-now").first().click();
        lead.waitForURL(Pattern.compile(".*/tasks/.*"));
        fill(lead.locator("#field-outcomeSummary textarea"), "Thank you: two changes to the strategy, below.");
        views(lead, "09-publish-task", violations);
        lead.locator("#submit-task").click();
        submitted(lead);
        driver.runPublishing(id); // the asynchronous step, as the job executor would run it
        lead.navigate("/consultations/" + id);
        assertThat(lead.locator("#consultation-outcome")).containsText("You said, we did");
        views(lead, "10-published", violations);
        // the lead links the outcome to the work plan priority it changed; the priority's page links back
        lead.locator("#consultation-priority-choice input").click();
        lead.locator("vaadin-multi-select-combo-box-item:visible").first().click();
        lead.keyboard().press("Escape");
        lead.locator("#link-priorities").click();
        Locator changed = lead.locator("#consultation-priorities a").first();
        assertThat(changed).isVisible();
        views(lead, "11-priorities-linked", violations);
        changed.click();
        lead.waitForURL(Pattern.compile(".*/workplan/priority/\\d+$"));
        assertThat(lead.locator("#priority-linked")).containsText(TITLE);
        views(lead, "12-priority-page", violations);
        lead.navigate("/consultations/" + id + "/results");
        assertThat(lead.locator("#invited-grid")).isVisible();
        views(lead, "13-results", violations);
        // on a phone (the page opened at a phone's width) both grids show their cards, headed, not an empty header row
        // and reached from another page after the window narrowed, in the same UI (no reload)
        lead.setViewportSize(BrowserSuite.PHONE_WIDTH, BrowserSuite.PHONE_HEIGHT);
        lead.navigate("/consultations/" + id + "/results");
        phoneCards(lead, "#sector-grid", "Sector", "Voluntary, community and social enterprise");
        phoneCards(lead, "#invited-grid", "Organisation or PPG", "Voluntary Action South Leicestershire (VASL)");
        Pages.resize(lead, BrowserSuite.LAPTOP_WIDTH, BrowserSuite.LAPTOP_HEIGHT);
        lead.navigate("/consultations/" + id);
        Pages.resize(lead, BrowserSuite.PHONE_WIDTH, BrowserSuite.PHONE_HEIGHT);
        lead.locator("#consultation-results-link").click();
        lead.waitForURL(url -> url.endsWith("/consultations/" + id + "/results"));
        phoneCards(lead, "#invited-grid", "Organisation or PPG", "Voluntary Action South Leicestershire (VASL)");
        Pages.resize(lead, BrowserSuite.LAPTOP_WIDTH, BrowserSuite.LAPTOP_HEIGHT);

        // the outcome reaches the respondents by e-mail, and not the organisation that did not respond
        outbox.sendEverythingDue();
        assertThat(mailTo(MEMBER)).anySatisfy(m -> assertThat(m.getSubject() + text(m)).contains("outcome"));
        assertThat(mailTo(NON_RESPONDENT)).noneSatisfy(m -> assertThat(m.getSubject() + text(m))
                .containsIgnoringCase("outcome"));

        // --- the downloads: Excel of the responses, the Word outcome report; both print on A4 ---
        Path xlsx = download(lead, "#download-responses", "responses.xlsx");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            Row head = sheet.getRow(0);
            assertThat(head.getLastCellNum()).isEqualTo((short) (4 + 5));
            assertThat(cells.formatCellValue(head.getCell(4))).startsWith("1. The strategy's four priorities");
            assertThat(cells.formatCellValue(head.getCell(8))).isEqualTo("5. Rank the delivery themes.");
            assertThat(sheet.getLastRowNum()).isEqualTo(2); // one row per response
            List<String> rows = new ArrayList<>();
            for (int r = 1; r <= 2; r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                for (int c = 0; c < 9; c++) {
                    values.add(cells.formatCellValue(row.getCell(c)));
                }
                rows.add(String.join("|", values));
            }
            assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Voluntary Action South Leicestershire")
                    .contains("|Priya Shah|").contains("|Agree|" + MISSING + "|Mental wellbeing|")
                    .endsWith("Prevention\nJoined-up care\nAccess"));
            assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Harborough District Council")
                    .contains("|Strongly agree|Housing: damp homes make people ill.|Healthy ageing|"));
        }
        printsOnA4(xlsx, List.of("Voluntary Action South Leicestershire", "Harborough District Council",
                "Rank the delivery themes", "Joined-up care"));

        lead.navigate("/consultations/" + id);
        Path docx = download(lead, "#download-outcome", "outcome.docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            String all = words.getText();
            assertThat(all).contains("Consultation outcome: " + TITLE)
                    .contains("Carers").contains("We did: The strategy now has a carers' section, written with VASL.")
                    .contains("Housing and health").contains("We did: The council's housing team joins")
                    .contains("Who responded").contains("Voluntary Action South Leicestershire (VASL)")
                    .contains("Harborough District Council");
        }
        printsOnA4(docx, List.of("You said, we did", "Who responded", "Harborough District Council"));

        // --- a respondent sees the outcome and their own answers ---
        Page respondent = browser.signIn(MEMBER);
        respondent.navigate("/consultations/" + id);
        assertThat(respondent.locator("#consultation-outcome")).containsText("We did: The strategy now has a carers'");
        assertThat(respondent.locator("[id^=response-]").first()).containsText(MISSING);
        assertThat(respondent.locator("#consultation-results-link")).hasCount(0);
        views(respondent, "14-respondent", violations);

        // --- a member who did not respond sees only what is published ---
        Page other = browser.signIn(NON_RESPONDENT);
        other.navigate("/consultations/" + id);
        assertThat(other.locator("#consultation-outcome")).containsText("You said, we did");
        assertThat(other.locator("#main-content")).not().containsText(MISSING);
        assertThat(other.locator("#main-content")).not().containsText("Housing: damp homes");
        assertThat(other.locator("#consultation-results-link")).hasCount(0);
        views(other, "15-non-respondent", violations);
        other.navigate("/consultations/" + id + "/results");
        other.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(other.locator("#main-content")).not().containsText(MISSING);
        assertThat(other.locator("#invited-grid")).hasCount(0);

        // two other pages whose grids turn into cards, opened at a phone's width: the lead's tasks, and the funding
        // totals the ICB's manager reads (all its rows visible, as the results' grids)
        lead.setViewportSize(BrowserSuite.PHONE_WIDTH, BrowserSuite.PHONE_HEIGHT);
        lead.navigate("/tasks");
        phoneCards(lead, "#task-grid", "What needs doing", "Feedback: ");
        Page icb = browser.signIn(LLR_ICB_MANAGER);
        icb.setViewportSize(BrowserSuite.PHONE_WIDTH, BrowserSuite.PHONE_HEIGHT);
        icb.navigate("/funding");
        phoneCards(icb, "#fund-totals", "Fund", "Awards for All");

        assertThat(violations).isEmpty();
    }

    // ---- steps -------------------------------------------------------------------------------------------------------

    private static void choose(Page page, String select, String label) {
        Pages.select(page, select, label);
    }

    private static void date(Page page, String picker, LocalDate day) {
        Locator input = page.locator(picker + " input");
        input.fill(day.format(UK));
        input.press("Enter"); // commits the date and closes the calendar
        input.press("Tab");
    }

    private static void rank(Page page, Locator form, String place, String choice) {
        Pages.select(page, form.locator("vaadin-select:has(label:text-is('" + place + "'))"), choice);
    }

    /** From the consultation's page, the "Respond" task: confirm and send. */
    private static void send(Page page, long id) {
        // the page was just redrawn by "Save the draft": a click on the old button would be lost
        page.navigate("/consultations/" + id);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("#do-it-now").first().click();
        page.waitForURL(Pattern.compile(".*/tasks/.*"));
        page.locator("#field-confirmResponse input").check();
        page.locator("#submit-task").click();
        submitted(page);
        page.navigate("/consultations/" + id);
        assertThat(page.locator("[id^=response-]").first()).containsText("Sent");
    }

    /** After a task is sent: the task page says "Done" (and offers a next step) or moves on. */
    private static void submitted(Page page) {
        page.waitForCondition(() -> !page.url().contains("/tasks/") || page.locator("#task-done").isVisible());
    }

    private static void theme(Page lead, String title, String said, String did, String raisedBy) {
        fill(lead.locator("#theme-title input"), title);
        fill(lead.locator("#theme-said textarea"), said);
        fill(lead.locator("#theme-response textarea"), did);
        lead.locator("#theme-raised-by").getByText(raisedBy).first().click();
        lead.locator("#add-theme").click();
        assertThat(lead.locator("#themes-panel")).containsText(title + ": " + did);
    }

    /** A grid on a phone: its cards show (the first naming {@code card}), under a header that says what they are. */
    private void phoneCards(Page page, String grid, String header, String card) {
        Locator named = page.locator(grid + " .portal-grid-card").filter(new Locator.FilterOptions().setHasText(card))
                .first();
        named.scrollIntoViewIfNeeded();
        assertThat(named).isVisible();
        assertThat(page.locator(grid + "[portal-cards]")).hasCount(1);
        assertThat(page.locator(grid + " vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^" + Pages.literal(header) + "$")))).hasCount(1);
        page.locator(grid).screenshot(new Locator.ScreenshotOptions().setPath(BrowserSuite.SCREENSHOTS.resolve(
                "consultation-phone-" + grid.substring(1) + ".png")));
    }

    private static long idIn(String url) {
        Matcher m = Pattern.compile("/consultations/(\\d+)").matcher(url);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static Path download(Page page, String link, String name) throws IOException {
        Download download = page.waitForDownload(() -> page.locator(link).click());
        Path to = FILES.resolve(name);
        download.saveAs(to);
        assertThat(Files.size(to)).isGreaterThan(1000);
        return to;
    }

    /** LibreOffice prints it to PDF: A4 pages, a sane number of them, and every given text on them (nothing cut). */
    private static void printsOnA4(Path file, List<String> mustShow) throws Exception {
        Path out = FILES.resolve("pdf");
        Files.createDirectories(out);
        Process convert = new ProcessBuilder("libreoffice", "--headless", "-env:UserInstallation=file://"
                + FILES.toAbsolutePath().resolve("lo-profile"), "--convert-to", "pdf", "--outdir", out.toString(),
                file.toString()).redirectErrorStream(true).start();
        assertThat(convert.waitFor(180, TimeUnit.SECONDS)).isTrue();
        Path pdf = out.resolve(file.getFileName().toString().replaceAll("\\.[a-z]+$", ".pdf"));
        assertThat(pdf).exists();
        String info = run("pdfinfo", pdf.toString());
        Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
        assertThat(pages.find()).isTrue();
        assertThat(Integer.parseInt(pages.group(1))).isBetween(1, 3);
        // A4 is 595.28 × 841.89 points, either way round (pdfinfo names it too)
        assertThat(info).containsPattern("Page size:\\s+(595(\\.\\d+)? x 841(\\.\\d+)?|841(\\.\\d+)? x 595(\\.\\d+)?) "
                + "pts \\(A4\\)");
        String text = run("pdftotext", "-layout", pdf.toString(), "-").replaceAll("\\s+", " ");
        for (String words : mustShow) {
            assertThat(text).contains(words);
        }
        run("pdftoppm", "-png", "-r", "50", pdf.toString(), out.resolve(file.getFileName().toString()).toString());
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    /** Axe on the page as it is now, then the page at a laptop's and a phone's width. */
    private void views(Page page, String name, List<String> violations) {
        violations.addAll(Pages.accessibilityProblems(page, name));
        for (int[] size : new int[][] {{BrowserSuite.LAPTOP_WIDTH, BrowserSuite.LAPTOP_HEIGHT},
                {BrowserSuite.PHONE_WIDTH, BrowserSuite.PHONE_HEIGHT}}) {
            Pages.resize(page, size[0], size[1]); // grids turn into cards on a phone
            browser.shot(page, "consultation-" + name + "-" + size[0] + ".png");
        }
        Pages.resize(page, BrowserSuite.LAPTOP_WIDTH, BrowserSuite.LAPTOP_HEIGHT);
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String text(MimeMessage m) {
        try {
            return m.getSubject() + "\n" + GreenMailUtil.getBody(m);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

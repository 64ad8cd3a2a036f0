package org.neighbourhoodportal.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.HARBOROUGH;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workplan.ActionDraft;
import org.neighbourhoodportal.workplan.ActionRow;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.ActionRiskService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Excel round trip in a real headless Chromium, against the whole application (the same set-up as
 * {@link BrowserJourneyIT}, so the two share one application): the INT lead downloads the plan, changes one cell as
 * they would in Excel (here with POI), uploads the file, sees exactly that change in the preview, applies it, and the
 * plan has it.
 *
 * <p>The preview's screenshot goes to {@code target/screenshots/} with the others.
 */
@BrowserTest
class ExcelRoundTripIT {

    @RegisterExtension
    static final BrowserSuite browser = new BrowserSuite();

    private static final Path FILES = Path.of("target", "excel-round-trip");
    private static final String ACTION = "Coffee Bus mobile sessions in three villages";

    @Autowired RunAs runAs;
    @Autowired WorkplanService workplan;
    @Autowired ActionRiskService actionRiskService;

    @BeforeAll
    static void makeFolder() throws Exception {
        Files.createDirectories(FILES);
    }

    @Test
    void the_lead_downloads_the_plan_changes_a_cell_uploads_it_sees_the_change_and_applies_it() throws Exception {
        long planId = runAs.person(LEAD, () -> workplan.plans().stream()
                .filter(p -> p.teamName().equals(HARBOROUGH)).findFirst().orElseThrow().id());
        ActionRow before = action(planId);
        int percent = before.percentComplete() == 85 ? 90 : 85;

        {
            Page page = browser.page(new Browser.NewContextOptions().setViewportSize(1280, 1000)
                    .setAcceptDownloads(true));
            try {
                browser.signIn(page, LEAD, null);
                page.navigate("/workplan/" + planId + "/excel");

                // download, as a person would: the browser saves the file
                Download download = page.waitForDownload(() -> page.locator("#download-excel").click());
                org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                        .startsWith("Harborough INT work plan").endsWith(".xlsx");
                Path exported = FILES.resolve("exported.xlsx");
                download.saveAs(exported);

                // one cell changed, as in Excel
                Path edited = FILES.resolve("edited.xlsx");
                setPercentComplete(exported, edited, before.id(), percent);

                // upload through the page's own "Upload" button and file chooser
                FileChooser chooser = page.waitForFileChooser(
                        () -> page.getByText("Upload the changed workbook…").click());
                chooser.setFiles(edited);

                assertThat(page.locator("#preview-summary")).hasText(
                        java.util.regex.Pattern.compile("^1 change, 0 additions, \\d+ rows left as they are\\.$"));
                assertThat(page.locator("#preview-changes")).containsText(ACTION);
                assertThat(page.locator("#preview-changes")).containsText(before.percentComplete() + "%");
                assertThat(page.locator("#preview-changes")).containsText(percent + "%");
                assertThat(page.locator("#preview-problems")).hasCount(0);
                org.assertj.core.api.Assertions.assertThat(action(planId).percentComplete())
                        .as("nothing saved before the lead applies").isEqualTo(before.percentComplete());
                page.setViewportSize(1280, 1300);
                page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSuite.SCREENSHOTS.resolve("excel-preview.png")));

                page.locator("#apply-excel").click();

                assertThat(page.locator("#excel-message")).hasText("Saved 1 change and 0 additions. The plan's "
                        + "pages show them now.");
                org.assertj.core.api.Assertions.assertThat(action(planId).percentComplete()).isEqualTo(percent);

                // and the next download has it
                Download again = page.waitForDownload(() -> page.locator("#download-excel").click());
                Path reexported = FILES.resolve("re-exported.xlsx");
                again.saveAs(reexported);
                org.assertj.core.api.Assertions.assertThat(percentComplete(reexported, before.id()))
                        .isEqualTo(percent);
            } finally {
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(BrowserSuite.SCREENSHOTS.resolve("last-excel-round-trip.png")));
                // the other browser tests share this application: leave the demo plan as it was
                runAs.person(LEAD, () -> actionRiskService.saveAction(new ActionDraft(before.id(), before.priorityId(),
                        before.title(), before.ownerId(), before.dueOn(), before.status(), before.percentComplete(),
                        before.milestone(), action(planId).version())));
            }
        }
    }

    private ActionRow action(long planId) {
        return runAs.person(LEAD, () -> actionRiskService.actions(planId)).stream()
                .filter(a -> a.title().equals(ACTION)).findFirst().orElseThrow();
    }

    private static void setPercentComplete(Path from, Path to, long actionId, int percent) throws Exception {
        try (InputStream in = Files.newInputStream(from); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            cell(workbook.getSheet("Actions"), actionId, "% complete").setCellValue(percent);
            try (OutputStream out = Files.newOutputStream(to)) {
                workbook.write(out);
            }
        }
    }

    private static int percentComplete(Path file, long actionId) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            return (int) cell(workbook.getSheet("Actions"), actionId, "% complete").getNumericCellValue();
        }
    }

    private static Cell cell(Sheet sheet, long id, String heading) {
        int column = -1;
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(heading)) {
                column = cell.getColumnIndex();
            }
        }
        for (Row row : sheet) {
            Cell idCell = row.getCell(0);
            if (row.getRowNum() > 0 && idCell != null && (long) idCell.getNumericCellValue() == id) {
                return row.getCell(column);
            }
        }
        throw new AssertionError("No action " + id + " in the downloaded workbook");
    }
}

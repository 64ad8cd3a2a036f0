package org.neighbourhoodportal.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.HARBOROUGH;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.excel.WorkplanExcelService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The limit the Excel page states is the real limit, in a real browser against the real server (Tomcat, Spring's
 * multipart handling, Vaadin's upload): a work plan just under 10 MB (a real plan with pictures pasted in) is read and
 * previewed; one just over is refused in the portal's own words, both by the browser's check and, with that check
 * switched off, by the server. Before the limits were aligned, anything over 1 MB got only "Upload forbidden".
 *
 * <p>A {@link BrowserTest}: the browser suite's classes share one application.
 */
@BrowserTest
class UploadLimitIT {

    @RegisterExtension
    static final BrowserSuite browser = new BrowserSuite();

    private static final Path FILES = Path.of("target", "upload-limits");
    private static final long MB = 1024L * 1024;

    @Autowired RunAs runAs;
    @Autowired WorkplanService workplan;
    @Autowired WorkplanExcelService excel;

    @BeforeAll
    static void makeFolder() throws Exception {
        Files.createDirectories(FILES);
    }

    @Test
    void a_workbook_just_under_the_stated_limit_reaches_the_portal_and_is_previewed() throws Exception {
        long planId = plan();
        Path file = workbookOfSize(planId, (long) (9.9 * MB), "just-under.xlsx");

        {
            Page page = excelPage(planId);
            Response response = page.waitForResponse(UploadLimitIT::isUpload, () -> choose(page, file));

            assertThat(response.status()).isEqualTo(200);
            assertThat(page.locator("#preview-summary"))
                    .hasText("This file matches the plan: there is nothing to change.");
        }
    }

    @Test
    void a_workbook_just_over_the_stated_limit_is_refused_in_the_portals_words_by_the_browser_and_the_server()
            throws Exception {
        long planId = plan();
        Path file = workbookOfSize(planId, (long) (10.1 * MB), "just-over.xlsx");
        String tooLarge = runAs.person(LEAD, () -> excel.tooLarge());
        assertThat(tooLarge).startsWith("The file is larger than 10 MB, the most the portal takes.");

        {
            Page page = excelPage(planId);
            assertThat(page.locator("#excel-upload").evaluate("u => u.maxFileSize")).isEqualTo((int) (10 * MB));

            // the browser checks first: nothing is sent
            choose(page, file);
            assertThat(page.locator("#excel-message")).hasText(tooLarge);

            // with the browser's check switched off, the file reaches the server, which refuses it in the same words
            page.locator("#excel-message").evaluate("m => m.dataset.fromTheBrowser = 'yes'");
            page.locator("#excel-upload").evaluate("u => u.maxFileSize = Infinity");
            Response response = page.waitForResponse(UploadLimitIT::isUpload, () -> choose(page, file));
            assertThat(response.status()).as("the portal answered, not the container").isEqualTo(200);
            assertThat(page.locator("#excel-message:not([data-from-the-browser])")).hasText(tooLarge);
            assertThat(page.getByText("Upload forbidden")).hasCount(0);
            assertThat(page.locator("#preview-summary")).hasCount(0);
        }
    }

    private static boolean isUpload(Response response) {
        String type = response.request().headerValue("content-type");
        return response.request().method().equals("POST") && type != null && type.startsWith("multipart/");
    }

    private Page excelPage(long planId) {
        Page page = browser.signIn(LEAD, 1280, 1000);
        page.navigate("/workplan/" + planId + "/excel");
        assertThat(page.locator("#excel-upload")).isVisible();
        return page;
    }

    private static void choose(Page page, Path file) {
        FileChooser chooser = page.waitForFileChooser(() -> page.getByText("Upload the changed workbook…").click());
        chooser.setFiles(file);
    }

    private long plan() {
        return runAs.person(LEAD, () -> workplan.plans().stream().filter(p -> p.teamName().equals(HARBOROUGH))
                .findFirst().orElseThrow().id());
    }

    /** The plan as exported, with a picture of random (incompressible) bytes making the file {@code size} bytes. */
    private Path workbookOfSize(long planId, long size, String name) throws Exception {
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        runAs.person(LEAD, () -> {
            try {
                excel.export(planId, exported);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        int picture = (int) (size - exported.size());
        byte[] bytes = new byte[0];
        for (int attempt = 0; attempt < 5; attempt++) {
            bytes = withPicture(exported.toByteArray(), picture);
            if (bytes.length == size) {
                break;
            }
            picture += (int) (size - bytes.length);
        }
        assertThat(bytes.length).as("the workbook's size").isBetween((int) size - 16, (int) size + 16);
        Path file = FILES.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] withPicture(byte[] workbook, int pictureBytes) throws Exception {
        byte[] picture = new byte[Math.max(0, pictureBytes)];
        new Random(42).nextBytes(picture);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.addPicture(picture, Workbook.PICTURE_TYPE_PNG);
            try (OutputStream stream = out) {
                book.write(stream);
            }
            return out.toByteArray();
        }
    }
}

package org.neighbourhoodportal.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neighbourhoodportal.attachments.SampleFiles;
import org.neighbourhoodportal.support.LoopDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Documents in a real browser against the real server (Tomcat, multipart, Vaadin's upload and download handlers): a
 * lead adds a PDF on a feedback page, sees it listed with who added it, and downloads the same bytes under its own
 * name, emoji and all; the PPG's representative sees it on their feedback too; a program renamed to .pdf is refused
 * in plain words and not listed.
 *
 * <p>A {@link BrowserTest}: the browser suite's classes share one application.
 */
@BrowserTest
class AttachmentsBrowserIT {

    @RegisterExtension
    static final BrowserSuite browser = new BrowserSuite();

    private static final Path FILES = Path.of("target", "attachments-it");

    @Autowired LoopDriver loop;

    @BeforeAll
    static void makeFolder() throws Exception {
        Files.createDirectories(FILES);
    }

    @Test
    void a_lead_uploads_a_pdf_sees_it_listed_and_downloads_the_same_file_under_its_name() throws Exception {
        long feedbackId = loop.submitAsPpg("The lift is out of order again");
        byte[] content = SampleFiles.pdf(300_000);
        Path file = FILES.resolve("Lift report 🛗.pdf");
        Files.write(file, content);

        Page page = browser.signIn(LEAD, BrowserSuite.LAPTOP_WIDTH, 1000);
        page.navigate("/feedback/" + feedbackId);
        assertThat(page.locator("#attachments-none")).hasText("No documents yet.");
        choose(page, "Add a document…", file);

        assertThat(page.locator("#attachments-message")).hasText("“Lift report 🛗.pdf” was added.");
        assertThat(page.locator("#attachments-list .attachment-name")).hasText("Lift report 🛗.pdf");
        assertThat(page.locator("#attachments-list .when").first()).containsText("Added by ");
        Download download = page.waitForDownload(() -> page.locator("#attachments-list .attachment-name").click());
        assertThat(download.suggestedFilename()).isEqualTo("Lift report 🛗.pdf");
        assertThat(Files.readAllBytes(download.path())).isEqualTo(content);

        Page ppg = browser.signIn(PPG_REP, BrowserSuite.LAPTOP_WIDTH, 1000);
        ppg.navigate("/feedback/" + feedbackId);
        assertThat(ppg.locator("#attachments-list .attachment-name")).hasText("Lift report 🛗.pdf");
        browser.shot(ppg, "attachments-on-feedback");
    }

    @Test
    void a_program_renamed_to_pdf_is_refused_in_plain_words_and_not_listed() throws Exception {
        long feedbackId = loop.submitAsPpg("An invoice arrives");
        Path file = FILES.resolve("invoice.pdf");
        Files.write(file, SampleFiles.windowsProgram());

        Page page = browser.signIn(LEAD, BrowserSuite.LAPTOP_WIDTH, 1000);
        page.navigate("/feedback/" + feedbackId);
        choose(page, "Add a document…", file);

        assertThat(page.locator("#attachments-message")).containsText("what is inside is a program, not a PDF");
        assertThat(page.locator("#attachments-none")).hasText("No documents yet.");
    }

    private static void choose(Page page, String button, Path file) {
        FileChooser chooser = page.waitForFileChooser(() -> page.getByText(button).first().click());
        chooser.setFiles(file);
    }
}

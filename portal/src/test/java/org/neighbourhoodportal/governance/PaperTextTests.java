package org.neighbourhoodportal.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text of a meeting paper for the board pack, and the sentence for each paper that cannot be read: every hostile or
 * damaged file gives a line naming it, never an exception, and a PDF bomb is refused before it is unpacked.
 */
class PaperTextTests {

    private static final long TEN_MB = 10L * 1024 * 1024;

    @TempDir Path dir;

    @Test
    void a_word_paper_gives_its_text() throws IOException {
        Path file = dir.resolve("proposal.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("Proposal: one referral route for frailty.");
            doc.write(out);
        }
        PaperText.Result result = read(file, "proposal.docx", PaperText.Kind.WORD);
        assertThat(result.problem()).isNull();
        assertThat(result.text()).contains("Proposal: one referral route for frailty.");
    }

    @Test
    void a_pdf_paper_gives_its_text_from_every_page() throws IOException {
        Path file = pdf("budget.pdf", "Budget 2026/27: community nursing", "Page two: falls service");
        PaperText.Result result = read(file, "budget.pdf", PaperText.Kind.PDF);
        assertThat(result.problem()).isNull();
        assertThat(result.text()).contains("Budget 2026/27: community nursing").contains("Page two: falls service");
    }

    @Test
    void a_pdf_with_a_password_gives_a_line_naming_it() throws IOException {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument doc = document("Secret figures")) {
            doc.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            doc.save(file.toFile());
        }
        PaperText.Result result = read(file, "locked.pdf", PaperText.Kind.PDF);
        assertThat(result.text()).isNull();
        assertThat(result.problem()).contains("“locked.pdf”").contains("protected with a password");
    }

    @Test
    void a_pdf_protected_only_against_changes_is_read() throws IOException {
        Path file = dir.resolve("owner-only.pdf");
        try (PDDocument doc = document("Minutes of the last meeting")) {
            doc.protect(new StandardProtectionPolicy("owner-secret", "", new AccessPermission()));
            doc.save(file.toFile());
        }
        assertThat(read(file, "owner-only.pdf", PaperText.Kind.PDF).text()).contains("Minutes of the last meeting");
    }

    @Test
    void a_damaged_pdf_gives_a_line_naming_it() throws IOException {
        Path file = dir.resolve("damaged.pdf");
        byte[] junk = new byte[4096];
        Arrays.fill(junk, (byte) 0x5a);
        Files.write(file, concat("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.US_ASCII),
                junk));
        PaperText.Result result = read(file, "damaged.pdf", PaperText.Kind.PDF);
        assertThat(result.text()).isNull();
        assertThat(result.problem()).contains("“damaged.pdf”").contains("could not be read");
    }

    @Test
    void a_scanned_pdf_without_text_gives_a_line_naming_it() throws IOException {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.save(file.toFile());
        }
        PaperText.Result result = read(file, "scan.pdf", PaperText.Kind.PDF);
        assertThat(result.problem()).contains("“scan.pdf”").contains("no text the portal can read");
    }

    @Test
    void a_pdf_bomb_is_refused_before_it_is_unpacked_and_quickly() throws IOException {
        // 60 MB of spaces in one page's contents: a few tens of KB packed, past the 50 MB a part may unpack to
        Path file = dir.resolve("bomb.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            COSStream contents = doc.getDocument().createCOSStream();
            try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] spaces = new byte[1024 * 1024];
                Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < 60; i++) {
                    out.write(spaces);
                }
            }
            page.setContents(new PDStream(contents));
            doc.save(file.toFile());
        }
        assertThat(Files.size(file)).isLessThan(1024 * 1024);
        PaperText.Result result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> read(file, "bomb.pdf", PaperText.Kind.PDF));
        assertThat(result.text()).isNull();
        assertThat(result.problem()).contains("“bomb.pdf”").contains("unpacks to far more than a document would");
    }

    @Test
    void a_paper_over_the_upload_limit_is_not_opened() throws IOException {
        Path file = pdf("big.pdf", "Large appendix");
        PaperText.Result result = PaperText.read(file, "big.pdf", PaperText.Kind.PDF, 100, "100 bytes");
        assertThat(result.text()).isNull();
        assertThat(result.problem()).isEqualTo("“big.pdf” is larger than 100 bytes, the most the portal reads, so it "
                + "is not in this pack: open it from the meeting's page.");
    }

    @Test
    void a_long_text_paper_is_cut_with_a_note() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "Notes line\n".repeat(5_000));
        PaperText.Result result = read(file, "notes.txt", PaperText.Kind.TEXT);
        assertThat(result.text()).startsWith("Notes line").endsWith(PaperText.CUT);
        assertThat(result.text().length()).isLessThanOrEqualTo(PaperText.TEXT_LIMIT + PaperText.CUT.length() + 1);
    }

    @Test
    void the_kind_is_known_by_type_or_name() {
        assertThat(PaperText.kind("a.PDF", "application/octet-stream")).isEqualTo(PaperText.Kind.PDF);
        assertThat(PaperText.kind("a.docx", null)).isEqualTo(PaperText.Kind.WORD);
        assertThat(PaperText.kind("a.csv", "text/csv")).isEqualTo(PaperText.Kind.TEXT);
        assertThat(PaperText.kind("a.png", "image/png")).isEqualTo(PaperText.Kind.OTHER);
        assertThat(PaperText.notRead("map.png", "PNG picture")).isEqualTo("“map.png” is a PNG picture, so its text "
                + "is not in this pack: open it from the meeting's page.");
    }

    // ----------------------------------------------------------------

    private static PaperText.Result read(Path file, String name, PaperText.Kind kind) {
        return PaperText.read(file, name, kind, TEN_MB, "10 MB");
    }

    private Path pdf(String name, String... pages) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = document(pages)) {
            doc.save(file.toFile());
        }
        return file;
    }

    static PDDocument document(String... pages) throws IOException {
        PDDocument doc = new PDDocument();
        for (String text : pages) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 760);
                content.showText(text);
                content.endText();
            }
        }
        return doc;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

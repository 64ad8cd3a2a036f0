package org.neighbourhoodportal.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.attachments.AttachmentService;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A board pack with papers of every kind, read back with POI: the text of a Word, a PDF and a text paper under their
 * own headings, and a line naming each paper that cannot be read (a PDF with a password, a damaged PDF, a picture),
 * while the rest of the pack is whole.
 */
@PortalTest
class BoardPackTests {

    @Autowired RunAs runAs;
    @Autowired MeetingService meetings;
    @Autowired LeadershipGroupService groups;
    @Autowired AttachmentService attachments;
    @Autowired Clock clock;

    @Test
    void each_paper_is_in_the_pack_as_text_or_as_a_line_saying_why_not() throws Exception {
        long group = runAs.person(LEAD, () -> groups.list()).stream()
                .filter(g -> g.name().equals("Harborough INT leadership group")).findFirst().orElseThrow().id();
        long meeting = runAs.person(LEAD, () -> meetings.plan(group, "Board pack papers", LocalDate.now(clock)
                .plusDays(10), LocalTime.of(14, 0), "Online", "Papers of every kind"));
        add(meeting, "Frailty budget.pdf", pdf(null, "Frailty budget 2026/27: GBP 120,000 for community nursing"));
        add(meeting, "Options appraisal.docx", word("Option A: one referral route for falls."));
        add(meeting, "Notes.txt", "Action notes: recruit two link workers.".getBytes(StandardCharsets.UTF_8));
        add(meeting, "Locked accounts.pdf", pdf("user-secret", "Confidential"));
        byte[] damaged = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R\nZZZZZZZZZZZZZZZZZZZZZZZZ"
                .getBytes(StandardCharsets.US_ASCII);
        add(meeting, "Damaged.pdf", damaged);

        MeetingDocument pack = runAs.person(MEMBER, () -> meetings.boardPack(meeting));
        Path saved = Files.createTempFile("board-pack-", ".docx");
        Files.write(saved, pack.content()); // for a look with LibreOffice when run by hand
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(pack.content()))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs).filteredOn(p -> "Heading2".equals(p.getStyle())).extracting(XWPFParagraph::getText)
                    .containsSubsequence("Agenda", "Papers", "Paper: Frailty budget.pdf",
                            "Paper: Options appraisal.docx", "Paper: Notes.txt", "Paper: Locked accounts.pdf",
                            "Paper: Damaged.pdf", "Latest highlight report", "Work plan summary");
            assertThat(after(paragraphs, "Paper: Frailty budget.pdf"))
                    .isEqualTo("Frailty budget 2026/27: GBP 120,000 for community nursing");
            assertThat(after(paragraphs, "Paper: Options appraisal.docx"))
                    .isEqualTo("Option A: one referral route for falls.");
            assertThat(after(paragraphs, "Paper: Notes.txt")).isEqualTo("Action notes: recruit two link workers.");
            assertThat(after(paragraphs, "Paper: Locked accounts.pdf"))
                    .startsWith("“Locked accounts.pdf” is protected with a password");
            assertThat(after(paragraphs, "Paper: Damaged.pdf")).startsWith("“Damaged.pdf” could not be read");
        } finally {
            System.out.println("Board pack written to " + saved);
        }
    }

    private static String after(List<XWPFParagraph> paragraphs, String heading) {
        for (int i = 0; i < paragraphs.size() - 1; i++) {
            if (paragraphs.get(i).getText().equals(heading)) {
                return paragraphs.get(i + 1).getText().strip();
            }
        }
        throw new AssertionError("No heading " + heading);
    }

    private void add(long meeting, String name, byte[] content) {
        runAs.person(LEAD, () -> attachments.add(MeetingService.RECORD_KIND, meeting, null, name,
                new ByteArrayInputStream(content)));
    }

    private static byte[] pdf(String userPassword, String text) throws IOException {
        try (PDDocument doc = PaperTextTests.document(text); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (userPassword != null) {
                doc.protect(new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission()));
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] word(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }
}

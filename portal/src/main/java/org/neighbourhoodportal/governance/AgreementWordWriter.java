package org.neighbourhoodportal.governance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.neighbourhoodportal.documents.WordPages;
import org.neighbourhoodportal.ui.Formats;

/**
 * A ToR or MoU as a Word document, A4 with page numbers ({@link WordPages}): the title as Heading 1, the version, its
 * date and status, each section under a Heading 2, the quorum and decision rules, and the signatories table
 * (organisation, name, role, signed on).
 */
final class AgreementWordWriter {

    private AgreementWordWriter() {
    }

    static byte[] write(AgreementDetails agreement) {
        AgreementDetails.VersionView version = agreement.shown();
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String title = agreement.title();
            WordPages pages = WordPages.a4(document, title + ", version " + version.number());
            pages.heading1(title);
            boolean inForce = agreement.inForceVersion() != null && agreement.inForceVersion() == version.number();
            paragraph(document, agreement.team() + " · " + ("MoU".equals(agreement.kind())
                    ? "Memorandum of understanding" : "Terms of reference") + " · version " + version.number()
                    + (inForce ? " · in force from " + Formats.day(agreement.inForceFrom()) : " · draft, not in force")
                    + " · review date " + Formats.day(version.reviewOn()));
            for (AgreementDetails.SectionText section : version.sections()) {
                pages.heading2(section.heading());
                if (section.body() == null || section.body().isBlank()) {
                    paragraph(document, "Not included in this version.");
                } else {
                    section.body().lines().filter(l -> !l.isBlank()).forEach(l -> paragraph(document, l));
                }
            }
            pages.heading2("Quorum and decision rules");
            paragraph(document, "Quorum: " + version.quorumMembers() + " members"
                    + (version.quorumSeats().isEmpty() ? "." : ", including " + String.join(", ",
                    version.quorumSeats()) + "."));
            paragraph(document, "Decisions: " + version.decisionMethod() + ".");
            paragraph(document, "Conflicts of interest: " + version.conflictsRule() + ".");
            pages.heading2("Signed for each organisation");
            List<AgreementDetails.SignatureView> signatures = agreement.signatures().stream()
                    .filter(s -> s.version() == version.number()).toList();
            XWPFTable table = document.createTable(signatures.size() + 1, 4);
            table.setWidth("100%");
            header(table.getRow(0), "Organisation", "Name", "Role", "Signed on");
            for (int i = 0; i < signatures.size(); i++) {
                AgreementDetails.SignatureView s = signatures.get(i);
                cells(table.getRow(i + 1), s.organisation(), s.name(), s.role(), Formats.dayTime(s.at()));
            }
            if (signatures.isEmpty()) {
                paragraph(document, "Nobody has signed this version yet.");
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().setText(text);
    }

    private static void header(XWPFTableRow row, String... texts) {
        row.setRepeatHeader(true);
        for (int i = 0; i < texts.length; i++) {
            var run = row.getCell(i).getParagraphs().get(0).createRun();
            run.setBold(true);
            run.setText(texts[i]);
        }
    }

    /** A signature's row is kept whole on one page, so no organisation's name is split across a page break. */
    private static void cells(XWPFTableRow row, String... texts) {
        row.setCantSplitRow(true);
        for (int i = 0; i < texts.length; i++) {
            row.getCell(i).getParagraphs().get(0).createRun().setText(texts[i]);
        }
    }
}

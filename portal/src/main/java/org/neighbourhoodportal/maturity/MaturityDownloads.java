package org.neighbourhoodportal.maturity;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.neighbourhoodportal.security.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The downloads: the ICB's matrix of INTs against domains as Excel (stages in words, and in colour), and one
 * assessment's summary as Word for a board paper; both fit A4 when printed. Access is the screens': the ICB view's
 * for the matrix ({@link MaturityService#icbOverview}), the assessment's for the summary.
 */
@Service
@Transactional(readOnly = true)
public class MaturityDownloads {

    /** Fill colours by stage order (Foundation, Step 1, Step 2, Step 3); the words are always in the cell too. */
    private static final IndexedColors[] STAGE_COLOURS = {IndexedColors.LEMON_CHIFFON, IndexedColors.LIGHT_TURQUOISE,
            IndexedColors.LIGHT_GREEN, IndexedColors.BRIGHT_GREEN};

    private final MaturityService maturity;

    MaturityDownloads(MaturityService maturity) {
        this.maturity = maturity;
    }

    /**
     * Writes the ICB's INTs against every domain (latest published assessment, name order, no totals) as an .xlsx,
     * landscape A4, one page wide, with the support asked for on a second sheet and the records each INT linked as
     * evidence (titles only of those the caller may read) on a third.
     *
     * @throws NotAllowedException unless the caller manages this ICB
     * @throws IOException         when the stream cannot be written
     */
    public void icbMatrix(long icbId, OutputStream out) throws IOException {
        IcbOverview view = maturity.icbOverview(icbId);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("INTs side by side");
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(view.icbName() + ": INTs by maturity domain, stage now → aiming for "
                    + "(latest published self-assessment). INTs in name order, for development only.");
            title.getCell(0).setCellStyle(header);
            title.setHeightInPoints(30);
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, view.domains().size() + 1));
            Row head = sheet.createRow(1);
            head.setHeightInPoints(45);
            head.createCell(0).setCellValue("INT");
            head.createCell(1).setCellValue("Period");
            for (int d = 0; d < view.domains().size(); d++) {
                head.createCell(d + 2).setCellValue(view.domains().get(d));
            }
            head.forEach(c -> c.setCellStyle(header));
            CellStyle[] byStage = new CellStyle[STAGE_COLOURS.length];
            for (int s = 0; s < byStage.length; s++) {
                byStage[s] = cellStyle(book);
                byStage[s].setFillForegroundColor(STAGE_COLOURS[s].getIndex());
                byStage[s].setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            CellStyle plain = cellStyle(book);
            int r = 2;
            for (IcbOverview.TeamRow team : view.teams()) {
                Row row = sheet.createRow(r++);
                row.setHeightInPoints(45); // three lines: stage now → aim, and the change since last period
                row.createCell(0).setCellValue(team.teamName());
                row.createCell(1).setCellValue(team.period() == null ? "Not yet assessed" : team.period());
                row.getCell(0).setCellStyle(plain);
                row.getCell(1).setCellStyle(plain);
                for (int d = 0; d < team.cells().size(); d++) {
                    IcbOverview.Cell cell = team.cells().get(d);
                    String text = cell.current() + (cell.target() == null ? "" : " → " + cell.target())
                            + (cell.change() == null ? "" : "\n" + cell.change());
                    var c = row.createCell(d + 2);
                    c.setCellValue(text);
                    int order = stageOrder(cell.current());
                    c.setCellStyle(order < 0 ? plain : byStage[Math.min(order, byStage.length - 1)]);
                }
            }
            Row key = sheet.createRow(r + 1);
            key.createCell(0).setCellValue("Colour shows the stage now: Foundation, Step 1, Step 2, Step 3 (lightest to "
                    + "darkest). Stage names are to be checked against the published PCN Maturity Matrix.");
            sheet.setColumnWidth(0, 36 * 256);
            sheet.setColumnWidth(1, 11 * 256);
            for (int d = 0; d < view.domains().size(); d++) {
                sheet.setColumnWidth(d + 2, 22 * 256);
            }
            fitA4(sheet, true);

            Sheet support = book.createSheet("Support asked for");
            Row sh = support.createRow(0);
            sh.createCell(0).setCellValue("Domain");
            sh.createCell(1).setCellValue("INT");
            sh.createCell(2).setCellValue("Period");
            sh.createCell(3).setCellValue("Support asked for");
            sh.forEach(c -> c.setCellStyle(header));
            int s = 1;
            for (IcbOverview.SupportByDomain domain : view.supportAskedFor()) {
                for (IcbOverview.Ask ask : domain.asks()) {
                    Row row = support.createRow(s++);
                    row.createCell(0).setCellValue(domain.domain());
                    row.createCell(1).setCellValue(ask.teamName());
                    row.createCell(2).setCellValue(ask.period());
                    row.createCell(3).setCellValue(ask.support());
                    row.forEach(c -> c.setCellStyle(plain));
                }
            }
            support.setColumnWidth(0, 30 * 256);
            support.setColumnWidth(1, 30 * 256);
            support.setColumnWidth(2, 10 * 256);
            support.setColumnWidth(3, 60 * 256);
            fitA4(support, true);

            Sheet linked = book.createSheet("Records that show it");
            Row lh = linked.createRow(0);
            lh.createCell(0).setCellValue("Domain");
            lh.createCell(1).setCellValue("INT");
            lh.createCell(2).setCellValue("Period");
            lh.createCell(3).setCellValue("Record linked as evidence");
            lh.forEach(c -> c.setCellStyle(header));
            int l = 1;
            for (int d = 0; d < view.domains().size(); d++) {
                for (IcbOverview.TeamRow team : view.teams()) {
                    for (Evidence e : team.cells().get(d).evidence()) {
                        Row row = linked.createRow(l++);
                        row.createCell(0).setCellValue(view.domains().get(d));
                        row.createCell(1).setCellValue(team.teamName());
                        row.createCell(2).setCellValue(team.period());
                        row.createCell(3).setCellValue(e.inWords());
                        row.forEach(c -> c.setCellStyle(plain));
                    }
                }
            }
            if (l == 1) {
                linked.createRow(1).createCell(0).setCellValue("No records linked as evidence yet.");
            }
            linked.setColumnWidth(0, 30 * 256);
            linked.setColumnWidth(1, 30 * 256);
            linked.setColumnWidth(2, 10 * 256);
            linked.setColumnWidth(3, 60 * 256);
            fitA4(linked, true);
            book.write(out);
        }
    }

    /**
     * Writes one assessment's summary for a board paper as a .docx: the team, period, status and framework (with its
     * source), then each domain's stage now and aimed for, evidence (with the records linked, by title), support needed
     * and the ICB's comment.
     *
     * @throws NotAllowedException "does not exist, or no access" unless the caller may read the assessment
     * @throws IOException         when the stream cannot be written
     */
    public void summary(long assessmentId, OutputStream out) throws IOException {
        AssessmentDetails a = maturity.assessment(assessmentId);
        try (XWPFDocument doc = new XWPFDocument()) {
            var section = doc.getDocument().getBody().addNewSectPr();
            var size = section.addNewPgSz();
            size.setW(java.math.BigInteger.valueOf(11906)); // A4 portrait, in twentieths of a point
            size.setH(java.math.BigInteger.valueOf(16838));
            var margins = section.addNewPgMar();
            for (var set : List.<java.util.function.Consumer<java.math.BigInteger>>of(margins::setTop,
                    margins::setBottom, margins::setLeft, margins::setRight)) {
                set.accept(java.math.BigInteger.valueOf(1134)); // 2 cm
            }
            text(doc, "Maturity self-assessment: " + a.teamName() + ", " + a.period(), 16, true);
            text(doc, a.status().label() + ". Framework: " + a.framework().label() + " (" + a.framework().source()
                    + "); stage names and descriptions to be checked against the published matrix. A development "
                    + "tool, not performance management.", 10, false);
            XWPFTable table = doc.createTable(1, 4);
            table.setWidth("100%");
            String[] heads = {"Domain", "Now", "Aiming for", "Support the team needs"};
            XWPFTableRow first = table.getRow(0);
            for (int i = 0; i < heads.length; i++) {
                cellText(first.getCell(i).getParagraphs().get(0), heads[i], true);
            }
            for (AssessmentDetails.DomainRow row : a.domains()) {
                XWPFTableRow line = table.createRow();
                cellText(line.getCell(0).getParagraphs().get(0), row.domain(), false);
                cellText(line.getCell(1).getParagraphs().get(0), row.current() == null ? "–" : row.current().label(),
                        false);
                cellText(line.getCell(2).getParagraphs().get(0), row.target() == null ? "–" : row.target().label(),
                        false);
                cellText(line.getCell(3).getParagraphs().get(0), row.supportNeeded() == null ? "" : row.supportNeeded(),
                        false);
            }
            text(doc, "Evidence and comments", 13, true);
            for (AssessmentDetails.DomainRow row : a.domains()) {
                text(doc, row.domain(), 11, true);
                text(doc, "Evidence: " + (row.evidence() == null ? "none recorded" : row.evidence()), 10, false);
                if (!row.evidenceLinks().isEmpty()) {
                    text(doc, "Records that show it: " + String.join("; ", row.evidenceLinks().stream()
                            .map(Evidence::inWords).toList()), 10, false);
                }
                if (row.icbComment() != null) {
                    text(doc, "ICB comment: " + row.icbComment(), 10, false);
                }
            }
            doc.write(out);
        }
    }

    private static CellStyle cellStyle(XSSFWorkbook book) {
        CellStyle style = book.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static void fitA4(Sheet sheet, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(0, 1, -1, -1));
    }

    private static int stageOrder(String label) {
        if (label == null) {
            return -1;
        }
        return switch (label) {
            case "Foundation" -> 0;
            case "Step 1" -> 1;
            case "Step 2" -> 2;
            case "Step 3" -> 3;
            default -> -1;
        };
    }

    private static void text(XWPFDocument doc, String text, int size, boolean bold) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily("Arial");
    }

    private static void cellText(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(10);
        run.setFontFamily("Arial");
    }
}

package org.neighbourhoodportal.consultation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.neighbourhoodportal.documents.SheetPrint;
import org.neighbourhoodportal.documents.WordPages;
import org.neighbourhoodportal.security.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consultation's downloads (Apache POI): an Excel workbook of every response (one row per response, a column per
 * question), and a Word outcome report (the "you said, we did": the summary, each theme with what was said and the
 * INT's response, and the list of respondents). Both print on A4 through the shared {@code documents} kit. Access is
 * that of the page they are downloaded from, checked again through {@link ConsultationService}.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationDocuments {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final List<String> FIRST_COLUMNS = List.of("Organisation or PPG", "Sector", "Sent by", "Sent on");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ConsultationService consultations;
    private final Clock clock;

    ConsultationDocuments(ConsultationService consultations, Clock clock) {
        this.consultations = consultations;
        this.clock = clock;
    }

    /**
     * Every sent response as an Excel workbook: one row per response, the organisation, sector, who sent it and
     * when, then a column per question (choices one a line, a ranking in order).
     *
     * @throws NotAllowedException unless the caller may see the results ({@link ConsultationService#results})
     */
    public byte[] responsesWorkbook(long consultationId) {
        ConsultationResults results = consultations.results(consultationId);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(results.title() + " – responses");
            XSSFSheet sheet = workbook.createSheet("Responses");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            heading.setWrapText(true);
            heading.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle plain = workbook.createCellStyle();
            plain.setWrapText(true);
            plain.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle quoted = workbook.createCellStyle();
            quoted.cloneStyleFrom(plain);
            quoted.setQuotePrefixed(true);

            Row head = sheet.createRow(0);
            int c = 0;
            for (String column : FIRST_COLUMNS) {
                cell(head, c++, column, heading, heading);
            }
            for (ConsultationResults.QuestionResult q : results.questions()) {
                cell(head, c++, q.number() + ". " + q.question(), heading, heading);
            }
            int r = 1;
            for (ConsultationResults.ResponseRow response : results.responses()) {
                Row row = sheet.createRow(r++);
                cell(row, 0, response.partyName(), plain, quoted);
                cell(row, 1, response.sector(), plain, quoted);
                cell(row, 2, response.sentBy() == null ? "" : response.sentBy(), plain, quoted);
                cell(row, 3, response.sentAt() == null ? "" : DAY.format(response.sentAt().atZone(clock.getZone())),
                        plain, quoted);
                int a = FIRST_COLUMNS.size();
                for (String answer : response.answers()) {
                    cell(row, a++, answer, plain, quoted);
                }
            }
            sheet.setColumnWidth(0, 30 * 256);
            sheet.setColumnWidth(1, 20 * 256);
            sheet.setColumnWidth(2, 18 * 256);
            sheet.setColumnWidth(3, 16 * 256);
            for (int i = 0; i < results.questions().size(); i++) {
                sheet.setColumnWidth(FIRST_COLUMNS.size() + i, 28 * 256);
            }
            sheet.createFreezePane(1, 1);
            SheetPrint.a4Landscape(sheet, 1, results.title() + " – responses");
            for (int i = 0; i < r; i++) {
                SheetPrint.fitHeight(sheet.getRow(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        }
    }

    /**
     * The outcome report as a Word document: the consultation, the INT's summary, each theme (what respondents said,
     * the INT's response, who raised it) and the respondents.
     *
     * @throws NotAllowedException when the caller may not read the consultation, or there is no outcome they may
     *         see yet (published, or being written and they see the results)
     */
    public byte[] outcomeReport(long consultationId) {
        ConsultationDetails c = consultations.details(consultationId);
        if (c.outcome() == null) {
            throw new NotAllowedException("The outcome has not been published yet.");
        }
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String title = "Consultation outcome: " + c.title();
            document.getProperties().getCoreProperties().setTitle(title);
            document.getProperties().getCoreProperties().setCreator("Neighbourhood Portal");
            WordPages pages = WordPages.a4(document, title);
            pages.heading1(title);
            paragraph(document, c.consultedBy() + ". Open from " + DAY.format(c.opensOn()) + " to "
                    + DAY.format(c.closesOn()) + "." + (c.outcome().publishedAt() == null ? " Not yet published."
                    : " Published on " + DAY.format(c.outcome().publishedAt().atZone(clock.getZone())) + "."), false);
            pages.heading2("What we consulted on");
            paragraph(document, c.summary(), false);
            pages.heading2("You said, we did");
            if (c.outcome().summary() != null) {
                paragraph(document, c.outcome().summary(), false);
            }
            for (ConsultationDetails.ThemeView theme : c.outcome().themes()) {
                paragraph(document, theme.title(), true);
                paragraph(document, "You said: " + theme.whatWasSaid(), false);
                paragraph(document, "We did: " + theme.intResponse(), false);
                if (!theme.raisedBy().isEmpty()) {
                    paragraph(document, "Raised by: " + String.join(", ", theme.raisedBy()), false);
                }
            }
            pages.heading2("Who responded");
            if (c.outcome().respondents().isEmpty()) {
                paragraph(document, "Nobody responded.", false);
            } else {
                BigInteger list = pages.newBulletList();
                for (String respondent : c.outcome().respondents()) {
                    XWPFParagraph p = document.createParagraph();
                    p.setNumID(list);
                    p.createRun().setText(respondent);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the Word document", e);
        }
    }

    private static void paragraph(XWPFDocument document, String text, boolean bold) {
        XWPFParagraph p = document.createParagraph();
        List<String> lines = text.lines().toList();
        XWPFRun run = p.createRun();
        run.setBold(bold);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines.get(i));
        }
    }

    /** Text that a spreadsheet would read as a formula (=, +, -, @) is kept as text. */
    private static void cell(Row row, int column, String value, CellStyle plain, CellStyle quoted) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? quoted : plain);
    }
}

package org.neighbourhoodportal.administration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Directory spreadsheets for the tests: made by POI, or as a flat OpenDocument file for LibreOffice to convert. */
public final class ImportWorkbooks {

    static final String[] ORGANISATION_HEADINGS = {"Organisation", "Sector", "ODS code"};
    static final String[] PERSON_HEADINGS = {"E-mail address", "Name", "Job title", "Organisation",
            "Role in the INT", "Signs for the organisation"};

    private ImportWorkbooks() {
    }

    /** A workbook with the two sheets, each starting with its headings; null cells stay empty. */
    public static byte[] poi(List<String[]> organisations, List<String[]> people) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(workbook.createSheet("Organisations"), ORGANISATION_HEADINGS, organisations);
            fill(workbook.createSheet("People"), PERSON_HEADINGS, people);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Sheet sheet, String[] headings, List<String[]> rows) {
        Row first = sheet.createRow(0);
        for (int i = 0; i < headings.length; i++) {
            first.createCell(i).setCellValue(headings[i]);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows.get(r).length; c++) {
                if (rows.get(r)[c] != null) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
        }
    }

    /** The same two sheets as a flat OpenDocument spreadsheet (.fods), which LibreOffice opens and saves as .xlsx. */
    static byte[] fods(List<String[]> organisations, List<String[]> people) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
                <office:body><office:spreadsheet>
                """);
        table(xml, "Organisations", ORGANISATION_HEADINGS, organisations);
        table(xml, "People", PERSON_HEADINGS, people);
        xml.append("</office:spreadsheet></office:body></office:document>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder xml, String name, String[] headings, List<String[]> rows) {
        xml.append("<table:table table:name=\"").append(name).append("\">");
        row(xml, headings);
        rows.forEach(r -> row(xml, r));
        xml.append("</table:table>");
    }

    private static void row(StringBuilder xml, String[] cells) {
        xml.append("<table:table-row>");
        for (String cell : cells) {
            if (cell == null) {
                xml.append("<table:table-cell/>");
            } else {
                xml.append("<table:table-cell office:value-type=\"string\"><text:p>")
                        .append(cell.replace("&", "&amp;").replace("<", "&lt;")).append("</text:p></table:table-cell>");
            }
        }
        xml.append("</table:table-row>");
    }
}

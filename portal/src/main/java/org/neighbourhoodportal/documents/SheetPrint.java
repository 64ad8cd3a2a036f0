package org.neighbourhoodportal.documents;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every spreadsheet the portal writes prints: A4 landscape, all columns on one page width (as many pages down as
 * it takes), the heading rows repeated on every page, the title and "Page 1 of 3" in the footer; and rows tall
 * enough to show their wrapped text, which neither Excel nor POI works out for a written file.
 *
 * <p>Works on streaming ({@code SXSSF}) and in-memory ({@code XSSF}) sheets alike.
 */
public final class SheetPrint {

    /** Excel's own ceiling for a row's height. */
    static final float MAX_ROW_POINTS = 409;
    /** One line of 11 pt Calibri (the workbook default) or Arial, with its leading. */
    static final float LINE_POINTS = 15;
    static final double MARGIN_INCHES = 0.5;
    static final double HEADER_FOOTER_INCHES = 0.25;

    private SheetPrint() {
    }

    /**
     * @param sheet       the sheet, its column widths already set
     * @param headingRows how many rows at the top to print on every page (0 for none)
     * @param title       what the footer names the document by
     */
    public static void a4Landscape(Sheet sheet, int headingRows, String title) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(Sheet.LeftMargin, MARGIN_INCHES);
        sheet.setMargin(Sheet.RightMargin, MARGIN_INCHES);
        sheet.setMargin(Sheet.TopMargin, MARGIN_INCHES + HEADER_FOOTER_INCHES);
        sheet.setMargin(Sheet.BottomMargin, MARGIN_INCHES + HEADER_FOOTER_INCHES);
        sheet.setMargin(Sheet.HeaderMargin, HEADER_FOOTER_INCHES);
        sheet.setMargin(Sheet.FooterMargin, HEADER_FOOTER_INCHES);
        if (headingRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, headingRows - 1, -1, -1));
        }
        sheet.getFooter().setLeft(footerText(title));
        sheet.getFooter().setRight("Page &P of &N");
    }

    /**
     * Makes a row tall enough for its longest wrapped text, from the widths of the (visible) columns it is in.
     * Call it once the row's cells are written and the sheet's column widths are set.
     */
    public static void fitHeight(Row row) {
        Sheet sheet = row.getSheet();
        int lines = 1;
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.STRING || sheet.isColumnHidden(cell.getColumnIndex())
                    || !cell.getCellStyle().getWrapText()) {
                continue;
            }
            int characters = Math.max(1, sheet.getColumnWidth(cell.getColumnIndex()) / 256 - 1);
            lines = Math.max(lines, linesOf(cell.getStringCellValue(), characters));
        }
        float wanted = Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 2);
        row.setHeightInPoints(Math.max(wanted, row.getHeightInPoints()));
    }

    /** How many lines a text takes in a column this many characters wide, breaking at spaces as a reader would. */
    static int linesOf(String text, int characters) {
        int lines = 0;
        for (String paragraph : text.split("\\R", -1)) {
            int used = 0;
            int inParagraph = 1;
            for (String word : paragraph.split(" ")) {
                int length = word.length();
                if (used == 0) {
                    used = length;
                } else if (used + 1 + length <= characters) {
                    used += 1 + length;
                } else {
                    inParagraph++;
                    used = length;
                }
                while (used > characters) { // a word longer than the column breaks anywhere
                    inParagraph++;
                    used -= characters;
                }
            }
            lines += inParagraph;
        }
        return Math.max(1, lines);
    }

    /** Header and footer text treats {@code &} as a code; a title with one must double it. */
    private static String footerText(String title) {
        return title == null ? "" : title.replace("&", "&&");
    }
}

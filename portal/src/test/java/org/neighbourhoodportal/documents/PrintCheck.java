package org.neighbourhoodportal.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads a document's print set-up back with POI, for the tests of every writer that uses {@link SheetPrint} or
 * {@link WordPages}. Each file is also kept under {@code target/print-check/}, to look at rendered:
 * {@code libreoffice --headless --convert-to pdf} then {@code pdftoppm -png -r 50} (docs/operations.md).
 */
public final class PrintCheck {

    private PrintCheck() {
    }

    public static void keep(String fileName, byte[] bytes) {
        try {
            Path dir = Path.of("target", "print-check");
            Files.createDirectories(dir);
            Files.write(dir.resolve(fileName), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4 landscape, one page wide, the given heading rows on every page, margins and a page-numbered footer. */
    public static void assertA4LandscapeFitToWidth(XSSFSheet sheet, int headingRows) {
        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getPaperSize()).as(sheet.getSheetName() + " paper").isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(print.getLandscape()).as(sheet.getSheetName() + " landscape").isTrue();
        assertThat(sheet.getFitToPage()).as(sheet.getSheetName() + " fit to page").isTrue();
        assertThat(print.getFitWidth()).as(sheet.getSheetName() + " pages wide").isEqualTo((short) 1);
        assertThat(print.getFitHeight()).as(sheet.getSheetName() + " pages tall (0: as many as needed)")
                .isEqualTo((short) 0);
        assertThat(sheet.getMargin(XSSFSheet.LeftMargin)).isEqualTo(SheetPrint.MARGIN_INCHES);
        assertThat(sheet.getMargin(XSSFSheet.TopMargin)).isGreaterThan(SheetPrint.MARGIN_INCHES);
        assertThat(sheet.getFooter().getRight()).isEqualTo("Page &P of &N");
        CellRangeAddress repeating = sheet.getRepeatingRows();
        if (headingRows == 0) {
            assertThat(repeating).isNull();
        } else {
            assertThat(repeating).as(sheet.getSheetName() + " repeated rows").isNotNull();
            assertThat(repeating.getFirstRow()).isZero();
            assertThat(repeating.getLastRow()).isEqualTo(headingRows - 1);
        }
    }

    /** A4 portrait with 2 cm margins, and a footer with PAGE and NUMPAGES fields. */
    public static void assertA4WithPageNumbers(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().getSectPr();
        CTPageSz size = section.getPgSz();
        assertThat(((Number) size.getW()).intValue()).isEqualTo(WordPages.A4_WIDTH);
        assertThat(((Number) size.getH()).intValue()).isEqualTo(WordPages.A4_HEIGHT);
        CTPageMar margins = section.getPgMar();
        for (Object margin : List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight())) {
            assertThat(((Number) margin).intValue()).isEqualTo(WordPages.MARGIN);
        }
        List<XWPFFooter> footers = document.getFooterList();
        assertThat(footers).isNotEmpty();
        String xml = footers.get(0).getParagraphs().get(0).getCTP().xmlText();
        assertThat(xml).contains("PAGE \\* MERGEFORMAT", "NUMPAGES \\* MERGEFORMAT");
        assertThat(footers.get(0).getText()).contains("Page", "of");
    }
}

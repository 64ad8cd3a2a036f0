package org.neighbourhoodportal.funding;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.neighbourhoodportal.spreadsheets.RowHeights;

/** The pipeline as an Excel workbook: one sheet of bids, one of totals by INT and fund. Amounts in whole pounds. */
final class PipelineWorkbook {

    static final String BIDS_SHEET = "Bids";
    static final String FUNDS_SHEET = "By fund";
    static final List<String> BID_HEADERS = List.of("INT", "Bid", "Funder", "Fund", "Stage", "Amount sought (£)",
            "Amount awarded (£)", "Funder's deadline", "Lead partner");
    static final List<String> FUND_HEADERS = List.of("INT", "Fund", "Bids", "Sought (£)", "Won (£)", "Lost (£)");

    private PipelineWorkbook() {
    }

    static void write(List<BidRow> bids, List<FundSummary> funds, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("£#,##0"));
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("d mmm yyyy"));
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);

            Sheet sheet = book.createSheet(BIDS_SHEET);
            int[] bidWidths = {22, 34, 24, 26, 20, 14, 14, 14, 30};
            headers(sheet, BID_HEADERS, header, bidWidths);
            int r = 1;
            for (BidRow bid : bids) {
                Row row = sheet.createRow(r++);
                text(row, 0, bid.teamName(), wrap);
                text(row, 1, bid.title(), wrap);
                text(row, 2, bid.funder(), wrap);
                text(row, 3, bid.fund(), wrap);
                text(row, 4, bid.stage().label(), wrap);
                row.createCell(5).setCellValue(bid.amountSought());
                row.getCell(5).setCellStyle(money);
                if (bid.amountAwarded() != null) {
                    row.createCell(6).setCellValue(bid.amountAwarded());
                    row.getCell(6).setCellStyle(money);
                }
                row.createCell(7).setCellValue(bid.deadline());
                row.getCell(7).setCellStyle(date);
                text(row, 8, bid.leadPartner() == null ? "" : bid.leadPartner(), wrap);
                RowHeights.fit(row, bidWidths); // long names wrap: the row grows so they print inside it
            }
            sheet.createFreezePane(0, 1);

            Sheet totals = book.createSheet(FUNDS_SHEET);
            int[] fundWidths = {22, 30, 8, 14, 14, 14};
            headers(totals, FUND_HEADERS, header, fundWidths);
            r = 1;
            for (FundSummary fund : funds) {
                Row row = totals.createRow(r++);
                text(row, 0, fund.teamName(), wrap);
                text(row, 1, fund.fund(), wrap);
                row.createCell(2).setCellValue(fund.bids());
                long[] amounts = {fund.sought(), fund.won(), fund.lost()};
                for (int i = 0; i < amounts.length; i++) {
                    row.createCell(3 + i).setCellValue(amounts[i]);
                    row.getCell(3 + i).setCellStyle(money);
                }
                RowHeights.fit(row, fundWidths);
            }
            totals.createFreezePane(0, 1);
            book.write(out);
        }
    }

    private static void headers(Sheet sheet, List<String> names, CellStyle style, int[] widths) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            row.createCell(i).setCellValue(names.get(i));
            row.getCell(i).setCellStyle(style);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        // printed on A4 landscape, one page wide, the headings repeated on every page
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, names.size() - 1));
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        row.createCell(column).setCellValue(value);
        row.getCell(column).setCellStyle(style);
    }
}

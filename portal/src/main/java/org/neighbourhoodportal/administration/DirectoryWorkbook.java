package org.neighbourhoodportal.administration;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.neighbourhoodportal.directory.Sector;
import org.neighbourhoodportal.spreadsheets.SheetColumns;

/**
 * The shape of the spreadsheet that brings an INT's organisations and people in: its sheets and columns, shared by
 * the template people download and the import that reads it back.
 */
final class DirectoryWorkbook {

    static final String ORGANISATIONS = "Organisations";
    static final String PEOPLE = "People";
    static final String LISTS = "Lists";
    static final String ABOUT = "About this file";

    static final String LEAD = "INT lead";
    static final String MEMBER = "Member";
    static final String YES = "Yes";
    static final String NO = "No";

    static final String KEEP_SHEETS = "Keep the sheets named Organisations and People as they are in the template.";
    static final String KEEP_HEADINGS = "Keep the headings in the first row as they are in the template, or download "
            + "the template again.";

    /** Rows the template offers its drop-down lists on. */
    private static final int LIST_ROWS = 2_000;

    enum OrganisationColumn implements SheetColumns.Column {
        NAME("Organisation", 45, true),
        SECTOR("Sector", 34, true),
        ODS_CODE("ODS code", 12, false);

        private final String heading;
        private final int width;
        private final boolean required;

        OrganisationColumn(String heading, int width, boolean required) {
            this.heading = heading;
            this.width = width;
            this.required = required;
        }

        @Override
        public String heading() {
            return heading;
        }

        @Override
        public boolean imported() {
            return true;
        }
    }

    enum PersonColumn implements SheetColumns.Column {
        EMAIL("E-mail address", 34, true),
        NAME("Name", 26, true),
        JOB_TITLE("Job title", 28, false),
        ORGANISATION("Organisation", 40, false),
        ROLE("Role in the INT", 16, false),
        SIGNATORY("Signs for the organisation", 14, false);

        private final String heading;
        private final int width;
        private final boolean required;

        PersonColumn(String heading, int width, boolean required) {
            this.heading = heading;
            this.width = width;
            this.required = required;
        }

        @Override
        public String heading() {
            return heading;
        }

        @Override
        public boolean imported() {
            return true;
        }
    }

    private DirectoryWorkbook() {
    }

    /** The empty template: the two sheets with their headings and drop-down lists, and a sheet that explains them. */
    static void writeTemplate(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle heading = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            heading.setWrapText(true);

            Sheet organisations = workbook.createSheet(ORGANISATIONS);
            headings(organisations, heading, Arrays.stream(OrganisationColumn.values())
                    .map(c -> new String[]{c.heading, String.valueOf(c.width)}).toArray(String[][]::new));
            Sheet people = workbook.createSheet(PEOPLE);
            headings(people, heading, Arrays.stream(PersonColumn.values())
                    .map(c -> new String[]{c.heading, String.valueOf(c.width)}).toArray(String[][]::new));

            Sheet lists = workbook.createSheet(LISTS);
            Sector[] sectors = Sector.values();
            for (int i = 0; i < sectors.length; i++) {
                lists.createRow(i).createCell(0).setCellValue(sectors[i].label());
            }
            lists.setColumnWidth(0, 45 * 256);
            DataValidationHelper help = organisations.getDataValidationHelper();
            list(organisations, help.createFormulaListConstraint("'" + LISTS + "'!$A$1:$A$" + sectors.length),
                    OrganisationColumn.SECTOR.ordinal());
            list(people, people.getDataValidationHelper().createExplicitListConstraint(new String[]{LEAD, MEMBER}),
                    PersonColumn.ROLE.ordinal());
            list(people, people.getDataValidationHelper().createExplicitListConstraint(new String[]{YES, NO}),
                    PersonColumn.SIGNATORY.ordinal());

            Sheet about = workbook.createSheet(ABOUT);
            String[] lines = {
                    "Bringing an INT's organisations and people into Neighbourhood Portal",
                    "",
                    "Organisations: one row each. Organisation and Sector are needed; choose the sector from the list. "
                            + "Give the ODS code (such as A81001) where there is one. Organisations already in the "
                            + "portal are matched by ODS code, or else by name.",
                    "Each organisation listed becomes a member of the INT you choose when you upload the file.",
                    "",
                    "People: one row each. E-mail address and Name are needed. Organisation is where they work: an "
                            + "organisation on the Organisations sheet or one already in the portal.",
                    "Role in the INT: " + LEAD + ", " + MEMBER + ", or empty (a member represents their organisation "
                            + "in the INT).",
                    "Signs for the organisation: " + YES + " for the one person who signs terms of reference and bid "
                            + "commitments for their organisation. They need a role in the INT.",
                    "People already in the portal are matched by e-mail address; an empty cell leaves what the portal "
                            + "has.",
                    "",
                    "When you upload the file the portal shows what it would add and change, and every problem by "
                            + "row. Nothing is saved until you apply it, and then all of it is saved or none.",
                    "Example: Riverside Surgery | General practice | C81001, and ana.reyes@example.nhs.uk | Ana Reyes "
                            + "| Practice manager | Riverside Surgery | Member | Yes"};
            for (int i = 0; i < lines.length; i++) {
                about.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            about.getRow(0).getCell(0).setCellStyle(heading);
            about.setColumnWidth(0, 120 * 256);
            workbook.write(out);
        }
    }

    private static void headings(Sheet sheet, CellStyle style, String[][] columns) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.length; i++) {
            row.createCell(i).setCellValue(columns[i][0]);
            row.getCell(i).setCellStyle(style);
            sheet.setColumnWidth(i, Integer.parseInt(columns[i][1]) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void list(Sheet sheet, org.apache.poi.ss.usermodel.DataValidationConstraint constraint,
                             int column) {
        DataValidation validation = sheet.getDataValidationHelper().createValidation(constraint,
                new CellRangeAddressList(1, Math.min(LIST_ROWS, SpreadsheetVersion.EXCEL2007.getLastRowIndex()),
                        column, column));
        validation.setShowErrorBox(false); // a typed value is checked by the import, in plain words
        sheet.addValidationData(validation);
    }
}

package org.neighbourhoodportal.workplan.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.neighbourhoodportal.workplan.excel.ParsedWorkbook.CellValue;
import org.neighbourhoodportal.workplan.excel.ParsedWorkbook.SheetData;
import org.neighbourhoodportal.workplan.excel.ParsedWorkbook.SheetRow;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the Priorities and Actions sheets of an uploaded workbook with bounded memory, whatever the file holds.
 *
 * <p>In order: the file's first bytes must be a zip (so a renamed text file or PDF is named as such); the zip's own
 * directory must not promise more than {@link ExcelLimits#MAX_UNPACKED_BYTES}; POI opens it from disk with its
 * zip-bomb checks left on (a part that inflates more than 100 times is refused); sheets are streamed with SAX (POI's
 * secure parser: no DTDs, no external entities), never loaded as a whole; every part is cut off at
 * {@link ExcelLimits#MAX_PART_BYTES}; and reading stops at the first row past {@link ExcelLimits#MAX_ROWS_PER_SHEET}.
 * Whatever goes wrong becomes an {@link ExcelImportException} with a plain message; POI's own is never shown.
 */
final class WorkbookReader {

    static final String NOT_A_WORKBOOK = "This file is not an Excel workbook. Upload the .xlsx file you downloaded "
            + "from this page (in Excel, use File, Save As, Excel Workbook).";
    static final String OLD_FORMAT = "This is an older Excel file (.xls) or a workbook protected with a password. "
            + "Open it in Excel, save it as an Excel Workbook (.xlsx) without a password, and upload that.";
    static final String PDF = "This is a PDF, not an Excel workbook. Upload the .xlsx file you downloaded from this "
            + "page.";
    static final String EMPTY = "The file is empty.";
    static final String BOMB = "This file unpacks to far more data than a work plan holds, so the portal did not "
            + "open it. It may be damaged, or made to cause harm. Export the plan again and make your changes in the "
            + "new file.";
    static final String DAMAGED = "The file could not be read: it may be damaged. Open it in Excel, save it again "
            + "and upload the new copy.";

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF_START = {'%', 'P', 'D', 'F'};

    private WorkbookReader() {
    }

    static ParsedWorkbook read(Path file) {
        checkSignature(file);
        checkZipDirectory(file);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            StylesTable styles = styles(pkg);
            ReadOnlySharedStringsTable strings = strings(pkg);
            XSSFReader reader = new XSSFReader(pkg);
            Map<String, SheetData> found = new HashMap<>();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String wanted = wanted(sheets.getSheetName());
                    if (wanted != null && !found.containsKey(wanted)) {
                        found.put(wanted, sheet(wanted, new LimitedInputStream(in, ExcelLimits.MAX_PART_BYTES),
                                styles, strings));
                    }
                }
            }
            List<String> missing = new ArrayList<>();
            for (String name : List.of(Layout.PRIORITIES, Layout.ACTIONS)) {
                if (!found.containsKey(name)) {
                    missing.add("“" + name + "”");
                }
            }
            if (!missing.isEmpty()) {
                throw new ExcelImportException("The workbook has no sheet called " + String.join(" or ", missing)
                        + ". Keep the sheets named Priorities and Actions as they were exported.");
            }
            return new ParsedWorkbook(found.get(Layout.PRIORITIES), found.get(Layout.ACTIONS));
        } catch (ExcelImportException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw translate(e);
        } finally {
            if (pkg != null) {
                pkg.revert(); // opened read-only: close without writing anything back
            }
        }
    }

    private static void checkSignature(Path file) {
        byte[] start = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(start, 0, start.length);
        } catch (IOException e) {
            throw new ExcelImportException(DAMAGED, e);
        }
        if (n == 0) {
            throw new ExcelImportException(EMPTY);
        }
        if (startsWith(start, n, ZIP)) {
            return;
        }
        if (startsWith(start, n, OLE2)) {
            throw new ExcelImportException(OLD_FORMAT);
        }
        if (startsWith(start, n, PDF_START)) {
            throw new ExcelImportException(PDF);
        }
        throw new ExcelImportException(NOT_A_WORKBOOK);
    }

    private static boolean startsWith(byte[] bytes, int length, byte[] prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** What the zip says it holds, before anything is inflated; POI and the cut-offs check what it really holds. */
    private static void checkZipDirectory(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long total = 0;
            int parts = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                parts++;
                total += Math.max(entry.getSize(), 0);
                if (parts > ExcelLimits.MAX_PARTS || total > ExcelLimits.MAX_UNPACKED_BYTES) {
                    throw new ExcelImportException(BOMB);
                }
            }
        } catch (ZipException e) {
            throw new ExcelImportException(NOT_A_WORKBOOK, e);
        } catch (IOException e) {
            throw new ExcelImportException(DAMAGED, e);
        }
    }

    private static StylesTable styles(OPCPackage pkg) throws IOException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        try (InputStream in = new LimitedInputStream(parts.get(0).getInputStream(), ExcelLimits.MAX_PART_BYTES)) {
            return new StylesTable(in);
        }
    }

    private static ReadOnlySharedStringsTable strings(OPCPackage pkg) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        try (InputStream in = new LimitedInputStream(parts.get(0).getInputStream(), ExcelLimits.MAX_PART_BYTES)) {
            return new ReadOnlySharedStringsTable(in, false);
        }
    }

    private static String wanted(String sheetName) {
        String name = Layout.normalise(sheetName);
        for (String wanted : List.of(Layout.PRIORITIES, Layout.ACTIONS)) {
            if (Layout.normalise(wanted).equals(name)) {
                return wanted;
            }
        }
        return null;
    }

    private static SheetData sheet(String name, InputStream in, StylesTable styles, ReadOnlySharedStringsTable strings)
            throws IOException, SAXException, javax.xml.parsers.ParserConfigurationException {
        SheetHandler handler = new SheetHandler(name, styles, strings);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(in));
        if (handler.headings == null) {
            handler.headings = Map.of();
        }
        return new SheetData(name, handler.headings, handler.rows);
    }

    private static ExcelImportException translate(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooManyRows tooMany) {
                return new ExcelImportException("The " + tooMany.sheet + " sheet has more than "
                        + String.format(Locale.UK, "%,d", ExcelLimits.MAX_ROWS_PER_SHEET) + " rows, the most the "
                        + "portal reads from a sheet. Remove the rows you do not need, or bring the changes in over "
                        + "two uploads.", e);
            }
            if (cause instanceof LimitedInputStream.LimitExceeded) {
                return new ExcelImportException(BOMB, e);
            }
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max entry size")
                    || message.contains("exceeds the max") || message.contains("entity expansion")) {
                return new ExcelImportException(BOMB, e);
            }
        }
        if (e instanceof NumberFormatException || e instanceof SAXException) {
            return new ExcelImportException(DAMAGED, e);
        }
        // NotOfficeXmlFileException, InvalidFormatException, POIXMLException and the like: a zip, but not a workbook
        return new ExcelImportException(NOT_A_WORKBOOK, e);
    }

    /** Stops the parse at the first row past the limit, so the rest of a huge sheet is never read. */
    private static final class TooManyRows extends SAXException {
        final String sheet;

        TooManyRows(String sheet) {
            super("Too many rows in " + sheet);
            this.sheet = sheet;
        }
    }

    /** One sheet's XML, element by element; keeps only rows with values, and only the columns with headings. */
    private static final class SheetHandler extends DefaultHandler {

        private static final int MAX_TEXT = 40_000; // Excel's own cell limit is 32,767 characters

        private final String sheet;
        private final StylesTable styles;
        private final ReadOnlySharedStringsTable strings;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private final List<SheetRow> rows = new ArrayList<>();
        private Map<String, Integer> headings;

        private int rowNumber;
        private int nextRow = 1;
        private Map<Integer, CellValue> cells;
        private int column;
        private int nextColumn;
        private String type;
        private int style;
        private boolean hasValue;
        private boolean valueSeen;
        private boolean inValue;
        private boolean inInline;
        private boolean inText;
        private boolean inPhonetic;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();

        SheetHandler(String sheet, StylesTable styles, ReadOnlySharedStringsTable strings) {
            this.sheet = sheet;
            this.styles = styles;
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (name(localName, qName)) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? nextRow : Integer.parseInt(r.trim());
                    nextRow = rowNumber + 1;
                    cells = new TreeMap<>();
                    nextColumn = 0;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? nextColumn : new CellReference(r.trim()).getCol();
                    nextColumn = column + 1;
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s.trim());
                    value.setLength(0);
                    inline.setLength(0);
                    hasValue = false;
                    valueSeen = false;
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                    valueSeen = true;
                }
                case "is" -> {
                    inInline = true;
                    hasValue = true;
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> inText = inInline && !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            StringBuilder into = inValue ? value : inText ? inline : null;
            if (into != null && into.length() < MAX_TEXT) {
                into.append(ch, start, Math.min(length, MAX_TEXT - into.length()));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (name(localName, qName)) {
                case "v" -> inValue = false;
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                case "is" -> inInline = false;
                case "c" -> {
                    boolean wanted = headings == null ? column < ExcelLimits.MAX_COLUMNS
                            : headings.containsValue(column);
                    if (hasValue && wanted && cells != null) {
                        CellValue cell = cell(value.toString(), inline.toString());
                        if (cell != null) {
                            cells.put(column, cell);
                        }
                    }
                }
                case "row" -> endRow();
                default -> {
                }
            }
        }

        private void endRow() throws TooManyRows {
            if (cells == null || cells.isEmpty()) {
                return;
            }
            if (headings == null) {
                // the first row with anything in it holds the headings
                Map<String, Integer> found = new LinkedHashMap<>();
                cells.forEach((index, cell) -> found.putIfAbsent(Layout.normalise(cell.text()), index));
                headings = found;
            } else {
                if (rows.size() >= ExcelLimits.MAX_ROWS_PER_SHEET) {
                    throw new TooManyRows(sheet);
                }
                rows.add(new SheetRow(rowNumber, cells));
            }
            cells = null;
        }

        /** @param inline the text of an inline string ({@code <is>}), which some writers leave beside a {@code <v>} */
        private CellValue cell(String raw, String inline) {
            String t = type == null ? "n" : type;
            switch (t) {
                case "s" -> {
                    if (strings == null) {
                        return CellValue.error("#REF!");
                    }
                    try {
                        return text(strings.getItemAt(Integer.parseInt(raw.trim())).getString());
                    } catch (RuntimeException e) {
                        return CellValue.error("#REF!");
                    }
                }
                case "inlineStr" -> {
                    // POI, when it changes an inline string, writes the new text to <v> and leaves the old <is>
                    return text(valueSeen ? raw : inline);
                }
                case "str" -> {
                    return text(raw);
                }
                case "b" -> {
                    return CellValue.bool("1".equals(raw.trim()));
                }
                case "e" -> {
                    return CellValue.error(raw.trim());
                }
                case "d" -> {
                    // ISO 8601, as strict Open XML writes dates
                    String iso = raw.trim();
                    try {
                        LocalDate date = LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso);
                        return CellValue.date(DateUtil.getExcelDate(date), date);
                    } catch (DateTimeParseException e) {
                        return text(raw);
                    }
                }
                default -> {
                    if (raw.isBlank()) {
                        return null;
                    }
                    double number;
                    try {
                        number = Double.parseDouble(raw.trim());
                    } catch (NumberFormatException e) {
                        return text(raw);
                    }
                    if (isDateStyle() && DateUtil.isValidExcelDate(number)) {
                        return CellValue.date(number, DateUtil.getLocalDateTime(number).toLocalDate());
                    }
                    return CellValue.number(number);
                }
            }
        }

        private static CellValue text(String text) {
            return text == null || text.isBlank() ? null : CellValue.text(text);
        }

        private boolean isDateStyle() {
            if (styles == null || style < 0) {
                return false;
            }
            return dateStyles.computeIfAbsent(style, s -> {
                try {
                    XSSFCellStyle cellStyle = styles.getStyleAt(s);
                    return cellStyle != null
                            && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
                } catch (RuntimeException e) {
                    return false;
                }
            });
        }

        private static String name(String localName, String qName) {
            if (localName != null && !localName.isEmpty()) {
                return localName;
            }
            int colon = qName.indexOf(':');
            return colon < 0 ? qName : qName.substring(colon + 1);
        }
    }
}

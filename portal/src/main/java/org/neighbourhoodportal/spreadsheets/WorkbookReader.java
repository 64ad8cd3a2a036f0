package org.neighbourhoodportal.spreadsheets;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.neighbourhoodportal.spreadsheets.ReadWorkbook.SheetData;
import org.xml.sax.SAXException;

/**
 * Reads the named sheets of an uploaded workbook with bounded memory, whatever the file holds. Shared by every import
 * (the work plan's, the directory's), so each gets the same guards against hostile and mistaken files.
 *
 * <p>In order: the file's first bytes must be a zip (so a renamed text file or PDF is named as such); the zip's own
 * directory must be readable (a file cut short is called damaged) and must not promise more than
 * {@link ExcelLimits#MAX_UNPACKED_BYTES}; POI opens it from disk with its zip-bomb checks left on (a part that inflates
 * more than 100 times is refused); {@link WorkbookParts} finds the sheets, the date system, the formats and the
 * strings, in transitional or Strict Open XML; each sheet is streamed through a {@link SheetReader} with SAX (POI's
 * secure parser: no DTDs, no external entities), never loaded as a whole; every part is cut off at
 * {@link ExcelLimits#MAX_PART_BYTES}; and reading stops at the first row past {@link ExcelLimits#MAX_ROWS_PER_SHEET}.
 * Whatever goes wrong becomes an {@link ExcelImportException} with a plain message; POI's own is never shown.
 */
public final class WorkbookReader {

    public static final String NOT_A_WORKBOOK = "This file is not an Excel workbook. Upload the .xlsx file you downloaded "
            + "from this page (in Excel, use File, Save As, Excel Workbook).";
    public static final String OLD_FORMAT = "This is an older Excel file (.xls) or a workbook protected with a password. "
            + "Open it in Excel, save it as an Excel Workbook (.xlsx) without a password, and upload that.";
    public static final String PDF = "This is a PDF, not an Excel workbook. Upload the .xlsx file you downloaded from this "
            + "page.";
    public static final String EMPTY = "The file is empty.";
    public static final String BOMB = "This file unpacks to far more data than a spreadsheet for the portal holds, so the "
            + "portal did not open it. It may be damaged, or made to cause harm. Start again from a file downloaded "
            + "from the portal.";
    public static final String DAMAGED = "The file is damaged or incomplete: it may not have finished saving, downloading "
            + "or uploading. Open it in Excel or LibreOffice, save it again and upload the new copy.";

    public static final String NOT_RECEIVED = "The file did not arrive in full. Please upload it again.";

    private static final Logger log = LoggerFactory.getLogger(WorkbookReader.class);

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF_START = {'%', 'P', 'D', 'F'};

    private WorkbookReader() {
    }

    /**
     * Takes an upload as it arrives into a temporary file, refusing it past {@code maxBytes} before any of it is
     * parsed (so nobody can make the portal hold more), lets {@code read} use the file, and deletes it.
     *
     * @param tooLarge what to tell the person when the file is over the limit
     * @throws ExcelImportException when the file is too large or did not arrive in full, or whatever {@code read}
     *                              throws
     */
    public static <T> T fromUpload(InputStream content, long maxBytes, String tooLarge, Function<Path, T> read) {
        Path file = null;
        try {
            file = Files.createTempFile("upload-", ".xlsx");
            try (InputStream limited = new LimitedInputStream(content, maxBytes)) {
                Files.copy(limited, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (LimitedInputStream.LimitExceeded e) {
                throw new ExcelImportException(tooLarge, e);
            }
            return read.apply(file);
        } catch (IOException e) {
            throw new ExcelImportException(NOT_RECEIVED, e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.warn("Could not delete the uploaded workbook {}", file, e);
                }
            }
        }
    }

    /**
     * @param sheetNames the sheets to read, matched by name as {@link TextMatch} matches; others are never read
     * @param keepSheets what to tell a person whose workbook lacks one ("Keep the sheets named … as they were.")
     * @throws ExcelImportException when the file as a whole cannot be used, with a plain message to show
     */
    public static ReadWorkbook read(Path file, List<String> sheetNames, String keepSheets) {
        checkSignature(file);
        checkZipDirectory(file);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            WorkbookParts parts = WorkbookParts.of(pkg);
            CellFormats formats = parts.formats();
            SharedStrings strings = parts.strings();
            Map<String, SheetData> found = new HashMap<>();
            for (WorkbookParts.SheetRef ref : parts.sheets()) {
                String wanted = wanted(sheetNames, ref.name());
                if (wanted != null && !found.containsKey(wanted)) {
                    SheetReader sheet = new SheetReader(wanted, formats, strings, parts.date1904());
                    try (InputStream in = parts.open(ref)) {
                        WorkbookParts.parse(in, sheet);
                    }
                    found.put(wanted, sheet.result());
                }
            }
            List<String> missing = new ArrayList<>();
            for (String name : sheetNames) {
                if (!found.containsKey(name)) {
                    missing.add("“" + name + "”");
                }
            }
            if (!missing.isEmpty()) {
                throw new ExcelImportException("The workbook has no sheet called " + String.join(" or ", missing)
                        + ". " + keepSheets);
            }
            return new ReadWorkbook(found, parts.date1904());
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
        } catch (IOException e) {
            // it starts as a zip does, but its directory cannot be read: cut short, or damaged in copying
            throw new ExcelImportException(DAMAGED, e);
        }
    }

    private static String wanted(List<String> sheetNames, String sheetName) {
        for (String wanted : sheetNames) {
            if (TextMatch.same(wanted, sheetName)) {
                return wanted;
            }
        }
        return null;
    }

    private static ExcelImportException translate(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SheetReader.TooManyRows tooMany) {
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
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // a part that cannot be inflated or ends early, or XML that stops halfway: the file is damaged
            if (cause instanceof ZipException || cause instanceof EOFException || cause instanceof SAXException
                    || cause instanceof NumberFormatException) {
                return new ExcelImportException(DAMAGED, e);
            }
        }
        // NotOfficeXmlFileException, InvalidFormatException, POIXMLException and the like: a zip, but not a workbook
        return new ExcelImportException(NOT_A_WORKBOOK, e);
    }
}

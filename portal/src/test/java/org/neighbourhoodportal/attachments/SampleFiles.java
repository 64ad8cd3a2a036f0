package org.neighbourhoodportal.attachments;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Files people upload, good and hostile, made in the test rather than kept as binaries in the repository. */
public final class SampleFiles {

    public static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public static final String DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";

    private SampleFiles() {
    }

    /** A PDF of about {@code size} bytes: a real header, then incompressible filler in a stream. */
    public static byte[] pdf(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + 200);
        out.writeBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Length 0 >>\nstream\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        byte[] filler = new byte[Math.max(0, size - 120)];
        new Random(size).nextBytes(filler);
        out.writeBytes(filler);
        out.writeBytes("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** A Windows program: "MZ", the DOS stub and a PE header, as any .exe starts. */
    public static byte[] windowsProgram() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 0x4e, stub.length);
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    public static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    public static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Evidence").createRow(0).createCell(0).setCellValue("Waiting times");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] pptx() throws IOException {
        try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            show.createSlide();
            show.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] xls() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Evidence").createRow(0).createCell(0).setCellValue("Waiting times");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] png() throws IOException {
        return image("png");
    }

    public static byte[] jpeg() throws IOException {
        return image("jpeg");
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** An OpenDocument text: the stored {@code mimetype} entry first, as the standard asks. */
    public static byte[] odt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            entry(zip, "content.xml", ("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:"
                    + "xmlns:office:1.0\"/>").getBytes(StandardCharsets.UTF_8));
            entry(zip, "META-INF/manifest.xml", "<manifest/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /**
     * An Office Open XML package by hand: content types naming {@code mainContentType} for the main part, and any
     * further entries (a macro project, a part of zeros that unpacks to hundreds of megabytes).
     */
    public static byte[] ooxml(String mainContentType, Map<String, byte[]> more) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\""
                    + "application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"" + mainContentType
                    + "\"/></Types>").getBytes(StandardCharsets.UTF_8));
            entry(zip, "_rels/.rels", "<Relationships/>".getBytes(StandardCharsets.UTF_8));
            entry(zip, "word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> e : more.entrySet()) {
                entry(zip, e.getKey(), e.getValue());
            }
        }
        return bytes.toByteArray();
    }

    /** A Word file whose one picture unpacks to {@code megabytes} of zeros (a few hundred KB packed). */
    public static byte[] zipBombDocx(int megabytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", ("<Types><Override PartName=\"/word/document.xml\" ContentType=\""
                    + DOCX_MAIN + "\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/media/image1.png"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A plain zip of two text files: an archive, not an Office file. */
    public static byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
            entry(zip, "more.txt", "again".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}

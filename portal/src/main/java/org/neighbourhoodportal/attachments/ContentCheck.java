package org.neighbourhoodportal.attachments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Takes an uploaded file into a temporary file, never more than the limit and never whole in memory, and decides
 * whether the portal keeps it: what its bytes are (Apache Tika's magic-byte detection, without the name, so a renamed
 * program is seen for what it is), whether that matches the name, and, for the kinds that are containers, what is
 * inside (Office files: no macros, no zip bomb, the part its name promises; older Office files: the stream its name
 * promises and no macros; text: no control bytes).
 *
 * <p>Every refusal is an {@link AttachmentRefusedException} with words for the person; the temporary file is then
 * already deleted.
 */
final class ContentCheck {

    /** A file that passed: where it is now (the caller deletes it), its kind, size and checksum. */
    record Checked(Path file, AllowedType type, long size, String sha256) {
    }

    /** All the parts of an Office or OpenDocument file together, counted as they are actually unpacked. */
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

    /** Parts in one Office or OpenDocument file. */
    static final int MAX_ENTRIES = 5_000;

    /** {@code [Content_Types].xml} and ODF's {@code mimetype} are small; read no more of them than this. */
    private static final int MAX_MANIFEST_BYTES = 1024 * 1024;

    private static final Detector BYTES = MimeTypes.getDefaultMimeTypes();

    private static final Map<AllowedType, String> OOXML_MAIN_PART = Map.of(
            AllowedType.WORD, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            AllowedType.EXCEL, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            AllowedType.POWERPOINT,
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml");

    private static final Map<AllowedType, Set<String>> OLE2_MAIN_STREAM = Map.of(
            AllowedType.WORD_97, Set.of("WordDocument"),
            AllowedType.EXCEL_97, Set.of("Workbook", "Book"),
            AllowedType.POWERPOINT_97, Set.of("PowerPoint Document"));

    static final String EMPTY = "The file is empty. Choose the document itself and try again.";
    static final String DAMAGED = "The file seems to be damaged, so it was not saved. Open it on your computer, save "
            + "it again and upload the new copy.";
    static final String MACROS = "The file contains macros (programs that run when it is opened), so it was not "
            + "saved. Save it without macros (for example as .docx or .xlsx rather than .docm or .xlsm) and try again.";
    static final String TOO_MUCH_INSIDE = "The file unpacks to far more than a document would, which is how some "
            + "harmful files are built, so it was not saved. If it is a genuine document, save it again or as a PDF.";

    private ContentCheck() {
    }

    /**
     * @param tooLarge the words for a file over {@code maxBytes}
     * @throws AttachmentRefusedException when the file is not kept
     */
    static Checked check(String fileName, InputStream content, long maxBytes, String tooLarge) {
        AllowedType claimed = AllowedType.byName(fileName).orElseThrow(() -> new AttachmentRefusedException(
                kindNotTaken(AllowedType.extension(fileName))));
        Path file = null;
        boolean kept = false;
        try {
            file = Files.createTempFile("attachment-", ".upload");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = spool(content, file, sha, maxBytes, tooLarge);
            if (size == 0) {
                throw new AttachmentRefusedException(EMPTY);
            }
            String detected = detect(file);
            if (!claimed.recognises(detected)) {
                throw new AttachmentRefusedException(notWhatItsNameSays(fileName, claimed, detected));
            }
            inspect(file, claimed, fileName);
            kept = true;
            return new Checked(file, claimed, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new AttachmentRefusedException(DAMAGED, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        } finally {
            if (!kept) {
                delete(file);
            }
        }
    }

    static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                file.toFile().deleteOnExit();
            }
        }
    }

    /** Copies at most {@code maxBytes}; one byte more and the file is refused before the rest is read. */
    private static long spool(InputStream in, Path file, MessageDigest sha, long maxBytes, String tooLarge)
            throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new AttachmentRefusedException(tooLarge);
                }
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    /** What Tika's magic bytes say the file is, without its name ("application/octet-stream" when unknown). */
    static String detect(Path file) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            MediaType type = BYTES.detect(in, new Metadata());
            return type.getBaseType().toString();
        }
    }

    private static void inspect(Path file, AllowedType type, String fileName) throws IOException {
        switch (type.container()) {
            case OOXML -> ooxml(file, type, fileName);
            case ODF -> odf(file, type, fileName);
            case OLE2 -> ole2(file, type);
            case TEXT -> text(file);
            case NONE -> {
            }
        }
    }

    /** Office Open XML: a zip whose content types name the main part its extension promises, with no macros. */
    private static void ooxml(Path file, AllowedType type, String fileName) throws IOException {
        String contentTypes = unpackAll(file, "[Content_Types].xml");
        if (contentTypes == null) {
            throw new AttachmentRefusedException(notWhatItsNameSays(fileName, type,
                    "application/zip"));
        }
        String lower = contentTypes.toLowerCase(Locale.ROOT);
        if (lower.contains("macroenabled") || lower.contains("vbaproject") || lower.contains("activex")) {
            throw new AttachmentRefusedException(MACROS);
        }
        if (!contentTypes.contains(OOXML_MAIN_PART.get(type))) {
            throw new AttachmentRefusedException("The file's name says it is a " + type.label()
                    + ", but it holds a different kind of Office file, so it was not saved. Give it the right "
                    + "ending, or save it again as a " + type.label() + ".");
        }
    }

    /** OpenDocument: a zip whose {@code mimetype} entry is the promised type, with no Basic macros or scripts. */
    private static void odf(Path file, AllowedType type, String fileName) throws IOException {
        String mimetype = unpackAll(file, "mimetype");
        if (mimetype == null || !mimetype.strip().equals(type.contentType())) {
            throw new AttachmentRefusedException(notWhatItsNameSays(fileName, type,
                    "application/zip"));
        }
    }

    /**
     * Reads every entry of the zip to its end, counting what is actually unpacked (a zip's own sizes can lie), refuses
     * macros by their part names, and returns the named entry's text (null when there is none).
     */
    private static String unpackAll(Path file, String wanted) throws IOException {
        String found = null;
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw new AttachmentRefusedException(TOO_MUCH_INSIDE);
                }
                String name = entry.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml") || lower.startsWith("basic/")
                        || lower.startsWith("scripts/") || lower.contains("/activex/")) {
                    throw new AttachmentRefusedException(MACROS);
                }
                boolean keep = name.equals(wanted);
                ByteArrayOutputStream text = keep ? new ByteArrayOutputStream() : null;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        unpacked += n;
                        if (unpacked > MAX_UNPACKED_BYTES) {
                            throw new AttachmentRefusedException(TOO_MUCH_INSIDE);
                        }
                        if (keep && text.size() < MAX_MANIFEST_BYTES) {
                            text.write(buffer, 0, Math.min(n, MAX_MANIFEST_BYTES - text.size()));
                        }
                    }
                }
                if (keep) {
                    found = text.toString(StandardCharsets.UTF_8);
                }
            }
        } catch (ZipException e) {
            throw new AttachmentRefusedException(DAMAGED, e);
        }
        return found;
    }

    /** Older Office files: the stream the extension promises, and no macro storage. */
    private static void ole2(Path file, AllowedType type) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("Macros") || root.hasEntry("_VBA_PROJECT_CUR") || root.hasEntry("VBA")) {
                throw new AttachmentRefusedException(MACROS);
            }
            if (OLE2_MAIN_STREAM.get(type).stream().noneMatch(root::hasEntry)) {
                throw new AttachmentRefusedException("The file's name says it is a " + type.label()
                        + ", but it holds something else (perhaps a protected or a different Office file), so it "
                        + "was not saved. Save it again as a " + type.label() + " without a password.");
            }
        } catch (RuntimeException e) {
            if (e instanceof AttachmentRefusedException) {
                throw e;
            }
            throw new AttachmentRefusedException(DAMAGED, e);
        }
    }

    /** Text and CSV: no NUL or other control bytes but tab, line ends and form feed. */
    private static void text(Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i] & 0xff;
                    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7f) {
                        throw new AttachmentRefusedException("The file's name says it is text, but it holds other "
                                + "data, so it was not saved.");
                    }
                }
            }
        }
    }

    static String kindNotTaken(String extension) {
        return (extension.isEmpty() ? "The file's name has no ending (such as .pdf), so the portal cannot tell what "
                + "it is." : "Files ending in ." + extension + " cannot be attached.") + " " + AllowedType.WHAT_IS_TAKEN;
    }

    /** "The file's name ends in .pdf, but it is a program, not a PDF…" */
    static String notWhatItsNameSays(String fileName, AllowedType claimed, String detected) {
        return "The file's name ends in ." + AllowedType.extension(fileName) + ", but what is inside is "
                + describe(detected) + ", not a " + claimed.label() + ", so it was not saved. "
                + AllowedType.WHAT_IS_TAKEN;
    }

    /** What the detected type is, in words. */
    static String describe(String detected) {
        if (Set.of("application/x-msdownload", "application/x-dosexec", "application/x-executable",
                "application/x-elf", "application/x-mach-o-executable", "application/x-sh", "application/x-bat",
                "application/java-archive", "application/x-ms-installer", "application/x-msi",
                "application/java-vm").contains(detected) || detected.startsWith("application/x-msdownload")) {
            return "a program";
        }
        if (Set.of("application/zip", "application/x-7z-compressed", "application/x-rar-compressed",
                "application/vnd.rar", "application/gzip", "application/x-gzip", "application/x-tar",
                "application/x-bzip2").contains(detected)) {
            return "an archive (such as a zip file)";
        }
        if (detected.equals("application/x-tika-ooxml")) {
            return "an Office document of another kind";
        }
        if (detected.equals("application/x-tika-msoffice")) {
            return "an older Office document of another kind";
        }
        if (detected.equals("text/html") || detected.equals("application/xhtml+xml")) {
            return "a web page";
        }
        if (detected.equals("image/svg+xml")) {
            return "an SVG picture, which can carry scripts";
        }
        return AllowedType.byContentType(detected).map(t -> "a " + t.label())
                .orElse(detected.startsWith("text/") ? "text of another kind" : "a different kind of file");
    }
}

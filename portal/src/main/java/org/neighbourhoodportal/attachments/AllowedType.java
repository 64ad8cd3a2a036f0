package org.neighbourhoodportal.attachments;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file the portal keeps, each with the names it may have and what its bytes must look like. The name
 * alone decides nothing: the bytes must be recognised as this kind ({@link #fromBytes}, by Apache Tika's magic-byte
 * detection, without the name), and the containers are then opened and checked ({@link ContentCheck}).
 *
 * <p>Macro-enabled Office files ({@code .docm}, {@code .xlsm}, {@code .pptm}), web pages, SVG pictures (which can carry
 * scripts), programs and archives are not here, so they are refused.
 */
enum AllowedType {

    PDF("application/pdf", "PDF", Container.NONE, Set.of("application/pdf"), "pdf"),
    WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document",
            Container.OOXML, Set.of("application/x-tika-ooxml", "application/zip",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), "docx"),
    EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel workbook",
            Container.OOXML, Set.of("application/x-tika-ooxml", "application/zip",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "xlsx"),
    POWERPOINT("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint presentation",
            Container.OOXML, Set.of("application/x-tika-ooxml", "application/zip",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation"), "pptx"),
    WORD_97("application/msword", "Word document (older format)", Container.OLE2,
            Set.of("application/x-tika-msoffice", "application/msword"), "doc"),
    EXCEL_97("application/vnd.ms-excel", "Excel workbook (older format)", Container.OLE2,
            Set.of("application/x-tika-msoffice", "application/vnd.ms-excel"), "xls"),
    POWERPOINT_97("application/vnd.ms-powerpoint", "PowerPoint presentation (older format)", Container.OLE2,
            Set.of("application/x-tika-msoffice", "application/vnd.ms-powerpoint"), "ppt"),
    ODF_TEXT("application/vnd.oasis.opendocument.text", "OpenDocument text", Container.ODF,
            Set.of("application/vnd.oasis.opendocument.text", "application/zip"), "odt"),
    ODF_SPREADSHEET("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet", Container.ODF,
            Set.of("application/vnd.oasis.opendocument.spreadsheet", "application/zip"), "ods"),
    ODF_PRESENTATION("application/vnd.oasis.opendocument.presentation", "OpenDocument presentation", Container.ODF,
            Set.of("application/vnd.oasis.opendocument.presentation", "application/zip"), "odp"),
    TEXT("text/plain", "Text", Container.TEXT, Set.of("text/plain"), "txt"),
    CSV("text/csv", "CSV table", Container.TEXT, Set.of("text/plain", "text/csv"), "csv"),
    PNG("image/png", "PNG picture", Container.NONE, Set.of("image/png"), "png"),
    JPEG("image/jpeg", "JPEG picture", Container.NONE, Set.of("image/jpeg"), "jpg", "jpeg");

    /** How the file is opened and checked after its first bytes were recognised. */
    enum Container { NONE, TEXT, OOXML, OLE2, ODF }

    private final String contentType;
    private final String label;
    private final Container container;
    private final Set<String> fromBytes;
    private final List<String> extensions;

    AllowedType(String contentType, String label, Container container, Set<String> fromBytes, String... extensions) {
        this.contentType = contentType;
        this.label = label;
        this.container = container;
        this.fromBytes = fromBytes;
        this.extensions = List.of(extensions);
    }

    /** The type stored and sent with the file. */
    String contentType() {
        return contentType;
    }

    /** The kind in words, for the list: "Word document". */
    String label() {
        return label;
    }

    Container container() {
        return container;
    }

    /** What Tika may call these bytes, detecting from the bytes alone, for a file of this kind. */
    boolean recognises(String detected) {
        return fromBytes.contains(detected);
    }

    List<String> extensions() {
        return extensions;
    }

    /** The kind a file name claims, by its extension. */
    static Optional<AllowedType> byName(String fileName) {
        String extension = extension(fileName);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst();
    }

    /** The kind with this stored content type, for the list's words. */
    static Optional<AllowedType> byContentType(String contentType) {
        return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst();
    }

    /** "pdf" for "Minutes.PDF"; "" without one. */
    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    }

    /** Every extension taken, with its dot, for the upload component's file chooser. */
    static String[] acceptedExtensions() {
        return Arrays.stream(values()).flatMap(t -> t.extensions.stream()).map(e -> "." + e).toArray(String[]::new);
    }

    /** The sentence that lists what may be attached. */
    static final String WHAT_IS_TAKEN = "You can attach PDF, Word, Excel and PowerPoint files (also in their older "
            + "formats), OpenDocument files, plain text, CSV tables, and PNG or JPEG pictures.";
}

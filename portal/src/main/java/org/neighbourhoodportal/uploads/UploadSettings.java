package org.neighbourhoodportal.uploads;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest file a person may upload (today: an edited work plan workbook), in one place. Everything else follows
 * from it: what the pages say, the upload component's own check in the browser, the portal's reader, and the servlet
 * container's multipart and swallow limits ({@link UploadConfiguration}). Configure it as
 * {@code portal.uploads.max-file-size}, e.g. {@code 10MB}; never through {@code spring.servlet.multipart.*}, which
 * the portal's own multipart configuration replaces.
 *
 * @param maxFileSize the most the portal takes in one file
 */
@ConfigurationProperties("portal.uploads")
public record UploadSettings(@DefaultValue("10MB") DataSize maxFileSize) {

    private static final long MB = 1024L * 1024;

    public UploadSettings {
        if (maxFileSize == null || maxFileSize.toBytes() <= 0 || maxFileSize.toBytes() > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("portal.uploads.max-file-size must be between 1B and 1GB");
        }
    }

    /** The portal's limit in bytes: a file of this size is taken, one byte more is refused in the portal's words. */
    public long maxFileBytes() {
        return maxFileSize.toBytes();
    }

    /** The limit as the pages state it: "10 MB", "1.5 MB", "500 KB". */
    public String describeMaxFileSize() {
        long bytes = maxFileBytes();
        if (bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        if (bytes >= MB) {
            return String.format(Locale.UK, "%.1f MB", bytes / (double) MB);
        }
        return Math.max(1, bytes / 1024) + " KB";
    }

    /**
     * What the servlet container lets through: twice the portal's limit. A file just over the limit must still reach
     * the portal, which refuses it in plain words; the container's own refusal (which the browser shows only as
     * "Upload forbidden") is kept for requests no person's browser sends, since the upload component checks the
     * size before sending.
     */
    public long containerLimitBytes() {
        return 2 * maxFileBytes();
    }
}

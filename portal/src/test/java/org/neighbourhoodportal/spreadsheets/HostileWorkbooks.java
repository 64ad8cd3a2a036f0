package org.neighbourhoodportal.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Workbooks made to harm the portal, for the tests of every import that uses the shared reader. */
public final class HostileWorkbooks {

    private HostileWorkbooks() {
    }

    /** The workbook with one part padded by {@code padding} spaces: valid XML, tiny when packed (a zip bomb). */
    public static byte[] repack(byte[] workbook, String part, long padding) throws IOException {
        Path original = Files.createTempFile("workbook-", ".xlsx");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Files.write(original, workbook);
            boolean found = false;
            try (ZipFile in = new ZipFile(original.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                    byte[] content;
                    try (InputStream stream = in.getInputStream(entry)) {
                        content = stream.readAllBytes();
                    }
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().equals(part)) {
                        found = true;
                        String xml = new String(content, StandardCharsets.UTF_8);
                        int at = xml.indexOf("<sheetData");
                        assertThat(at).as("sheetData in " + part).isPositive();
                        out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                        byte[] spaces = new byte[1024 * 1024];
                        java.util.Arrays.fill(spaces, (byte) ' ');
                        for (long written = 0; written < padding; written += spaces.length) {
                            out.write(spaces);
                        }
                        out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                    } else {
                        out.write(content);
                    }
                    out.closeEntry();
                }
            }
            assertThat(found).as(part + " in the workbook").isTrue();
        } finally {
            Files.deleteIfExists(original);
        }
        return bytes.toByteArray();
    }
}

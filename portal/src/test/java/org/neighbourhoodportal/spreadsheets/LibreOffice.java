package org.neighbourhoodportal.spreadsheets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * LibreOffice, run headless, opening a workbook and saving it as .xlsx, as a person would with File, Save As. Each
 * run has a profile of its own, so it neither waits for nor disturbs a LibreOffice someone else has open.
 */
public final class LibreOffice {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    private LibreOffice() {
    }

    public static boolean installed() {
        return Files.isExecutable(SOFFICE);
    }

    /** @param name the file's name, whose extension tells LibreOffice what it is (".xlsx", ".fods") */
    public static byte[] saveAsXlsx(byte[] file, String name) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("libreoffice-");
            Path in = Files.createDirectories(dir.resolve("in")).resolve(name);
            Path out = Files.createDirectories(dir.resolve("out"));
            Files.write(in, file);
            Process process = new ProcessBuilder(SOFFICE.toString(),
                    "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString(), in.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("LibreOffice took more than three minutes to save " + name);
            }
            Path saved = out.resolve(name.replaceAll("\\.[^.]+$", "") + ".xlsx");
            if (!Files.exists(saved)) {
                throw new IllegalStateException("LibreOffice did not save " + name + ": "
                        + Files.readString(dir.resolve("log.txt")));
            }
            return Files.readAllBytes(saved);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is no failure of the test
        }
    }
}

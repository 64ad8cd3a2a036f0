package org.neighbourhoodportal.governance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.neighbourhoodportal.spreadsheets.ExcelLimits;
import org.neighbourhoodportal.spreadsheets.LimitedInputStream;

/**
 * The text of one meeting paper for the board pack: a Word document (.docx, Apache POI), a PDF (Apache PDFBox) or
 * plain text. Any paper that cannot be read here gives a sentence that says so and names the file, never an
 * exception, so one bad paper never stops the pack.
 *
 * <p>Papers were checked when they were uploaded (attachments.ContentCheck), but a PDF is only recognised there, never
 * opened, so the guards the portal has for hostile uploads are applied again before any text is taken:
 * <ul>
 *   <li>the file is no larger than the upload limit ({@code portal.uploads.max-file-size}, {@code UploadSettings});</li>
 *   <li>a PDF's streams (all but pictures, which are never decoded here) are first unpacked one by one into a counter,
 *       never into memory: any one above {@link ExcelLimits#MAX_PART_BYTES} or all together above
 *       {@link ExcelLimits#MAX_UNPACKED_BYTES} (the workbook limits) and the paper is left out as a "PDF bomb";</li>
 *   <li>at most {@link #MAX_PDF_PAGES} pages and {@link #TEXT_LIMIT} characters are read, and reading stops after
 *       {@link #READING_TIME_MILLIS};</li>
 *   <li>a Word paper is opened by POI, with its zip-bomb checks; text is read through {@link LimitedInputStream}.</li>
 * </ul>
 */
final class PaperText {

    /** Characters of one paper kept in the pack; a longer one is cut with a note to read it whole on the page. */
    static final int TEXT_LIMIT = 20_000;
    /** Pages of a PDF read (the text limit usually stops sooner). */
    static final int MAX_PDF_PAGES = 100;
    /** Time spent reading one PDF's pages. */
    static final long READING_TIME_MILLIS = 15_000;

    static final String CUT = "[The rest of this paper is on the meeting's page.]";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final List<COSName> PICTURE_FILTERS = List.of(COSName.DCT_DECODE, COSName.JPX_DECODE,
            COSName.CCITTFAX_DECODE, COSName.JBIG2_DECODE);

    /**
     * What the pack shows for a paper: its text, or the sentence that says why it is not there.
     *
     * @param text    the paper's text (cut at {@link #TEXT_LIMIT}), or null
     * @param problem the sentence for the pack, naming the file, when there is no text
     */
    record Result(String text, String problem) {
        static Result of(String text) {
            return new Result(text, null);
        }

        static Result problem(String sentence) {
            return new Result(null, sentence);
        }
    }

    /** The kinds whose text is read. */
    enum Kind { WORD, PDF, TEXT, OTHER }

    private PaperText() {
    }

    static Kind kind(String fileName, String contentType) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (DOCX.equals(contentType) || name.endsWith(".docx")) {
            return Kind.WORD;
        }
        if ("application/pdf".equals(contentType) || name.endsWith(".pdf")) {
            return Kind.PDF;
        }
        if ("text/plain".equals(contentType) || "text/csv".equals(contentType) || name.endsWith(".txt")
                || name.endsWith(".csv")) {
            return Kind.TEXT;
        }
        return Kind.OTHER;
    }

    /** The sentence for a paper of a kind whose text is not read (a picture, a spreadsheet, a presentation). */
    static String notRead(String fileName, String kindInWords) {
        return "“" + fileName + "” is " + article(kindInWords) + ", so its text is not in this pack: open it from the "
                + "meeting's page.";
    }

    /** The sentence for a paper larger than the limit, which is not opened at all. */
    static String tooLarge(String fileName, String limitInWords) {
        return "“" + fileName + "” is larger than " + limitInWords + ", the most the portal reads, so it is not in "
                + "this pack: open it from the meeting's page.";
    }

    /**
     * Reads a paper's text from a file of at most {@code maxBytes}.
     *
     * @param limitInWords the size limit as the pages state it ("10 MB")
     */
    static Result read(Path file, String fileName, Kind kind, long maxBytes, String limitInWords) {
        try {
            if (Files.size(file) > maxBytes) {
                return Result.problem(tooLarge(fileName, limitInWords));
            }
            String text = switch (kind) {
                case WORD -> word(file);
                case PDF -> pdf(file);
                case TEXT -> plain(file);
                case OTHER -> throw new IllegalArgumentException("Not a kind whose text is read");
            };
            if (text.isBlank()) {
                return Result.problem("“" + fileName + "” has no text the portal can read (it may be a scanned "
                        + "picture), so it is not in this pack: open it from the meeting's page.");
            }
            return Result.of(text);
        } catch (InvalidPasswordException locked) {
            return Result.problem("“" + fileName + "” is protected with a password, so it is not in this pack: "
                    + "open it from the meeting's page.");
        } catch (TooMuchInside bomb) {
            return Result.problem("“" + fileName + "” unpacks to far more than a document would (which is how some "
                    + "harmful files are built), so it is not in this pack: open it from the meeting's page only if "
                    + "you trust it.");
        } catch (TooSlow slow) {
            return Result.problem("“" + fileName + "” took too long to read, so it is not in this pack: open it "
                    + "from the meeting's page.");
        } catch (IOException | RuntimeException | StackOverflowError unreadable) {
            return Result.problem("“" + fileName + "” could not be read (it may be damaged or protected), so it is "
                    + "not in this pack: open it from the meeting's page.");
        }
    }

    // ---- Word ------------------------------------------------------------------------------------------------------

    private static String word(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             XWPFDocument paper = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(paper)) {
            return cut(extractor.getText());
        }
    }

    // ---- plain text ------------------------------------------------------------------------------------------------

    private static String plain(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Reader in = new java.io.InputStreamReader(new LimitedInputStream(Files.newInputStream(file),
                4L * TEXT_LIMIT + 4), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE))) {
            char[] buffer = new char[8192];
            int n;
            while (text.length() <= TEXT_LIMIT && (n = in.read(buffer)) > 0) {
                text.append(buffer, 0, n);
            }
        } catch (LimitedInputStream.LimitExceeded enough) {
            // more than the pack keeps: what was read is cut below
            return text.substring(0, Math.min(text.length(), TEXT_LIMIT)) + "\n" + CUT;
        }
        return cut(text.toString());
    }

    // ---- PDF -------------------------------------------------------------------------------------------------------

    private static String pdf(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            checkWhatIsInside(pdf.getDocument());
            LimitedText out = new LimitedText();
            Stripper stripper = new Stripper(System.currentTimeMillis() + READING_TIME_MILLIS);
            stripper.setSortByPosition(true);
            stripper.setEndPage(MAX_PDF_PAGES);
            try {
                stripper.writeText(pdf, out);
            } catch (LimitedText.Full full) {
                return out.text() + "\n" + CUT;
            }
            String text = out.text();
            return pdf.getNumberOfPages() > MAX_PDF_PAGES && !text.isBlank()
                    ? text + "\n[Only the first " + MAX_PDF_PAGES + " pages are in this pack; the rest of this paper "
                    + "is on the meeting's page.]" : text;
        }
    }

    /**
     * Unpacks every stream of the file that text is read from (all but pictures) into a counter, before PDFBox decodes
     * any of them into memory: object streams, page contents, forms, fonts. Only objects at the top level of the file
     * are touched, so the objects packed inside an object stream are not parsed until their stream has passed.
     *
     * @throws TooMuchInside when one stream or all together unpack past the workbook limits
     */
    static void checkWhatIsInside(COSDocument document) throws IOException {
        long total = 0;
        List<COSObjectKey> keys = new ArrayList<>();
        for (Map.Entry<COSObjectKey, Long> entry : document.getXrefTable().entrySet()) {
            if (entry.getValue() != null && entry.getValue() > 0) {
                keys.add(entry.getKey());
            }
        }
        for (COSObjectKey key : keys) {
            COSObject object = document.getObjectFromPool(key);
            COSBase base = object == null ? null : object.getObject();
            if (base instanceof COSStream stream && !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                total += unpackedSize(stream, ExcelLimits.MAX_UNPACKED_BYTES - total);
            }
        }
    }

    /** The size of a stream unpacked, counted as it is unpacked, never more than {@code budget}. */
    private static long unpackedSize(COSStream stream, long budget) throws IOException {
        List<COSName> filters = new ArrayList<>();
        COSBase named = stream.getFilters();
        if (named instanceof COSName name) {
            filters.add(name);
        } else if (named instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    filters.add(name);
                }
            }
        }
        if (filters.isEmpty() || filters.stream().anyMatch(PICTURE_FILTERS::contains)) {
            return Math.min(stream.getLength(), budget); // stored as is, or a picture: nothing to unpack here
        }
        long limit = Math.min(ExcelLimits.MAX_PART_BYTES, budget);
        InputStream in = stream.createRawInputStream();
        try {
            for (int i = 0; i < filters.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                boolean last = i == filters.size() - 1;
                CountingOutput out = new CountingOutput(limit, !last);
                try {
                    filter.decode(in, out, stream, i);
                } finally {
                    in.close();
                }
                if (last) {
                    return out.count;
                }
                in = new ByteArrayInputStream(out.kept.toByteArray());
            }
            return 0;
        } finally {
            in.close();
        }
    }

    /** Counts what is written and keeps it only between two filters; past the limit, stops the unpacking. */
    private static final class CountingOutput extends OutputStream {
        private final long limit;
        private final ByteArrayOutputStream kept;
        private long count;

        CountingOutput(long limit, boolean keep) {
            this.limit = limit;
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) throws IOException {
            counted(1);
            if (kept != null) {
                kept.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            counted(length);
            if (kept != null) {
                kept.write(bytes, offset, length);
            }
        }

        private void counted(long n) throws TooMuchInside {
            count += n;
            if (count > limit) {
                throw new TooMuchInside();
            }
        }
    }

    /** PDFBox's text reader, stopped when its time is up. */
    private static final class Stripper extends PDFTextStripper {
        private final long deadline;

        Stripper(long deadline) {
            this.deadline = deadline;
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (System.currentTimeMillis() > deadline) {
                throw new TooSlow();
            }
            super.processOperator(operator, operands);
        }
    }

    /** Keeps at most {@link #TEXT_LIMIT} characters, then stops the reader. */
    private static final class LimitedText extends Writer {
        static final class Full extends IOException {
            Full() {
                super("The pack keeps no more of this paper");
            }
        }

        private final StringBuilder text = new StringBuilder();

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            int room = TEXT_LIMIT - text.length();
            text.append(chars, offset, Math.min(room, length));
            if (length > room) {
                throw new Full();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        String text() {
            return text.toString();
        }
    }

    static final class TooMuchInside extends IOException {
        TooMuchInside() {
            super("Unpacks past the limits");
        }
    }

    static final class TooSlow extends IOException {
        TooSlow() {
            super("Took too long to read");
        }
    }

    private static String cut(String text) {
        return text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT) + "\n" + CUT;
    }

    private static String article(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        return (lower.startsWith("a") || lower.startsWith("e") || lower.startsWith("i") || lower.startsWith("o")
                ? "an " : "a ") + words;
    }
}

package org.neighbourhoodportal.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the portal keeps, decided from a file's bytes and what is inside it, not from its name. */
class ContentCheckTests {

    private static final long LIMIT = 10L * 1024 * 1024;
    private static final String TOO_LARGE = "The file is larger than 10 MB.";

    private static ContentCheck.Checked check(String name, byte[] content) {
        return ContentCheck.check(name, new ByteArrayInputStream(content), LIMIT, TOO_LARGE);
    }

    private static AllowedType kept(String name, byte[] content) throws Exception {
        ContentCheck.Checked checked = check(name, content);
        try {
            assertThat(Files.readAllBytes(checked.file())).isEqualTo(content);
            assertThat(checked.size()).isEqualTo(content.length);
            return checked.type();
        } finally {
            ContentCheck.delete(checked.file());
        }
    }

    @Test
    void the_kinds_people_attach_are_kept_and_recognised_from_their_bytes() throws Exception {
        assertThat(kept("Minutes.PDF", SampleFiles.pdf(5_000))).isEqualTo(AllowedType.PDF);
        assertThat(kept("Draft.docx", SampleFiles.docx("A draft"))).isEqualTo(AllowedType.WORD);
        assertThat(kept("Figures.xlsx", SampleFiles.xlsx())).isEqualTo(AllowedType.EXCEL);
        assertThat(kept("Slides.pptx", SampleFiles.pptx())).isEqualTo(AllowedType.POWERPOINT);
        assertThat(kept("Old figures.xls", SampleFiles.xls())).isEqualTo(AllowedType.EXCEL_97);
        assertThat(kept("Letter.odt", SampleFiles.odt())).isEqualTo(AllowedType.ODF_TEXT);
        assertThat(kept("notes.txt", "Café opening hours\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(AllowedType.TEXT);
        assertThat(kept("list.csv", "name,count\nSurgery,3\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(AllowedType.CSV);
        assertThat(kept("photo.png", SampleFiles.png())).isEqualTo(AllowedType.PNG);
        assertThat(kept("photo.jpg", SampleFiles.jpeg())).isEqualTo(AllowedType.JPEG);
    }

    @Test
    void a_program_renamed_to_pdf_is_refused_as_a_program() {
        assertThatThrownBy(() -> check("invoice.pdf", SampleFiles.windowsProgram()))
                .isInstanceOf(AttachmentRefusedException.class)
                .hasMessageStartingWith("The file's name ends in .pdf, but what is inside is a program, not a PDF, so "
                        + "it was not saved.");
    }

    @Test
    void bytes_nobody_recognises_are_not_taken_for_what_the_name_says() {
        assertThatThrownBy(() -> check("report.pdf", SampleFiles.randomBytes(10_000)))
                .isInstanceOf(AttachmentRefusedException.class).hasMessageContaining("not a PDF");
        assertThatThrownBy(() -> check("scan.png", SampleFiles.randomBytes(10_000)))
                .isInstanceOf(AttachmentRefusedException.class).hasMessageContaining("not a PNG picture");
    }

    @Test
    void an_archive_or_another_office_file_pretending_to_be_a_word_document_is_refused() throws Exception {
        assertThatThrownBy(() -> check("draft.docx", SampleFiles.zip()))
                .isInstanceOf(AttachmentRefusedException.class).hasMessageContaining("not a Word document");
        assertThatThrownBy(() -> check("draft.docx", SampleFiles.xlsx()))
                .isInstanceOf(AttachmentRefusedException.class)
                .hasMessageContaining("holds a different kind of Office file");
        assertThatThrownBy(() -> check("draft.pdf", SampleFiles.docx("Not a PDF")))
                .isInstanceOf(AttachmentRefusedException.class).hasMessageContaining("not a PDF");
        assertThatThrownBy(() -> check("figures.doc", SampleFiles.xls()))
                .isInstanceOf(AttachmentRefusedException.class).hasMessageContaining("holds something else");
    }

    @Test
    void office_files_with_macros_are_refused_even_when_renamed() throws Exception {
        assertThatThrownBy(() -> check("budget.docx", SampleFiles.ooxml(SampleFiles.DOCM_MAIN, Map.of())))
                .isInstanceOf(AttachmentRefusedException.class).hasMessage(ContentCheck.MACROS);
        assertThatThrownBy(() -> check("budget.docx", SampleFiles.ooxml(SampleFiles.DOCX_MAIN,
                Map.of("word/vbaProject.bin", new byte[] {1, 2, 3}))))
                .isInstanceOf(AttachmentRefusedException.class).hasMessage(ContentCheck.MACROS);
        assertThatThrownBy(() -> check("budget.docm", SampleFiles.ooxml(SampleFiles.DOCM_MAIN, Map.of())))
                .isInstanceOf(AttachmentRefusedException.class).hasMessageStartingWith("Files ending in .docm cannot");
    }

    @Test
    void a_word_file_that_unpacks_to_hundreds_of_megabytes_is_refused_as_a_zip_bomb() throws Exception {
        byte[] bomb = SampleFiles.zipBombDocx(150);
        assertThat(bomb.length).as("small when packed").isLessThan(1024 * 1024);

        assertThatThrownBy(() -> check("harmless.docx", bomb))
                .isInstanceOf(AttachmentRefusedException.class).hasMessage(ContentCheck.TOO_MUCH_INSIDE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "page.txt|<html><body><script>alert(1)</script></body></html>|a web page",
            "drawing.png|<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>|not a PNG picture"})
    void web_pages_and_svg_with_scripts_are_refused_whatever_their_name(String name, String content, String says) {
        assertThatThrownBy(() -> check(name, content.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AttachmentRefusedException.class).hasMessageContaining(says);
    }

    @Test
    void kinds_the_portal_does_not_take_are_refused_by_their_name_before_anything_is_read() {
        for (String name : new String[] {"setup.exe", "drawing.svg", "page.html", "archive.zip", "no-ending"}) {
            assertThatThrownBy(() -> check(name, "x".getBytes(StandardCharsets.UTF_8)))
                    .as(name).isInstanceOf(AttachmentRefusedException.class)
                    .hasMessageContaining("You can attach PDF, Word, Excel and PowerPoint files");
        }
    }

    @Test
    void a_file_over_the_limit_is_refused_in_the_words_given_and_one_at_the_limit_is_kept() throws Exception {
        byte[] exactly = SampleFiles.pdf(2000);
        assertThatThrownBy(() -> ContentCheck.check("big.pdf", new ByteArrayInputStream(exactly), exactly.length - 1,
                TOO_LARGE)).isInstanceOf(AttachmentRefusedException.class).hasMessage(TOO_LARGE);
        ContentCheck.Checked checked = ContentCheck.check("big.pdf", new ByteArrayInputStream(exactly),
                exactly.length, TOO_LARGE);
        ContentCheck.delete(checked.file());
    }

    @Test
    void an_empty_file_and_text_holding_binary_data_are_refused() {
        assertThatThrownBy(() -> check("empty.pdf", new byte[0]))
                .isInstanceOf(AttachmentRefusedException.class).hasMessage(ContentCheck.EMPTY);
        assertThatThrownBy(() -> check("notes.txt", "text\u0000\u0001\u0002 and more text".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AttachmentRefusedException.class);
    }
}

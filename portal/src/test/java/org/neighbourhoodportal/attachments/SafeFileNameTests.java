package org.neighbourhoodportal.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names are kept whole for people to read, and made safe only in the download's header. */
class SafeFileNameTests {

    @Test
    void emoji_and_accents_are_kept_in_the_name_people_see() {
        assertThat(SafeFileName.keep("Café minutes 👍🏽 👨‍👩‍👧.pdf")).isEqualTo("Café minutes 👍🏽 👨‍👩‍👧.pdf");
    }

    @Test
    void folders_control_characters_and_direction_overrides_are_taken_out() {
        assertThat(SafeFileName.keep("C:\\Users\\jo\\Desktop\\notes.txt")).isEqualTo("notes.txt");
        assertThat(SafeFileName.keep("../../etc/passwd.txt")).isEqualTo("passwd.txt");
        assertThat(SafeFileName.keep("bad\r\nname\u0000.pdf")).isEqualTo("badname.pdf");
        // "invoice\u202Efdp.exe" shows as "invoiceexe.pdf" to a reader: the override goes
        assertThat(SafeFileName.keep("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(SafeFileName.keep("   ")).isEqualTo("document");
    }

    @Test
    void a_long_name_is_shortened_in_the_middle_to_the_column_and_keeps_its_ending() {
        String longName = "👍".repeat(200) + ".docx";
        String kept = SafeFileName.keep(longName);
        assertThat(kept.length()).isLessThanOrEqualTo(SafeFileName.MAX_LENGTH);
        assertThat(kept).endsWith("….docx").startsWith("👍👍");
        assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 7))).as("no half emoji").isFalse();
    }

    @Test
    void the_header_offers_an_ascii_name_and_the_full_name_in_utf8_without_quotes_or_line_breaks() {
        String header = SafeFileName.contentDisposition("Réunion \"budget\"; 2026 👍.pdf");
        assertThat(header).isEqualTo("attachment; filename=\"Reunion _budget_ 2026 _.pdf\"; "
                + "filename*=UTF-8''R%C3%A9union%20%22budget%22%3B%202026%20%F0%9F%91%8D.pdf");
        assertThat(header).doesNotContain("\r").doesNotContain("\n");
    }

    @Test
    void a_name_of_only_emoji_gets_a_plain_ascii_name_and_a_long_one_a_short_header() {
        assertThat(SafeFileName.contentDisposition("👍👍.pdf")).startsWith("attachment; filename=\"document.pdf\"");
        String header = SafeFileName.contentDisposition("x".repeat(250) + ".pdf");
        assertThat(header).contains("%E2%80%A6.pdf").hasSizeLessThan(400);
    }
}

package org.neighbourhoodportal.workplan.excel;

import org.neighbourhoodportal.spreadsheets.TextMatch;
import org.neighbourhoodportal.spreadsheets.CellFormats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.workplan.ActionStatus;
import org.neighbourhoodportal.workplan.Rag;

/** The one text normaliser of the import, and the percentage formats, without the application. */
class TextMatchTests {

    @Test
    void texts_that_differ_only_in_spaces_case_quotes_or_invisible_characters_match() {
        String expected = TextMatch.key("Carers' café at the library");
        for (String typed : new String[] {
                "carers' café at the library",
                "Carers'\u00A0café at the library", // non-breaking space
                "Carers'\tcafé  at the\u202Flibrary ", // tab, doubled space, narrow no-break space, trailing space
                "\u00A0Carers’ café at the library", // curly apostrophe, as Excel on a Mac types it
                "Carers' ca\u200Bfé at the li\u00ADbrary", // a zero-width space and a soft hyphen
                "Ｃarers' café at the library", // a full-width letter
                "Carers' cafe\u0301 at the library"}) { // é as e and a combining accent
            assertThat(TextMatch.key(typed)).as(typed).isEqualTo(expected);
        }
        assertThat(TextMatch.same("Priya Shah", "Priya Shaw")).isFalse();
        assertThat(TextMatch.key(null)).isEmpty();
    }

    @Test
    void stripping_the_ends_keeps_the_words_as_they_were_written() {
        assertThat(TextMatch.stripEnds("\u00A0\t Two  spaces inside\u00A0\u200B\n")).isEqualTo("Two  spaces inside");
    }

    @Test
    void statuses_and_rag_are_matched_through_the_same_normaliser() {
        assertThat(Values.status("In\u00A0progress")).hasValue(ActionStatus.IN_PROGRESS);
        assertThat(Values.status("IN_PROGRESS")).hasValue(ActionStatus.IN_PROGRESS);
        assertThat(Values.rag("\u00A0amber\t")).hasValue(Rag.AMBER);
        assertThat(Values.rag("Green\u00A0–\u00A0on track")).hasValue(Rag.GREEN);
        assertThat(Values.yesNo("Yes\u00A0")).hasValue(true);
        assertThat(Values.typedDate("3\u00A0Sept\u00A02026")).hasValue(java.time.LocalDate.of(2026, 9, 3));
    }

    @Test
    void a_format_is_a_percentage_only_where_its_percent_sign_is_not_quoted_or_escaped() {
        assertThat(CellFormats.isPercent("0%")).isTrue();
        assertThat(CellFormats.isPercent("0.00%;[Red]-0.00%")).isTrue();
        assertThat(CellFormats.isPercent("0\\%")).isFalse();
        assertThat(CellFormats.isPercent("0 \"%\"")).isFalse();
        assertThat(CellFormats.isPercent("General")).isFalse();
        assertThat(Values.percentOf(0.29)).isEqualTo(29.0);
        assertThat(Values.percentOf(1)).isEqualTo(100.0);
    }
}

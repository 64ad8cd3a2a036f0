package org.neighbourhoodportal.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The abbreviations and terms of art the portal uses, spelled out once here. Each page that uses an abbreviation
 * spells it out near its heading ({@link #spelledOut}), with a link to the glossary page, so nobody has to know
 * what an INT or a PPG is on their first visit.
 */
public final class Glossary {

    /** The glossary page's route. */
    public static final String ROUTE = "glossary";

    /**
     * One entry.
     *
     * @param term    as the portal writes it, e.g. "INT"
     * @param meaning the words it stands for, or the term's plain meaning
     * @param explanation one or two sentences for someone new to the NHS
     */
    public record Term(String term, String meaning, String explanation) {

        /** The id of the term's entry on the glossary page, e.g. {@code term-int}. */
        public String anchor() {
            return "term-" + term.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        }
    }

    public static final List<Term> TERMS = List.of(
            new Term("INT", "Integrated Neighbourhood Team", "General practice, community and mental health "
                    + "services, social care, the voluntary sector and others working together for one "
                    + "neighbourhood of about 30,000 to 50,000 people."),
            new Term("PPG", "Patient Participation Group", "Patients of a GP practice who meet to give the practice, "
                    + "and through the portal their INT, the patients' view."),
            new Term("PCN", "Primary Care Network", "GP practices in one area working together, usually serving "
                    + "30,000 to 50,000 people; an INT is often built around one."),
            new Term("ICB", "Integrated Care Board", "The NHS body that plans and pays for health services for a "
                    + "larger area and oversees the INTs in it."),
            new Term("VCSE", "Voluntary, community and social enterprise sector", "Charities, community groups and "
                    + "social enterprises."),
            new Term("ToR", "Terms of Reference", "The document that says what a group is for, who sits on it and "
                    + "how it decides."),
            new Term("MoU", "Memorandum of Understanding", "A written agreement between organisations about how they "
                    + "will work together; not a contract."),
            new Term("Fuller", "The Fuller Stocktake", "A 2022 NHS England report (by Dr Claire Fuller) on the future "
                    + "of primary care. Its offers are one of the frameworks a work plan is measured against."),
            new Term("RAG", "Red, amber, green (and blue)", "How a priority's progress is rated: blue done, green on "
                    + "track, amber at risk, red off track. The words always travel with the colour."),
            new Term("Backlog", "Ideas waiting for the work plan", "Things the INT has agreed to consider, for "
                    + "example from PPG feedback, that are not yet a priority of its plan."),
            new Term("Highlight report", "The monthly summary of the work plan", "Each priority's owner says how "
                    + "it is going; the INT lead approves the report and it is shared."));

    private Glossary() {
    }

    public static Optional<Term> term(String term) {
        return TERMS.stream().filter(t -> t.term().equals(term)).findFirst();
    }

    /**
     * A line to put under a page's heading that spells out the abbreviations the page uses, e.g. "INT: Integrated
     * Neighbourhood Team · PPG: Patient Participation Group · What the words mean", each abbreviation marked up as
     * an {@code <abbr>}. Unknown terms are a programming mistake.
     */
    public static Paragraph spelledOut(String... terms) {
        Paragraph line = new Paragraph();
        line.addClassNames("portal-muted", "portal-terms");
        line.setId("page-terms");
        for (String name : Arrays.asList(terms)) {
            Term term = term(name).orElseThrow(() -> new IllegalArgumentException("Not in the glossary: " + name));
            line.add(abbreviation(term), new Span(": " + term.meaning() + " · "));
        }
        Anchor glossary = new Anchor(ROUTE, "What the words mean");
        // underlined: among muted text, colour alone does not tell a link (WCAG 1.4.1, axe "link-in-text-block")
        glossary.getStyle().set("text-decoration", "underline");
        line.add(glossary);
        return line;
    }

    /**
     * Text with each glossary abbreviation in it (INT, PPG, PCN, ICB…, as whole words) marked up as an {@code <abbr>}
     * carrying its meaning, e.g. a role "INT lead" or a heading "Feedback from PPGs".
     */
    public static Span withAbbreviations(String text) {
        Span span = new Span();
        java.util.regex.Matcher words = ABBREVIATIONS.matcher(text);
        int from = 0;
        while (words.find()) {
            if (words.start() > from) {
                span.add(new com.vaadin.flow.component.Text(text.substring(from, words.start())));
            }
            span.add(abbreviation(term(words.group(1)).orElseThrow()));
            from = words.end(1);
            if (words.group(2) != null && !words.group(2).isEmpty()) {
                span.add(new com.vaadin.flow.component.Text(words.group(2)));
                from = words.end();
            }
        }
        if (from < text.length()) {
            span.add(new com.vaadin.flow.component.Text(text.substring(from)));
        }
        return span;
    }

    /** The all-capitals abbreviations, as whole words, with an optional plural "s". */
    private static final java.util.regex.Pattern ABBREVIATIONS = java.util.regex.Pattern.compile(
            "\\b(INT|PPG|PCN|ICB|VCSE|ToR|MoU|RAG)(s?)\\b");

    /** The term as an {@code <abbr>} carrying its meaning, e.g. {@code <abbr title="Patient Participation Group">}. */
    public static Abbr abbreviation(Term term) {
        Abbr abbr = new Abbr(term.term());
        abbr.setTitle(term.meaning());
        abbr.addClassName("portal-term");
        return abbr;
    }

    /** HTML's {@code <abbr>}, which Vaadin has no component for. */
    @Tag("abbr")
    public static final class Abbr extends HtmlContainer {

        Abbr(String text) {
            setText(text);
        }
    }
}

package org.neighbourhoodportal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.support.ViewTest;

/** The shell's skip link and landmark, the glossary and the accessibility statement, without a browser. */
class AccessibilityViewsTests extends ViewTest {

    @Test
    void every_page_starts_with_a_skip_link_to_the_main_landmark_that_holds_the_page() {
        signIn.as(LEAD);
        navigate("feedback");

        Anchor skip = _get(Anchor.class, spec -> spec.withId("skip-link"));
        assertThat(skip.getHref()).isEqualTo("#" + MainLayout.MAIN_ID);
        Element navbarContent = skip.getElement().getParent();
        assertThat(navbarContent.getChild(0)).as("the first thing in the header").isEqualTo(skip.getElement());
        Main main = _get(Main.class, spec -> spec.withId(MainLayout.MAIN_ID));
        assertThat(main.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(_get(H2.class).getElement().getParent().getParent()).isEqualTo(main.getElement());

        navigate("tasks"); // the next page sits in the same landmark
        assertThat(_get(H2.class).getText()).isEqualTo("My tasks");
        assertThat(main.getElement().getChildCount()).isEqualTo(1);
    }

    @Test
    void the_header_spells_out_the_roles_abbreviations() {
        signIn.as(PPG_REP);
        navigate("");

        List<Element> abbreviations = descendants(_get(MainLayout.class).getElement())
                .filter(e -> e.getTag().equals("abbr")).toList();
        assertThat(abbreviations).extracting(e -> e.getText() + "=" + e.getAttribute("title"))
                .contains("PPG=Patient Participation Group");
    }

    @Test
    void the_glossary_spells_out_int_ppg_pcn_and_icb_for_anyone() {
        navigate(Glossary.ROUTE);

        String text = _get(GlossaryView.class).getElement().getTextRecursively();
        assertThat(text).contains("INT", "Integrated Neighbourhood Team", "PPG", "Patient Participation Group",
                "PCN", "Primary Care Network", "ICB", "Integrated Care Board", "ToR", "Terms of Reference", "MoU",
                "Memorandum of Understanding", "Fuller");
    }

    @Test
    void the_inbox_spells_out_int_and_ppg_under_its_heading_with_a_link_to_the_glossary() {
        signIn.as(PPG_REP);
        navigate("tasks");

        Paragraph terms = _get(Paragraph.class, spec -> spec.withId("page-terms"));
        assertThat(terms.getElement().getTextRecursively()).contains("INT: Integrated Neighbourhood Team",
                "PPG: Patient Participation Group");
        assertThat(descendants(terms.getElement()).filter(e -> e.getTag().equals("a"))
                .map(e -> e.getAttribute("href"))).contains(Glossary.ROUTE);
    }

    @Test
    void the_accessibility_statement_has_the_sections_the_regulations_expect_and_is_open_to_anyone() {
        navigate(AccessibilityStatementView.ROUTE);

        String text = _get(AccessibilityStatementView.class).getElement().getTextRecursively();
        assertThat(text).contains("Accessibility statement for the Neighbourhood Portal",
                "How accessible the portal is", "Feedback and contact information", "Enforcement procedure",
                "Equality and Human Rights Commission (EHRC)", "Equality Advisory and Support Service (EASS)",
                "Equality Commission for Northern Ireland (ECNI)", "Compliance status",
                "partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard",
                "Non-accessible content", "Disproportionate burden", "Preparation of this accessibility statement",
                "This statement was prepared on " + AccessibilityStatementView.PREPARED, "axe-core");
    }

    /** The element and every element inside it (text nodes left out: they have no tag). */
    private static java.util.stream.Stream<Element> descendants(Element element) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(element),
                element.getChildren().filter(e -> !e.isTextNode())
                        .flatMap(AccessibilityViewsTests::descendants));
    }
}

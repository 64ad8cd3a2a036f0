package org.neighbourhoodportal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

/**
 * The accessibility statement the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility
 * Regulations 2018 require, in the shape of GOV.UK's model statement: how accessible the portal is, what is not yet,
 * how to report a problem, the enforcement procedure, and how and when it was tested. Open to anyone, signed in or not.
 *
 * <p>When the portal changes in a way that affects these words, update the known problems and the dates below.
 */
@Route(AccessibilityStatementView.ROUTE)
@PageTitle("Accessibility statement | Neighbourhood Portal")
@AnonymousAllowed
class AccessibilityStatementView extends VerticalLayout {

    static final String ROUTE = "accessibility";

    /** When this statement was prepared and the portal last tested (update both with each review). */
    static final String PREPARED = "30 November 2026";

    AccessibilityStatementView(@Value("${portal.accessibility.contact:}") String contact) {
        addClassName("portal-page");
        setId("accessibility-statement");
        add(new H2("Accessibility statement for the Neighbourhood Portal"));
        add(new Paragraph("This statement applies to the Neighbourhood Portal, where Integrated Neighbourhood Teams "
                + "(INTs), their Patient Participation Groups (PPGs) and their Integrated Care Board (ICB) work "
                + "together. The organisation that runs your INT's portal is responsible for it."));
        add(new Paragraph("We want as many people as possible to be able to use the portal. For example, you should "
                + "be able to:"));
        add(list("change colours, contrast levels and fonts using your browser or device settings",
                "zoom in up to 400% without the text spilling off the screen",
                "use the whole portal with a keyboard only, with a \"Skip to main content\" link on every page",
                "use the portal on a phone: tables become cards and charts fit the screen",
                "use the portal with a screen reader (recent versions of NVDA, JAWS and VoiceOver)",
                "find out what abbreviations mean: each page spells out the ones it uses, and there is a glossary"));
        add(new Paragraph("AbilityNet has advice on making your device easier to use if you have a disability."));

        add(new H3("How accessible the portal is"));
        add(new Paragraph("We know some parts of the portal are not fully accessible:"));
        add(list("the work plan's timeline is drawn as a picture of bars and diamonds; the same dates are in the "
                        + "work plan's table and on each priority's page",
                "the dashboard's charts are pictures; the same figures are in the table beneath each chart",
                "Word and Excel files the portal produces (highlight reports, the work plan workbook) have not "
                        + "been tested with assistive technology"));

        add(new H3("Feedback and contact information"));
        add(new Paragraph("If you need information from the portal in a different format, such as accessible PDF, "
                + "large print, easy read or audio, or you find a problem not listed on this page, "
                + (contact.isBlank() ? "tell your INT lead or your portal administrator. "
                        : "contact us at " + contact + ". ")
                + "We will consider your request and get back to you within 5 working days."));

        add(new H3("Enforcement procedure"));
        add(new Paragraph("The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public "
                + "Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the "
                + "'accessibility regulations'). If you are not happy with how we respond to your complaint, contact "
                + "the Equality Advisory and Support Service (EASS)."));
        add(new Paragraph("If you are in Northern Ireland and are not happy with how we respond to your complaint, "
                + "you can contact the Equality Commission for Northern Ireland (ECNI), who are responsible for "
                + "enforcing the accessibility regulations in Northern Ireland."));

        add(new H3("Technical information about the portal's accessibility"));
        add(new Paragraph("We are committed to making the portal accessible, in accordance with the Public Sector "
                + "Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018."));
        add(new H3("Compliance status"));
        add(new Paragraph("The portal is partially compliant with the Web Content Accessibility Guidelines version "
                + "2.2 AA standard, due to the non-compliances listed below."));
        add(new H3("Non-accessible content"));
        add(new Paragraph("The content listed below is non-accessible for the following reasons."));
        add(list("The timeline and the dashboard's charts have no text alternative of their own (WCAG 1.1.1 "
                        + "Non-text content). The same information is in text elsewhere on the page or in the work "
                        + "plan. We plan to give each chart a text summary.",
                "Word and Excel documents the portal produces may not meet WCAG 2.2 AA; we have not tested them. "
                        + "We plan to test them with screen readers."));
        add(new H3("Disproportionate burden"));
        add(new Paragraph("We are not claiming disproportionate burden for any part of the portal."));
        add(new H3("Content that is not within the scope of the accessibility regulations"));
        add(new Paragraph("Files people upload (for example their own Excel workbooks) are theirs, not the portal's."));

        add(new H3("What we are doing to improve accessibility"));
        add(new Paragraph("Every change to the portal is checked automatically with axe-core on every main page, "
                + "for every kind of user, and a change that brings in a serious or critical accessibility problem "
                + "cannot be released. The same checks walk the PPG feedback loop with the keyboard only."));

        add(new H3("Preparation of this accessibility statement"));
        add(new Paragraph("This statement was prepared on " + PREPARED + ". It was last reviewed on " + PREPARED
                + "."));
        add(new Paragraph("The portal was last tested on " + PREPARED + " against the WCAG 2.2 AA standard. The "
                + "test was carried out by the portal's developers: automated axe-core checks of every main page as "
                + "each kind of user (INT lead, member, PPG representative, ICB manager, administrator), a "
                + "keyboard-only walk through the PPG feedback loop, and every main page looked at on a phone "
                + "(390 pixels wide) and a laptop (1280 by 800)."));
        add(new Anchor(Glossary.ROUTE, "What the words mean"));
    }

    private static UnorderedList list(String... items) {
        UnorderedList list = new UnorderedList();
        for (String item : items) {
            list.add(new ListItem(item));
        }
        return list;
    }
}

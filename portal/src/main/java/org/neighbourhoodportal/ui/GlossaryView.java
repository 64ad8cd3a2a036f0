package org.neighbourhoodportal.ui;

import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** What the portal's abbreviations and terms mean; open to anyone, signed in or not. */
@Route(Glossary.ROUTE)
@PageTitle("What the words mean | Neighbourhood Portal")
@AnonymousAllowed
class GlossaryView extends VerticalLayout {

    GlossaryView() {
        addClassName("portal-page");
        setId("glossary");
        add(new H2("What the words mean"));
        // a link in the page also makes the scrolling content reachable by keyboard (axe "scrollable-region-focusable")
        Anchor statement = new Anchor(AccessibilityStatementView.ROUTE, "accessibility statement");
        statement.getStyle().set("text-decoration", "underline"); // a link in running text is not told by colour alone
        add(new Paragraph(new Text("The NHS uses many abbreviations. These are the ones you will meet in the portal. "
                + "How the portal works for people with disabilities is in its "), statement, new Text(".")));
        DescriptionList list = new DescriptionList();
        list.addClassName("portal-glossary");
        for (Glossary.Term entry : Glossary.TERMS) {
            Term term = new Term(Glossary.abbreviation(entry));
            term.setId(entry.anchor());
            Description meaning = new Description(new Paragraph(entry.meaning() + ". " + entry.explanation()));
            list.add(term, meaning);
        }
        add(list);
    }
}

package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.workplan.PlanSummary;

/** The top of every page of a plan: its title, its team and year, and links to its other pages. */
class PlanHeader extends Div {

    enum Page {
        PRIORITIES("", "Priorities"),
        TIMELINE("/timeline", "Timeline"),
        COVERAGE("/coverage", "Coverage"),
        DASHBOARD("/dashboard", "Dashboard"),
        EXCEL("/excel", "Excel");

        private final String suffix;
        private final String label;

        Page(String suffix, String label) {
            this.suffix = suffix;
            this.label = label;
        }

        String route(long planId) {
            return "workplan/" + planId + suffix;
        }
    }

    PlanHeader(PlanSummary plan, Page current) {
        setWidthFull();
        H2 title = new H2(current == Page.PRIORITIES ? plan.title() : current.label + ": " + plan.title());
        title.setId("plan-title");
        title.getStyle().set("margin-bottom", "0");
        Div about = new Div(plan.teamName() + " · " + PlanYear.of(plan).describe());
        about.addClassName("portal-muted");
        Nav links = new Nav();
        links.addClassName("plan-links");
        links.setId("plan-links");
        for (Page page : Page.values()) {
            if (page == current) {
                Span here = new Span(page.label);
                here.addClassName("current");
                here.getElement().setAttribute("aria-current", "page");
                links.add(here);
            } else {
                links.add(new Anchor(page.route(plan.id()), page.label));
            }
        }
        add(title, about, Glossary.spelledOut("INT", "RAG", "PCN", "Fuller"), links);
    }
}

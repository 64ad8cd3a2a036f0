package org.neighbourhoodportal.accounts.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

/**
 * The privacy notice UK GDPR (articles 13 and 14) asks for: what the portal holds about people, why, on what basis,
 * for how long, who sees it, and people's rights. Open to anyone, signed in or not, and linked from the sign-in page
 * and from every invitation. The retention of the process history follows the models' {@code historyTimeToLive}
 * (180 days); change the words here when that changes.
 */
@Route(value = PrivacyView.ROUTE, autoLayout = false)
@PageTitle("Privacy notice | Neighbourhood Portal")
@AnonymousAllowed
class PrivacyView extends VerticalLayout {

    static final String ROUTE = "privacy";

    /** How long the step-by-step history of finished workflows is kept: the models' historyTimeToLive. */
    static final int HISTORY_DAYS = 180;

    PrivacyView(@Value("${portal.privacy.controller:the organisation that runs your INT's portal}") String controller,
                @Value("${portal.privacy.contact:}") String contact) {
        addClassName("portal-page");
        setMaxWidth("48rem");
        getStyle().set("margin", "0 auto");
        setId("privacy-notice");
        add(new H1("Privacy notice"));
        add(new Paragraph("The Neighbourhood Portal is where Integrated Neighbourhood Teams (INTs), their member "
                + "organisations, Patient Participation Groups (PPGs) and their Integrated Care Board (ICB) work "
                + "together. The data controller is " + controller + "."));

        add(new H2("What we hold about you"));
        add(list("your name, e-mail address, job title and organisation, and your roles in teams and PPGs",
                "a record of when you signed in and of wrong passwords typed for your address (kept for a day), and "
                        + "single-use links we e-mailed you (invitations, password resets)",
                "what you write and do in the portal: feedback you send for your PPG, your responses, updates, "
                        + "comments and decisions, each with your name and the time",
                "the notifications and e-mails the portal sent you, and how you chose to be told",
                "Patient feedback is written by PPG representatives as a summary: please do not enter patients' "
                        + "names or health details."));

        add(new H2("Why, and on what basis"));
        add(new Paragraph("To let INTs run their governance, hear from patients through PPGs and tell them what "
                + "happened, and keep their work plans. The lawful basis is the public task of the NHS bodies and "
                + "councils taking part (UK GDPR article 6(1)(e)); for PPG volunteers, their agreement to take "
                + "part."));

        add(new H2("Who can see it"));
        add(new Paragraph("People in your teams see your name and what you did in them. PPG volunteers never see a "
                + "team's internal notes. Administrators of the portal see the directory. We do not share your data "
                + "with anyone else, and we do not use it for marketing or profiling. Your password is stored only "
                + "as a one-way hash; nobody can read it."));

        add(new H2("How long we keep it"));
        add(list("Your directory entry: while you take part. When you leave, an administrator removes your e-mail "
                        + "address and replaces your name with \"Former member\" on every record and timeline, so "
                        + "the team's records stay whole without naming you.",
                "The step-by-step history of each finished piece of work (who did which step, when): "
                        + HISTORY_DAYS + " days after the work finished, then deleted automatically. This history "
                        + "holds reference numbers, not your name, contact details or what you wrote.",
                "The records themselves (feedback, responses, work plans, reports): as long as the INT needs them "
                        + "for its governance, under its records management policy.",
                "Links in invitation e-mails work for 7 days, password reset links for 1 hour; the text of such "
                        + "an e-mail is no longer kept once its link is used or replaced."));

        add(new H2("Your rights"));
        add(new Paragraph("You can ask for a copy of everything the portal holds about you (an administrator can "
                + "export it as a file), ask for corrections, and, when you leave, ask for your details to be "
                + "erased. You can complain to the Information Commissioner's Office (ico.org.uk)."));
        add(new Paragraph(contact.isBlank()
                ? "To ask, contact your INT lead or the portal's administrator."
                : "To ask, contact " + contact + "."));
        add(new Paragraph(new Anchor("login", "Sign in"), new com.vaadin.flow.component.html.Span(" · "),
                new Anchor("accessibility", "Accessibility statement")));
    }

    private static UnorderedList list(String... items) {
        UnorderedList list = new UnorderedList();
        for (String item : items) {
            list.add(new ListItem(item));
        }
        return list;
    }
}

package org.neighbourhoodportal.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.neighbourhoodportal.directory.DemoDirectoryData;
import org.springframework.beans.factory.annotation.Value;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Neighbourhood Portal")
@AnonymousAllowed
public class LoginView extends HorizontalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    LoginView(@Value("${portal.demo.enabled:false}") boolean demo) {
        setSizeFull();
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        setAlignItems(FlexComponent.Alignment.CENTER);
        addClassName("login-view");

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("E-mail address");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("That did not work");
        i18n.getErrorMessage().setMessage("Check your e-mail address and password and try again.");
        i18n.setAdditionalInformation(null);
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");

        VerticalLayout intro = new VerticalLayout();
        intro.setMaxWidth("28rem");
        intro.add(new H1("Neighbourhood Portal"));
        intro.add(new Paragraph("Where your Integrated Neighbourhood Team agrees its governance, hears from patients "
                + "and keeps its work plan."));
        intro.add(new Paragraph(new Anchor("accessibility", "Accessibility statement"), new Span(" · "),
                new Anchor("glossary", "What the words mean")));
        if (demo) {
            intro.add(demoAccounts());
        }
        add(intro, login);
    }

    private static Div demoAccounts() {
        Div box = new Div();
        box.addClassName("portal-card");
        box.add(new H2("Demo accounts"));
        box.add(new Paragraph("Every demo account's password is \"" + DemoDirectoryData.DEMO_PASSWORD + "\"."));
        UnorderedList list = new UnorderedList();
        for (List<String> account : List.of(
                List.of(DemoDirectoryData.LEAD, "INT lead, Harborough INT"),
                List.of(DemoDirectoryData.MEMBER, "Member (VASL), Harborough INT"),
                List.of(DemoDirectoryData.COUNCIL_MEMBER, "Member (District Council), Harborough INT"),
                List.of(DemoDirectoryData.PPG_REP, "PPG representative, Market Harborough Medical Centre"),
                List.of(DemoDirectoryData.SECOND_PPG_REP, "PPG representative, SLMG"),
                List.of(DemoDirectoryData.ICB_MANAGER, "ICB manager, Mid and South Essex"),
                List.of(DemoDirectoryData.THURROCK_LEAD, "INT lead, Thurrock INT 4"),
                List.of(DemoDirectoryData.ADMINISTRATOR, "Administrator"))) {
            Span email = new Span(account.get(0));
            email.getStyle().set("font-family", "monospace");
            list.add(new ListItem(email, new Span(" – " + account.get(1))));
        }
        box.add(list);
        return box;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}

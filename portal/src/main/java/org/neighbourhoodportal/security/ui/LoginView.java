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
import java.util.Map;
import org.neighbourhoodportal.directory.DemoDirectoryData;
import org.neighbourhoodportal.security.OrganisationSignInSettings;
import org.springframework.beans.factory.annotation.Value;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Neighbourhood Portal")
@AnonymousAllowed
public class LoginView extends HorizontalLayout implements BeforeEnterObserver {

    /** Where the sign-in with the organisation's account starts (Spring Security's OAuth2 login, registration id). */
    public static final String ORGANISATION_SIGN_IN = "oauth2/authorization/organisation";

    private static final String WRONG_PASSWORD = "Check your e-mail address and password and try again.";
    private static final Map<String, String> ORGANISATION_REFUSALS = Map.of(
            "unknown", "Your organisation's account worked, but its e-mail address is not in the portal's directory. "
                    + "Ask your INT lead or the portal's administrator to add you with that address, or sign in with "
                    + "your e-mail address and password.",
            "unverified", "Your organisation's account did not confirm your e-mail address, so the portal cannot "
                    + "tell who you are. Sign in with your e-mail address and password, or ask your organisation's "
                    + "IT team.",
            "failed", "Signing in with your organisation's account did not work. Try again, or sign in with your "
                    + "e-mail address and password.");

    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    LoginView(@Value("${portal.demo.enabled:false}") boolean demo, OrganisationSignInSettings organisation) {
        setSizeFull();
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        setAlignItems(FlexComponent.Alignment.CENTER);
        addClassName("login-view");

        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("E-mail address");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("That did not work");
        i18n.getErrorMessage().setMessage(WRONG_PASSWORD);
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
                new Anchor("glossary", "What the words mean"), new Span(" · "),
                new Anchor("privacy", "Privacy notice")));
        // a link rather than the form's own button: the page it opens is the portal's, reachable without script
        Anchor forgot = new Anchor("forgot-password", "Forgot your password?");
        forgot.setId("forgot-password-link");
        VerticalLayout signIn = new VerticalLayout(login, forgot);
        signIn.setWidth("auto");
        signIn.setPadding(false);
        signIn.setAlignItems(FlexComponent.Alignment.CENTER);
        if (organisation.configured()) {
            // a plain link, not a router link: the provider's pages are outside the portal
            Anchor withOrganisation = new Anchor(ORGANISATION_SIGN_IN, organisation.providerName().isEmpty()
                    ? "Sign in with your organisation's account"
                    : "Sign in with your organisation's account (" + organisation.providerName() + ")");
            withOrganisation.setRouterIgnore(true);
            withOrganisation.setId("organisation-sign-in");
            withOrganisation.addClassName("organisation-sign-in");
            withOrganisation.getStyle().set("display", "inline-block").set("padding", "var(--lumo-space-s) "
                    + "var(--lumo-space-m)").set("border", "1px solid var(--lumo-contrast-30pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("text-decoration", "none")
                    .set("font-weight", "600");
            Paragraph or = new Paragraph("NHS and council staff can use the account they sign in to work with. "
                    + "Others: your e-mail address and password.");
            or.addClassName("portal-muted");
            or.setMaxWidth("20rem");
            signIn.add(withOrganisation, or);
        }
        add(intro, signIn);
        if (demo) {
            // after the form, so on a phone the heading and the form come first and the browser need not scroll
            // past the list to the focused e-mail field
            VerticalLayout accounts = new VerticalLayout(demoAccounts());
            accounts.setMaxWidth("28rem");
            add(accounts);
        }
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
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        String message = null;
        if (query.containsKey("error")) {
            message = WRONG_PASSWORD;
        } else if (query.containsKey("paused")) {
            String minutes = query.get("paused").isEmpty() ? "" : query.get("paused").get(0);
            minutes = minutes.matches("\\d{1,3}") ? minutes : "15";
            message = "Too many wrong passwords in a row. For your safety, signing in is paused: try again in "
                    + ("1".equals(minutes) ? "a minute" : minutes + " minutes")
                    + ". If you have forgotten your password, use \"Forgot your password?\" below.";
        } else if (query.containsKey("organisation")) {
            List<String> reason = query.get("organisation");
            message = ORGANISATION_REFUSALS.getOrDefault(reason.isEmpty() ? "" : reason.get(0),
                    ORGANISATION_REFUSALS.get("failed"));
        }
        if (message != null) {
            i18n.getErrorMessage().setMessage(message);
            login.setI18n(i18n);
        }
        login.setError(message != null);
    }
}

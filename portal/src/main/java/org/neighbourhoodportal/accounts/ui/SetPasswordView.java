package org.neighbourhoodportal.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.neighbourhoodportal.accounts.LinkCheck;
import org.neighbourhoodportal.accounts.PasswordService;
import org.neighbourhoodportal.accounts.TokenPurpose;
import org.neighbourhoodportal.directory.PasswordRules;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.ui.Formats;

/**
 * Where the link in an invitation or "forgot password" e-mail leads: the person chooses their password (the rules
 * of docs/adr/0009, said in plain words before they type), and then signs in. Open to anyone: the link is the key.
 */
@Route(value = "set-password/:token", autoLayout = false)
@PageTitle("Choose your password | Neighbourhood Portal")
@AnonymousAllowed
class SetPasswordView extends VerticalLayout implements BeforeEnterObserver {

    static final String RULES = "Use at least " + PasswordRules.MINIMUM_LENGTH + " characters. A few unrelated words "
            + "in a row make a password that is long, strong and easy to remember. Any characters are fine, spaces "
            + "too; you do not need digits or symbols, and you will not be asked to change it.";

    private final PasswordService passwords;
    private final PasswordField password = new PasswordField("New password");
    private final PasswordField again = new PasswordField("Type it again");
    private final Button save = new Button("Set my password");
    private String token;

    SetPasswordView(PasswordService passwords) {
        this.passwords = passwords;
        addClassName("portal-page");
        setMaxWidth("36rem");
        getStyle().set("margin", "0 auto");
        password.setId("new-password");
        again.setId("repeat-password");
        for (PasswordField field : new PasswordField[] {password, again}) {
            field.setWidthFull();
            field.setMaxLength(PasswordRules.MAXIMUM_LENGTH * 2); // characters outside the BMP count twice here
            field.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        }
        password.setHelperText(RULES);
        save.setId("set-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        LinkCheck link = passwords.check(token);
        if (!link.usable()) {
            add(new H1("This link no longer works"));
            notUsable();
            return;
        }
        boolean invitation = link.purpose() == TokenPurpose.INVITATION;
        add(new H1(invitation ? "Welcome, " + link.name() : "Choose a new password"));
        add(new Paragraph((invitation ? "Choose the password you will sign in with. " : "")
                + "Your account is " + link.email() + ". This link works once, until "
                + Formats.dayTime(link.expiresAt()) + "."));
        add(password, again, save);
    }

    private void notUsable() {
        Paragraph text = new Paragraph("It has expired, has already been used, or was replaced by a newer one. You can "
                + "ask for a new link, or, if you were invited, ask whoever invited you to send the invitation again.");
        text.setId("link-not-usable");
        add(text, new Paragraph(new Anchor("forgot-password", "Ask for a new link")),
                new Paragraph(new Anchor("login", "Sign in")));
    }

    private void save() {
        password.setInvalid(false);
        again.setInvalid(false);
        if (!password.getValue().equals(again.getValue())) {
            again.setErrorMessage("The two passwords are not the same. Type the new password again in both boxes.");
            again.setInvalid(true);
            return;
        }
        try {
            String email = passwords.setPassword(token, password.getValue(), clientAddress());
            removeAll();
            add(new H1("Your password is set"));
            Paragraph done = new Paragraph("You can now sign in with " + email + " and your new password.");
            done.setId("password-set");
            add(done, new Paragraph(new Anchor("login", "Sign in")));
        } catch (IllegalArgumentException rules) {
            password.setErrorMessage(rules.getMessage());
            password.setInvalid(true);
        } catch (NotAllowedException refused) {
            // expired or used meanwhile, or too many tries: what they typed stays, the reason is shown
            password.setErrorMessage(refused.getMessage());
            password.setInvalid(true);
        }
    }

    static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}

package org.neighbourhoodportal.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.neighbourhoodportal.accounts.PasswordService;
import org.neighbourhoodportal.directory.PersonAccounts;
import org.neighbourhoodportal.security.NotAllowedException;

/**
 * "Forgot your password?": the person types their e-mail address and is sent a link, if the address is anyone's.
 * The page says the same thing either way, so it cannot be used to find out who has an account.
 */
@Route(value = ForgotPasswordView.ROUTE, autoLayout = false)
@PageTitle("Forgot your password? | Neighbourhood Portal")
@AnonymousAllowed
class ForgotPasswordView extends VerticalLayout {

    static final String ROUTE = "forgot-password";

    private final PasswordService passwords;
    private final EmailField email = new EmailField("Your e-mail address");
    private final Paragraph answer = new Paragraph();

    ForgotPasswordView(PasswordService passwords) {
        this.passwords = passwords;
        addClassName("portal-page");
        setMaxWidth("36rem");
        getStyle().set("margin", "0 auto");
        add(new H1("Forgot your password?"));
        add(new Paragraph("Type the e-mail address you sign in with. We will send it a link to choose a new password. "
                + "The link works once, for a short time."));
        email.setId("forgot-email");
        email.setWidthFull();
        email.setMaxLength(PersonAccounts.EMAIL_LENGTH);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        Button send = new Button("Send me a link", e -> send());
        send.setId("send-link");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        answer.setId("forgot-answer");
        answer.getElement().setAttribute("role", "status");
        add(email, send, answer, new Paragraph(new Anchor("login", "Back to sign in")));
    }

    private void send() {
        email.setInvalid(false);
        String typed = email.getValue().trim();
        if (typed.isEmpty() || !typed.contains("@")) {
            email.setErrorMessage("Enter your e-mail address, such as name@example.nhs.uk.");
            email.setInvalid(true);
            return;
        }
        try {
            passwords.requestReset(typed, SetPasswordView.clientAddress());
            answer.setText(sentText(typed));
        } catch (NotAllowedException tooMany) {
            answer.setText(tooMany.getMessage());
        }
    }

    /** The one answer, whether or not the address is anyone's. */
    static String sentText(String email) {
        return "If " + email + " is the address of an account in the portal, we have sent it a link to choose a new "
                + "password. Check your e-mail (and its spam folder) in a few minutes. If nothing arrives, check the "
                + "address, or ask your INT lead or the portal's administrator.";
    }
}

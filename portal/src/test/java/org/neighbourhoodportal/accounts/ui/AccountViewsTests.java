package org.neighbourhoodportal.accounts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.accounts.InvitationRow;
import org.neighbourhoodportal.accounts.InvitationService;
import org.neighbourhoodportal.accounts.InvitationStatus;
import org.neighbourhoodportal.accounts.PasswordService;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.StatementCounter;
import org.neighbourhoodportal.support.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Forgot password", "choose your password" and the administrators' invitations page, without a browser. */
class AccountViewsTests extends ViewTest {

    private static final Pattern LINK = Pattern.compile("set-password/([A-Za-z0-9_-]{43})");

    @Autowired PasswordService passwords;
    @Autowired InvitationService invitations;
    @Autowired RunAs runAs;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void freshCounts() {
        jdbc.sql("delete from account_request_throttle").update();
        jdbc.sql("delete from account_token").update();
    }

    @Test
    void forgot_password_says_the_same_for_an_address_in_the_directory_and_one_that_is_not() {
        String known = answerFor(MEMBER).replace(MEMBER, "ADDRESS");
        String unknown = answerFor("not.in.the.directory@example.org")
                .replace("not.in.the.directory@example.org", "ADDRESS");

        assertThat(known).isEqualTo(unknown).startsWith("If ADDRESS is the address of an account");
        assertThat(outboxBodies(MEMBER)).as("a link went to the known address").isNotEmpty();
        assertThat(outboxBodies("not.in.the.directory@example.org")).isEmpty();
    }

    @Test
    void a_refused_password_is_explained_and_kept_and_a_good_one_is_set_once() {
        String token = resetLinkFor(MEMBER);
        navigate("set-password/" + token);
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("new-password"));
        PasswordField again = _get(PasswordField.class, spec -> spec.withId("repeat-password"));

        password.setValue("too short");
        again.setValue("too short");
        _click(_get(Button.class, spec -> spec.withId("set-password")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("at least 12 characters");
        assertThat(password.getValue()).as("what the person typed survives").isEqualTo("too short");

        password.setValue("Password1234");
        again.setValue("Password1234");
        _click(_get(Button.class, spec -> spec.withId("set-password")));
        assertThat(password.getErrorMessage()).contains("one of the most common");

        password.setValue("plum jam and a bicycle bell");
        again.setValue("plum jam and a bicycle bel");
        _click(_get(Button.class, spec -> spec.withId("set-password")));
        assertThat(again.getErrorMessage()).contains("not the same");

        again.setValue("plum jam and a bicycle bell");
        _click(_get(Button.class, spec -> spec.withId("set-password")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("password-set")).getText()).contains(MEMBER);

        newTab();
        navigate("set-password/" + token);
        assertThat(_find(PasswordField.class)).as("a used link offers no form").isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("link-not-usable")).getText()).contains("expired");
    }

    @Test
    void an_expired_link_and_a_made_up_one_are_refused_alike() {
        String token = resetLinkFor(MEMBER);
        jdbc.sql("update account_token set expires_at = created_at").update();

        navigate("set-password/" + token);
        String expired = _get(Paragraph.class, spec -> spec.withId("link-not-usable")).getText();
        newTab();
        navigate("set-password/" + "A".repeat(43));
        assertThat(_get(Paragraph.class, spec -> spec.withId("link-not-usable")).getText()).isEqualTo(expired);
        assertThat(passwords.check(token).usable()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_invites_someone_new_sees_the_invitation_waiting_and_withdraws_it() {
        signIn.as(ADMINISTRATOR);
        navigate(InvitationsView.ROUTE);
        _get(EmailField.class, spec -> spec.withId("invite-email")).setValue("ada.new@example.org");
        TextField name = _get(TextField.class, spec -> spec.withId("invite-name"));

        _click(_get(Button.class, spec -> spec.withId("send-invitation")));
        assertThat(name.isInvalid()).as("someone new needs a name").isTrue();
        assertThat(_get(EmailField.class, spec -> spec.withId("invite-email")).getValue())
                .isEqualTo("ada.new@example.org");

        name.setValue("Ada New");
        _click(_get(Button.class, spec -> spec.withId("send-invitation")));
        Grid<InvitationRow> grid = _get(Grid.class, spec -> spec.withId("invitations-grid"));
        InvitationRow row = GridKt._get(grid, 0);
        assertThat(row.email()).isEqualTo("ada.new@example.org");
        assertThat(row.status()).isEqualTo(InvitationStatus.WAITING);
        String token = link(outboxBodies("ada.new@example.org").get(0));
        assertThat(passwords.check(token).name()).isEqualTo("Ada New");

        com.vaadin.flow.component.Component actions = GridKt._getCellComponent(grid, 0, "actions");
        _click(actions.getChildren().map(Button.class::cast).filter(b -> b.getText().equals("Withdraw"))
                .findFirst().orElseThrow());
        assertThat(GridKt._get(grid, 0).status()).isEqualTo(InvitationStatus.WITHDRAWN);
        assertThat(passwords.check(token).usable()).isFalse();
        assertThat(outboxBodies("ada.new@example.org").get(0)).doesNotContain(token);
    }

    @Test
    void the_invitations_list_costs_the_same_statements_for_two_invitations_as_for_six() {
        for (int i = 0; i < 2; i++) {
            String address = "budget" + i + "@example.org";
            runAs.person(ADMINISTRATOR, () -> invitations.inviteByEmail(address, "Budget " + address));
        }
        int two = runAs.person(ADMINISTRATOR, () -> StatementCounter.count(() -> invitations.invitations(0, 50)));
        for (int i = 2; i < 6; i++) {
            String address = "budget" + i + "@example.org";
            runAs.person(ADMINISTRATOR, () -> invitations.inviteByEmail(address, "Budget " + address));
        }
        int six = runAs.person(ADMINISTRATOR, () -> StatementCounter.count(() -> invitations.invitations(0, 50)));

        assertThat(runAs.person(ADMINISTRATOR, () -> invitations.count())).isGreaterThanOrEqualTo(6);
        assertThat(six).as("one statement for the list, whatever its length").isEqualTo(two).isLessThanOrEqualTo(6);
    }

    private String answerFor(String email) {
        newTab();
        navigate(ForgotPasswordView.ROUTE);
        _get(EmailField.class, spec -> spec.withId("forgot-email")).setValue(email);
        _click(_get(Button.class, spec -> spec.withId("send-link")));
        return _get(Paragraph.class, spec -> spec.withId("forgot-answer")).getText();
    }

    private String resetLinkFor(String email) {
        passwords.requestReset(email, "192.0.2.60");
        return link(outboxBodies(email).get(0));
    }

    private java.util.List<String> outboxBodies(String email) {
        return jdbc.sql("select body from notification_outbox where email = ? and kind = 'ACCOUNT_EMAIL' "
                + "order by id desc").param(email).query(String.class).list();
    }

    private static String link(String body) {
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as(body).isTrue();
        return link.group(1);
    }
}

package org.neighbourhoodportal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.security.OrganisationSignInSettings;

class LoginViewTests {

    @Test
    void the_organisation_button_is_there_when_a_provider_is_configured() {
        LoginView view = new LoginView(false, new OrganisationSignInSettings("https://login.example.org/tenant/v2.0",
                "portal", "secret", "NHSmail"));

        List<Anchor> links = organisationLinks(view);
        assertThat(links).hasSize(1);
        assertThat(links.get(0).getText()).isEqualTo("Sign in with your organisation's account (NHSmail)");
        assertThat(links.get(0).getHref()).isEqualTo(LoginView.ORGANISATION_SIGN_IN);
    }

    @Test
    void there_is_no_organisation_button_when_no_provider_is_configured() {
        LoginView view = new LoginView(false, new OrganisationSignInSettings("", "", "", ""));

        assertThat(organisationLinks(view)).isEmpty();
        assertThat(anchors(view)).as("the page's other links (glossary, accessibility statement) stay")
                .isNotEmpty();
    }

    /** The links that sign in through the organisation's provider. */
    private static List<Anchor> organisationLinks(Component root) {
        return anchors(root).stream().filter(a -> LoginView.ORGANISATION_SIGN_IN.equals(a.getHref())).toList();
    }

    private static List<Anchor> anchors(Component root) {
        return descendants(root).filter(Anchor.class::isInstance).map(Anchor.class::cast).toList();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(LoginViewTests::descendants));
    }
}

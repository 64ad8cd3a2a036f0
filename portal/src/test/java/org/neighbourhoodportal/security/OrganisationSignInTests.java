package org.neighbourhoodportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;

/**
 * Sign-in with the organisation's account against a real OIDC provider on a local port: the portal reads its
 * discovery document and keys, sends the browser there, takes the code back and checks the ID token itself.
 */
class OrganisationSignInTests extends SignInServer {

    @Test
    void someone_whose_verified_e_mail_address_is_in_the_directory_is_signed_in_as_that_person() throws Exception {
        PROVIDER.enqueueCallback(token(List.of(CLIENT_ID), Map.of("email", "Lead@Harborough.demo",
                "email_verified", true)));

        assertThat(signInWithOrganisation()).isEqualTo("/");
        assertThat(browser.isSignedIn()).isTrue();
    }

    @Test
    void an_e_mail_address_nobody_in_the_directory_has_is_refused_in_plain_words() throws Exception {
        PROVIDER.enqueueCallback(token(List.of(CLIENT_ID), Map.of("email", "stranger@nhs.net",
                "email_verified", true)));

        assertThat(signInWithOrganisation()).isEqualTo("/login?organisation=unknown");
        assertThat(browser.isSignedIn()).isFalse();
    }

    @Test
    void an_e_mail_address_the_provider_has_not_verified_is_not_trusted() throws Exception {
        PROVIDER.enqueueCallback(token(List.of(CLIENT_ID), Map.of("email", LEAD, "email_verified", false)));

        assertThat(signInWithOrganisation()).isEqualTo("/login?organisation=unverified");
        assertThat(browser.isSignedIn()).isFalse();
    }

    @Test
    void an_id_token_made_for_another_application_is_refused() throws Exception {
        // signed by the provider with its own key; only the audience is wrong
        PROVIDER.enqueueCallback(token(List.of(CLIENT_ID), Map.of("email", LEAD, "email_verified", true,
                "aud", "another-application")));

        assertThat(signInWithOrganisation()).isEqualTo("/login?organisation=failed");
        assertThat(browser.isSignedIn()).isFalse();
    }

    @Test
    void an_id_token_naming_another_issuer_is_refused() throws Exception {
        PROVIDER.enqueueCallback(token(List.of(CLIENT_ID), Map.of("email", LEAD, "email_verified", true,
                "iss", PROVIDER.issuerUrl("elsewhere").toString())));

        assertThat(signInWithOrganisation()).isEqualTo("/login?organisation=failed");
        assertThat(browser.isSignedIn()).isFalse();
    }

    private static DefaultOAuth2TokenCallback token(List<String> audience, Map<String, Object> claims) {
        return new DefaultOAuth2TokenCallback(ISSUER, "subject-at-the-provider", "JWT", audience, claims, 3600);
    }

    /** The browser's round trip; where the portal sends it at the end, without the host. */
    private String signInWithOrganisation() throws Exception {
        HttpResponse<String> start = browser.get("/oauth2/authorization/organisation");
        assertThat(start.statusCode()).isEqualTo(302);
        String authorize = HttpBrowser.location(start);
        assertThat(authorize).startsWith(PROVIDER.issuerUrl(ISSUER).toString());
        assertThat(query(authorize)).containsEntry("client_id", CLIENT_ID).containsKey("nonce");

        HttpResponse<String> atProvider = browser.get(authorize);
        String callback = HttpBrowser.location(atProvider);
        assertThat(callback).contains("/login/oauth2/code/organisation");

        HttpResponse<String> back = browser.get(callback);
        assertThat(back.statusCode()).isEqualTo(302);
        return HttpBrowser.location(back).replaceFirst("^https?://[^/]+", "");
    }

    private static Map<String, String> query(String url) {
        Map<String, String> values = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }
}

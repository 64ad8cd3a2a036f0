package org.neighbourhoodportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.MockResponse;
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
    void a_token_made_for_another_application_is_refused() throws Exception {
        PROVIDER.enqueueCallback(token(List.of("another-application"), Map.of("email", LEAD,
                "email_verified", true)));

        assertThat(signInWithOrganisation()).isEqualTo("/login?organisation=failed");
        assertThat(browser.isSignedIn()).isFalse();
    }

    @Test
    void a_token_from_another_issuer_is_refused() throws Exception {
        assertThat(signInWithOrganisation(nonce -> PROVIDER.issueToken("elsewhere", "someone", CLIENT_ID,
                Map.of("email", LEAD, "email_verified", true, "nonce", nonce), 3600).serialize()))
                .isEqualTo("/login?organisation=failed");
        assertThat(browser.isSignedIn()).isFalse();
    }

    @Test
    void a_token_altered_after_the_provider_signed_it_is_refused() throws Exception {
        assertThat(signInWithOrganisation(nonce -> {
            String[] parts = PROVIDER.issueToken(ISSUER, "stranger", CLIENT_ID,
                    Map.of("email", "stranger@nhs.net", "email_verified", true, "nonce", nonce), 3600)
                    .serialize().split("\\.");
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("stranger@nhs.net", LEAD);
            return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        })).isEqualTo("/login?organisation=failed");
        assertThat(browser.isSignedIn()).isFalse();
    }

    private static DefaultOAuth2TokenCallback token(List<String> audience, Map<String, Object> claims) {
        return new DefaultOAuth2TokenCallback(ISSUER, "subject-at-the-provider", "JWT", audience, claims, 3600);
    }

    /** The browser's round trip; where the portal sends it at the end, without the host. */
    private String signInWithOrganisation() throws Exception {
        return signInWithOrganisation(null);
    }

    /**
     * @param forgedIdToken when given, the provider's token endpoint answers with this ID token (made from the nonce
     *        the portal sent) instead of its own
     */
    private String signInWithOrganisation(Function<String, String> forgedIdToken)
            throws Exception {
        HttpResponse<String> start = browser.get("/oauth2/authorization/organisation");
        assertThat(start.statusCode()).isEqualTo(302);
        String authorize = HttpBrowser.location(start);
        assertThat(authorize).startsWith(PROVIDER.issuerUrl(ISSUER).toString());

        HttpResponse<String> atProvider = browser.get(authorize);
        String callback = HttpBrowser.location(atProvider);
        assertThat(callback).contains("/login/oauth2/code/organisation");

        if (forgedIdToken != null) {
            String idToken = forgedIdToken.apply(query(authorize).get("nonce"));
            PROVIDER.enqueueResponse(new MockResponse().setResponseCode(200)
                    .setHeader("Content-Type", "application/json")
                    .setBody("{\"access_token\":\"an-access-token\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                            + "\"scope\":\"openid email profile\",\"id_token\":\"" + idToken + "\"}"));
        }
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

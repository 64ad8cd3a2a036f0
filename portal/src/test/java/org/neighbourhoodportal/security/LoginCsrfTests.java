package org.neighbourhoodportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.DEMO_PASSWORD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A login CSRF: another site's page posting the sign-in form, to sign the browser in to an account of its choosing. */
class LoginCsrfTests extends SignInServer {

    @Test
    void a_sign_in_posted_without_the_pages_csrf_token_is_refused_and_signs_nobody_in() throws Exception {
        HttpResponse<String> forged = browser.post("/login", Map.of("username", LEAD, "password", DEMO_PASSWORD), null);

        assertRefused(forged);
    }

    @Test
    void a_sign_in_with_a_token_from_another_session_is_refused() throws Exception {
        Map<String, String> othersToken = new HttpBrowser(port).csrfToken();
        browser.get("/login");

        HttpResponse<String> forged = browser.post("/login", Map.of("username", LEAD, "password", DEMO_PASSWORD,
                othersToken.get("_csrf_parameter"), othersToken.get("_csrf")), null);

        assertRefused(forged);
    }

    /** Sent back to the sign-in page (Vaadin answers a refused token so), not signed in, and no sign-in was tried. */
    private void assertRefused(HttpResponse<String> forged) throws Exception {
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(HttpBrowser.location(forged).replaceFirst("^https?://[^/]+", "")).matches("/login(;jsessionid=.*)?");
        assertThat(browser.isSignedIn()).isFalse();
    }

    @Test
    void the_portals_own_sign_in_page_carries_the_token_and_signs_in() throws Exception {
        HttpResponse<String> signIn = browser.signIn(LEAD, DEMO_PASSWORD, null);

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(HttpBrowser.location(signIn)).doesNotContain("/login");
        assertThat(browser.isSignedIn()).isTrue();
    }
}

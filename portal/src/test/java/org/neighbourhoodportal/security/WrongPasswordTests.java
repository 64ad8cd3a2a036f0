package org.neighbourhoodportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.DEMO_PASSWORD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Repeated wrong passwords slow sign-in down and then pause it, per typed e-mail address and per client address,
 * saying nothing about whether the address has an account. Each try comes from an address of its own unless a test
 * is about one address, so only the count under test applies.
 */
class WrongPasswordTests extends SignInServer {

    private int nextAddress = 1;

    @Test
    void ten_wrong_passwords_and_then_the_right_one_do_not_sign_in_and_the_person_is_told_why() throws Exception {
        Instant start = Instant.parse("2026-03-02T09:00:00Z");
        clock.set(start);
        for (int i = 0; i < 10; i++) {
            clock.set(clock.instant().plusSeconds(70)); // past each slow-down wait (at most 64 s before the pause)
            assertThat(signIn(LEAD, "not the password")).isEqualTo("/login?error");
        }

        assertThat(signIn(LEAD, DEMO_PASSWORD)).isEqualTo("/login?paused=15");
        assertThat(browser.isSignedIn()).isFalse();
    }

    @Test
    void the_pause_ends_by_itself_and_the_right_password_then_signs_in() throws Exception {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        for (int i = 0; i < 10; i++) {
            clock.set(clock.instant().plusSeconds(70));
            signIn(LEAD, "not the password");
        }
        assertThat(signIn(LEAD, DEMO_PASSWORD)).startsWith("/login?paused=");

        clock.set(clock.instant().plus(Duration.ofMinutes(16)));

        assertThat(signIn(LEAD, DEMO_PASSWORD)).isEqualTo("/");
        assertThat(browser.isSignedIn()).isTrue();
    }

    @Test
    void from_the_third_wrong_password_the_next_try_must_wait_even_with_the_right_password() throws Exception {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        for (int i = 0; i < 3; i++) {
            assertThat(signIn(MEMBER, "not the password")).isEqualTo("/login?error");
        }

        assertThat(signIn(MEMBER, DEMO_PASSWORD)).isEqualTo("/login?paused=1");

        clock.set(clock.instant().plusSeconds(2));
        assertThat(signIn(MEMBER, DEMO_PASSWORD)).isEqualTo("/");
    }

    @Test
    void an_address_nobody_has_is_answered_and_paused_exactly_like_one_somebody_has() throws Exception {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            known.add(signIn(LEAD, "not the password"));
            unknown.add(signIn("nobody.here@example.nhs.uk", "not the password"));
            if (i == 3) {
                // straight after the fourth: both wait
                known.add(signIn(LEAD, "not the password"));
                unknown.add(signIn("nobody.here@example.nhs.uk", "not the password"));
            }
            clock.set(clock.instant().plusSeconds(70));
        }

        assertThat(unknown).isEqualTo(known);
        // the 11th comes 70 s into the 15-minute pause
        assertThat(known).contains("/login?error", "/login?paused=1", "/login?paused=14");
    }

    @Test
    void an_unknown_address_takes_about_as_long_to_refuse_as_a_wrong_password() throws Exception {
        // the password hashing is the slow part; without Spring's dummy hash an unknown address would answer at once
        long known = medianMillis(LEAD);
        long unknown = medianMillis("nobody.else@example.nhs.uk");

        assertThat(unknown).isGreaterThan(known / 3);
    }

    @Test
    void many_addresses_tried_from_one_client_pause_that_client_but_not_others() throws Exception {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        String client = "10.9.8.7";
        for (int i = 0; i < 6; i++) {
            clock.set(clock.instant().plusSeconds(70));
            assertThat(signIn("guess" + i + "@example.nhs.uk", "not the password", client)).isEqualTo("/login?error");
        }

        assertThat(signIn(LEAD, DEMO_PASSWORD, client)).isEqualTo("/login?paused=15");
        browser = new HttpBrowser(port);
        assertThat(signIn(LEAD, DEMO_PASSWORD, "10.9.8.8")).isEqualTo("/");
    }

    @Test
    void the_right_password_clears_the_count_for_that_address() throws Exception {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        signIn(MEMBER, "not the password");
        signIn(MEMBER, "not the password");
        assertThat(signIn(MEMBER, DEMO_PASSWORD)).isEqualTo("/");

        browser = new HttpBrowser(port);
        signIn(MEMBER, "not the password");
        signIn(MEMBER, "not the password");
        assertThat(signIn(MEMBER, DEMO_PASSWORD)).isEqualTo("/");
    }

    private long medianMillis(String email) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HttpBrowser fresh = new HttpBrowser(port);
            Map<String, String> token = fresh.csrfToken();
            long started = System.nanoTime();
            fresh.post("/login", Map.of("username", email, "password", "not the password " + i,
                    token.get("_csrf_parameter"), token.get("_csrf")), nextClient());
            times.add((System.nanoTime() - started) / 1_000_000);
        }
        jdbc.sql("delete from sign_in_throttle").update();
        return times.stream().sorted().toList().get(1);
    }

    /** Where the sign-in sent the browser, without the portal's host. */
    private String signIn(String email, String password) throws Exception {
        return signIn(email, password, nextClient());
    }

    private String signIn(String email, String password, String client) throws Exception {
        HttpResponse<String> response = browser.signIn(email, password, client);
        assertThat(response.statusCode()).isEqualTo(302);
        return HttpBrowser.location(response).replaceFirst("^https?://[^/]+", "");
    }

    private String nextClient() {
        int n = nextAddress++;
        return "10.1." + (n / 250) + "." + (n % 250 + 1);
    }
}

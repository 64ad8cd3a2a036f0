package org.neighbourhoodportal.security;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.neighbourhoodportal.reporting.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal on a real port, with sign-in through the organisation's account pointed at a real OIDC provider started
 * here (mock-oauth2-server: discovery document, keys, authorisation and token endpoints on a local port). The classes
 * extending this share one application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        // per client address lower than in production, so a test reaches it in a few tries
        "portal.sign-in.address-slow-after=4", "portal.sign-in.address-pause-after=6"})
@ActiveProfiles({"test", "demo"})
@Import(MovableClock.Configuration.class)
abstract class SignInServer {

    static final String ISSUER = "organisation";
    static final String CLIENT_ID = "neighbourhood-portal";
    static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
        Runtime.getRuntime().addShutdownHook(new Thread(PROVIDER::shutdown));
    }

    @DynamicPropertySource
    static void organisationSignIn(DynamicPropertyRegistry properties) {
        properties.add("portal.sign-in.organisation.issuer", () -> PROVIDER.issuerUrl(ISSUER).toString());
        properties.add("portal.sign-in.organisation.client-id", () -> CLIENT_ID);
        properties.add("portal.sign-in.organisation.client-secret", () -> "a-secret-for-tests");
    }

    @LocalServerPort int port;
    @Autowired MovableClock clock;
    @Autowired JdbcClient jdbc;

    HttpBrowser browser;

    @BeforeEach
    void freshBrowserAndCounts() {
        browser = new HttpBrowser(port);
        jdbc.sql("delete from sign_in_throttle").update();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }
}

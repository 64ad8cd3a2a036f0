package org.neighbourhoodportal.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import java.util.Map;
import org.neighbourhoodportal.security.ui.LoginView;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Everything from the portal itself. Vaadin Flow 24 needs {@code 'unsafe-inline'} and {@code 'unsafe-eval'} for
     * scripts (its bootstrap page starts the client engine inline, and the engine builds functions from what the
     * server sends) and {@code 'unsafe-inline'} for styles (components set inline styles); see Vaadin's "Content
     * Security Policy" page. The rest is as strict as the portal allows: no plug-ins, no framing by other sites, forms
     * post only to the portal.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** The portal uses none of these browser features, so no page (nor anything injected into one) may. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, RequestUtil vaadinRequests, SignInFailures failures,
                                       OrganisationSignInSettings organisation, PortalUserDetailsService users,
                                       CurrentUser currentUser, SignInAccounts accounts) throws Exception {
        // roles as they are now on every request, not as they were at sign-in (issue 7 §1)
        http.addFilterAfter(new FreshAuthorities(currentUser, accounts), SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**", "/favicon.ico").permitAll()
                // the health probes: served on the management port only, which is not public (docs/operations.md)
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        // Vaadin's own CSRF set-up also exempts the sign-in POST, so another site could sign a browser in to an
        // account of its choosing (a login CSRF). Here only Vaadin's internal requests, which carry Vaadin's own
        // token, are exempt. The sign-in form still works: Flow writes Spring's token into the page
        // (<meta name="_csrf">) and vaadin-login-form posts it with the e-mail address and password.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // Vaadin's configurer first, so the form login it sets up has its login page before Spring's own is offered
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login").enableCsrfConfiguration(false));
        http.formLogin(form -> form.failureHandler(failures));
        if (organisation.configured()) {
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .clientRegistrationRepository(new OrganisationRegistration(organisation))
                    // the provider's tokens live and die with the session, not in a map that only grows
                    .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                    .userInfoEndpoint(info -> info.oidcUserService(new OrganisationAccounts(users)))
                    .failureHandler(failures));
        }
        return http.build();
    }

    /**
     * New passwords are hashed with PBKDF2 (HMAC-SHA-256, Spring Security's 5.8 settings), which takes a passphrase of
     * any length; bcrypt, used before, refuses more than 72 bytes. Each hash names its algorithm, so bcrypt hashes
     * already stored still match (docs/adr/0009).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(NEW_PASSWORDS, Map.of(
                NEW_PASSWORDS, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
        return encoder;
    }

    private static final String NEW_PASSWORDS = "pbkdf2@SpringSecurity_v5_8";
}

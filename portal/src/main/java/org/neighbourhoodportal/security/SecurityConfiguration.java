package org.neighbourhoodportal.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.neighbourhoodportal.security.ui.LoginView;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
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
    SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**", "/favicon.ico").permitAll()
                // the health probes: served on the management port only, which is not public (docs/operations.md)
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        return http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")).build();
    }

    /** bcrypt today, with the algorithm stored in the hash so it can change without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

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
import org.springframework.security.web.context.SecurityContextHolderFilter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, CurrentUser currentUser) throws Exception {
        // roles as they are now on every request, not as they were at sign-in (issue 7 §1)
        http.addFilterAfter(new FreshAuthorities(currentUser), SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**").permitAll()
                // the health probes: served on the management port only, which is not public (docs/operations.md)
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll());
        return http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")).build();
    }

    /** bcrypt today, with the algorithm stored in the hash so it can change without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

package org.neighbourhoodportal.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Acts as a named person for a while, through the same access checks as the UI. For loading demo data and for
 * tests; never for skipping checks.
 */
@Component
public class RunAs {

    private final PortalUserDetailsService users;

    RunAs(PortalUserDetailsService users) {
        this.users = users;
    }

    public <T> T person(String email, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails user = users.load(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void person(String email, Runnable work) {
        person(email, () -> {
            work.run();
            return null;
        });
    }
}

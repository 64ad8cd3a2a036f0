package org.neighbourhoodportal.security;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** Signs a demo person in for a Karibu view test: Spring's security context and the fake request agree. */
@Component
public class TestSignIn {

    private final PortalUserDetailsService users;

    TestSignIn(PortalUserDetailsService users) {
        this.users = users;
    }

    public void as(String email) {
        UserDetails user = users.load(email);
        Authentication authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    public void out() {
        SecurityContextHolder.clearContext();
    }
}

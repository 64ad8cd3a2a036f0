package org.neighbourhoodportal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.neighbourhoodportal.directory.AccessProfile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each request the roles the person has now, not those they had at sign-in, so a view's
 * {@code @RolesAllowed} sees a role taken away on the person's next click, as the services already do through
 * {@link CurrentUser}. Runs after the session's security context is loaded; the refreshed one holds for this request
 * only (the session keeps who signed in). The profile read here is the one {@link CurrentUser} keeps for the rest of
 * the request, so the services read no more. Someone taken out of the directory, or whose account an administrator
 * switched off, is signed out: their session ends on their next request and they are sent to the sign-in page.
 *
 * <p>Both ways in are treated alike: a password sign-in ({@link PortalUser}) and the organisation's account
 * ({@link OrganisationUser}, which keeps its provider's tokens and stays an OIDC sign-in for the request).
 *
 * <p>Static files (the bundle, images, icons) are left alone: they show nothing that needs a role.
 */
class FreshAuthorities extends OncePerRequestFilter {

    private final CurrentUser currentUser;
    private final SignInAccounts accounts;

    FreshAuthorities(CurrentUser currentUser, SignInAccounts accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/VAADIN/") || path.startsWith("/images/") || path.startsWith("/icons/")
                || path.equals("/favicon.ico") || path.startsWith("/sw");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext loaded = SecurityContextHolder.getContext();
        Authentication authentication = loaded.getAuthentication();
        Object principal = authentication == null ? null : authentication.getPrincipal();
        PortalUser signedIn = principal instanceof OrganisationUser withOrganisation ? withOrganisation.person()
                : principal instanceof PortalUser withPassword ? withPassword : null;
        if (signedIn == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccessProfile> now = currentUser.find();
        if (now.isPresent() && now.get().roles().isEmpty() && !accounts.isEnabled(now.get().personId())) {
            now = Optional.empty(); // switched off by an administrator (only people with no roles pay this look-up)
        }
        if (now.isEmpty()) {
            // taken out of the directory or switched off: their session ends here, on whichever node it lives
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            try {
                response.sendRedirect(request.getContextPath() + "/login");
            } finally {
                SecurityContextHolder.setContext(loaded);
            }
            return;
        }
        SecurityContext fresh = SecurityContextHolder.createEmptyContext();
        PortalUser user = new PortalUser(signedIn.email(), signedIn.passwordHash(), signedIn.enabled(), now.get());
        if (principal instanceof OrganisationUser withOrganisation
                && authentication instanceof OAuth2AuthenticationToken oidc) {
            OrganisationUser fromProvider = new OrganisationUser(user, withOrganisation.getIdToken(),
                    withOrganisation.getUserInfo());
            OAuth2AuthenticationToken token = new OAuth2AuthenticationToken(fromProvider,
                    fromProvider.getAuthorities(), oidc.getAuthorizedClientRegistrationId());
            token.setDetails(authentication.getDetails());
            fresh.setAuthentication(token);
        } else {
            UsernamePasswordAuthenticationToken token =
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            token.setDetails(authentication.getDetails());
            fresh.setAuthentication(token);
        }
        SecurityContextHolder.setContext(fresh);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.setContext(loaded);
        }
    }
}

package org.neighbourhoodportal.security;

import org.neighbourhoodportal.directory.DirectoryService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Sign-in's view of a person. Not a service of the portal's features: Spring Security calls it, before anyone is
 * signed in, and it is package-private so no view can.
 */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final SignInAccounts accounts;
    private final DirectoryService directory;

    PortalUserDetailsService(SignInAccounts accounts, DirectoryService directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    /**
     * Sign-in's lookup (Spring Security calls it with the e-mail address typed in): the person with their password
     * hash and their roles.
     *
     * @throws UsernameNotFoundException when nobody has that address
     * @throws NotAllowedException when someone else is signed in: a password hash is for sign-in, never for another
     *         signed-in caller (signing in again as oneself is allowed)
     */
    @Override
    public UserDetails loadUserByUsername(String email) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)
                && !signedIn.getName().equalsIgnoreCase(email == null ? "" : email.trim())) {
            throw new NotAllowedException("You are signed in already.");
        }
        return load(email);
    }

    /** For {@link RunAs} and tests in this package: the same lookup, whoever is signed in now. */
    PortalUser load(String email) {
        Credentials credentials = accounts.find(email)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown e-mail address"));
        // Sign-in reads the roles before the person is signed in, whoever was signed in on this thread before.
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return new PortalUser(credentials.email(), credentials.passwordHash(), credentials.enabled(),
                    directory.accessProfile(credentials.personId()));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}

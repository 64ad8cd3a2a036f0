package org.neighbourhoodportal.security;

import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Matches someone the OIDC provider vouched for to a person in the directory, by e-mail address, and only when the
 * provider says it verified that address ({@code email_verified}); anything else could let an account at the
 * provider claim someone else's address (docs/adr/0009). The ID token's issuer, audience, signature, expiry and nonce
 * have been checked by Spring Security before this runs.
 */
class OrganisationAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final PortalUserDetailsService users;

    OrganisationAccounts(PortalUserDetailsService users) {
        this.users = users;
    }

    /**
     * @throws OAuth2AuthenticationException with code {@link SignInFailures#UNVERIFIED_EMAIL} when the provider gives
     *         no e-mail address or has not verified it, {@link SignInFailures#UNKNOWN_EMAIL} when nobody in the
     *         directory has it or their account is switched off
     */
    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser vouched = provider.loadUser(request);
        String email = vouched.getEmail();
        if (email == null || email.isBlank() || !Boolean.TRUE.equals(vouched.getEmailVerified())) {
            throw refused(SignInFailures.UNVERIFIED_EMAIL, "The provider gave no verified e-mail address");
        }
        PortalUser person;
        try {
            person = users.load(email);
        } catch (UsernameNotFoundException unknown) {
            throw refused(SignInFailures.UNKNOWN_EMAIL, "Nobody in the directory has this e-mail address");
        }
        if (!person.isEnabled()) {
            throw refused(SignInFailures.UNKNOWN_EMAIL, "This person's account is switched off");
        }
        return new OrganisationUser(person, vouched.getIdToken(), vouched.getUserInfo());
    }

    private static OAuth2AuthenticationException refused(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null));
    }
}

package org.neighbourhoodportal.security;

import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.ProfileHolder;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A person signed in with their organisation's account: the provider's tokens, and the portal person they were
 * matched to. Named by the portal's e-mail address, as a password sign-in is, so everything that asks who is signed
 * in (the directory, {@link CurrentUser}) treats both alike.
 */
final class OrganisationUser extends DefaultOidcUser implements ProfileHolder {

    private final PortalUser person;

    OrganisationUser(PortalUser person, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(person.getAuthorities(), idToken, userInfo, IdTokenClaimNames.SUB);
        this.person = person;
    }

    PortalUser person() {
        return person;
    }

    @Override
    public AccessProfile profile() {
        return person.profile();
    }

    @Override
    public String getName() {
        return person.email();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrganisationUser that && super.equals(that) && person.equals(that.person);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + person.hashCode();
    }
}

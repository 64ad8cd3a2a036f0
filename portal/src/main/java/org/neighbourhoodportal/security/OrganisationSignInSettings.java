package org.neighbourhoodportal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in with the organisation's account through an OIDC provider ({@code portal.sign-in.organisation}, from
 * {@code PORTAL_OIDC_ISSUER}, {@code PORTAL_OIDC_CLIENT_ID}, {@code PORTAL_OIDC_CLIENT_SECRET}; docs/operations.md).
 * Off unless the issuer and the client id are both set.
 *
 * @param issuer the provider's issuer URL, where {@code /.well-known/openid-configuration} is found
 * @param clientId the portal's client id at the provider
 * @param clientSecret the portal's client secret at the provider
 * @param providerName what the sign-in button calls the organisation's account, e.g. "NHSmail"
 */
@ConfigurationProperties("portal.sign-in.organisation")
public record OrganisationSignInSettings(@DefaultValue("") String issuer, @DefaultValue("") String clientId,
                                         @DefaultValue("") String clientSecret,
                                         @DefaultValue("") String providerName) {

    public OrganisationSignInSettings {
        issuer = issuer == null ? "" : issuer.trim();
        clientId = clientId == null ? "" : clientId.trim();
        clientSecret = clientSecret == null ? "" : clientSecret;
        providerName = providerName == null ? "" : providerName.trim();
    }

    /** Whether sign-in with the organisation's account is offered. */
    public boolean configured() {
        return !issuer.isEmpty() && !clientId.isEmpty();
    }
}

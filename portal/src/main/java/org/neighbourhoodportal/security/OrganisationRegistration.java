package org.neighbourhoodportal.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one OIDC provider, read from its discovery document the first time someone uses it rather than at start-up,
 * so a provider that is down does not stop the portal starting (password sign-in carries on).
 */
class OrganisationRegistration implements ClientRegistrationRepository {

    /** The registration id in the provider's redirect URI: {@code /login/oauth2/code/organisation}. */
    static final String ID = "organisation";

    private final OrganisationSignInSettings settings;
    private volatile ClientRegistration registration;

    OrganisationRegistration(OrganisationSignInSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            known = ClientRegistrations.fromIssuerLocation(settings.issuer())
                    .registrationId(ID)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .scope("openid", "email", "profile")
                    .clientName("your organisation's account")
                    .build();
            registration = known;
        }
        return known;
    }
}

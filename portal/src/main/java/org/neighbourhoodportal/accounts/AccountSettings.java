package org.neighbourhoodportal.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.accounts.*} (docs/operations.md, docs/adr/0016).
 *
 * @param invitationValidFor how long an invitation's link works
 * @param resetValidFor      how long a "forgot password" link works
 * @param resetsPerHour      at most this many "forgot password" e-mails to one person in an hour; more requests are
 *                           answered the same way and send nothing
 * @param requestsPerAddress at most this many "forgot password" requests and password-setting tries from one client
 *                           address in {@code requestWindow}
 * @param requestWindow      the window the client address's count runs over
 */
@ConfigurationProperties("portal.accounts")
public record AccountSettings(
        @DefaultValue("P7D") Duration invitationValidFor,
        @DefaultValue("PT1H") Duration resetValidFor,
        @DefaultValue("3") int resetsPerHour,
        @DefaultValue("20") int requestsPerAddress,
        @DefaultValue("PT15M") Duration requestWindow) {
}

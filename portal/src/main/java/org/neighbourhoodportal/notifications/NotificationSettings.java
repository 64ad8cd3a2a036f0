package org.neighbourhoodportal.notifications;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.notifications.*} (docs/operations.md#e-mail). The SMTP server itself is Spring Boot's
 * {@code spring.mail.*}.
 *
 * @param baseUrl          the portal's address as people reach it, for links in e-mails (no trailing slash needed)
 * @param mailEnabled      whether e-mail leaves at all; off, the outbox still fills and shows "not sent: e-mail is off"
 * @param sender           the From address
 * @param sendAutomatically whether this node runs the outbox sender on a schedule (tests run it themselves)
 * @param pollEvery        how often the sender looks for due e-mails and digests
 * @param maxAttempts      attempts before an e-mail is given up as failed (an administrator can send it again)
 * @param retryAfter       the wait after the first failure; doubled after each further failure, at most six hours
 * @param lease            how long a node may hold a claimed e-mail before another node may take it over
 * @param digestAt         the time of day (portal zone) the daily digests go out
 */
@ConfigurationProperties("portal.notifications")
public record NotificationSettings(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("false") boolean mailEnabled,
        @DefaultValue("Neighbourhood Portal <no-reply@localhost>") String sender,
        @DefaultValue("true") boolean sendAutomatically,
        @DefaultValue("PT30S") Duration pollEvery,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT1M") Duration retryAfter,
        @DefaultValue("PT5M") Duration lease,
        @DefaultValue("07:00") String digestAt) {

    public NotificationSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("portal.notifications.max-attempts must be at least 1");
        }
        try {
            LocalTime.parse(digestAt);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("portal.notifications.digest-at must be a time of day such as 07:00");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** When the daily digests go out, in the portal's zone. */
    public LocalTime digestTime() {
        return LocalTime.parse(digestAt);
    }

    /** The absolute address of a portal page. */
    public String link(String route) {
        return baseUrl + "/" + (route.startsWith("/") ? route.substring(1) : route);
    }
}

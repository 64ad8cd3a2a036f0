package org.neighbourhoodportal.notifications;

import java.time.Instant;

/** One entry under a person's bell. */
public record NotificationRow(long id, NotificationKind kind, String title, String body, String route,
                              Instant createdAt, boolean read) {
}

package org.neighbourhoodportal.notifications;

import java.time.Instant;

/** One e-mail in the outbox, as administrators see it; {@code kind} is null for a daily digest. */
public record OutboxRow(long id, Instant createdAt, String email, NotificationKind kind, String subject,
                        OutboxStatus status, int attempts, Instant nextAttemptAt, String lastError, Instant sentAt) {
}

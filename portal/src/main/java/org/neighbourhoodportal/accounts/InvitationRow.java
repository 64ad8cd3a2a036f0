package org.neighbourhoodportal.accounts;

import java.time.Instant;

/** One invitation as the invitations page lists it. */
public record InvitationRow(long id, long personId, String name, String email, Instant sentAt, Instant expiresAt,
                            InvitationStatus status) {
}

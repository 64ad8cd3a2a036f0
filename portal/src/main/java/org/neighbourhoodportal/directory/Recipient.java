package org.neighbourhoodportal.directory;

/**
 * Someone to tell about something, as the directory has them now.
 *
 * @param volunteer the person only represents a PPG (no team, ICB or administrator role): a patient volunteer, who
 *                  is told less and never sees the team's internal notes
 */
public record Recipient(long personId, String displayName, String email, boolean volunteer) {
}

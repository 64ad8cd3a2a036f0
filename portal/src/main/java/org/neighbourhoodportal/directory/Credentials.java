package org.neighbourhoodportal.directory;

/** What sign-in needs to check a password; never leaves the security package. */
public record Credentials(long personId, String email, String passwordHash, boolean enabled) {
}

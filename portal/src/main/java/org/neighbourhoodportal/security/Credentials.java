package org.neighbourhoodportal.security;

/** What sign-in needs to check a password. Read by {@link SignInAccounts}; never leaves this package. */
record Credentials(long personId, String email, String passwordHash, boolean enabled) {
}

package org.neighbourhoodportal.accounts;

/** Why a single-use link was sent. Stored by name ({@code account_token.purpose}): never rename. */
public enum TokenPurpose {
    INVITATION,
    RESET
}

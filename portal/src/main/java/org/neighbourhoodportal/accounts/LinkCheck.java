package org.neighbourhoodportal.accounts;

import java.time.Instant;

/**
 * What a single-use link is for, as the "set your password" page needs it: whether it still works, and if so whose
 * it is (their name and address, to greet them and to show which account they are setting a password for).
 */
public record LinkCheck(boolean usable, TokenPurpose purpose, String name, String email, Instant expiresAt) {

    static LinkCheck notUsable() {
        return new LinkCheck(false, null, null, null, null);
    }
}

package org.neighbourhoodportal.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many wrong passwords in a row: this try was refused without looking at the password. */
class SignInPausedException extends AuthenticationException {

    private final Duration wait;

    SignInPausedException(Duration wait) {
        super("Signing in is paused for " + wait.toSeconds() + " seconds after too many wrong passwords");
        this.wait = wait;
    }

    /** Whole minutes to tell the person, at least one. */
    long minutes() {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}

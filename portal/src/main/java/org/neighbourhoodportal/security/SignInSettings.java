package org.neighbourhoodportal.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in slows down and pauses after wrong passwords ({@code portal.sign-in}, docs/adr/0009). Counted per typed
 * e-mail address and per client address; a count starts again when its last wrong password is older than
 * {@code pauseFor}.
 *
 * @param accountSlowAfter from this many wrong passwords in a row for one e-mail address, each further try waits
 *        (first {@code firstWait}, then twice as long each time)
 * @param accountPauseAfter at this many, signing in with that address pauses for {@code pauseFor}
 * @param addressSlowAfter the same as {@code accountSlowAfter}, for wrong passwords from one client address (many
 *        people of one organisation may share one address, so it is higher)
 * @param addressPauseAfter the same as {@code accountPauseAfter}, for one client address
 * @param firstWait the first wait
 * @param pauseFor how long a pause lasts; also how long a count is remembered
 */
@ConfigurationProperties("portal.sign-in")
public record SignInSettings(
        @DefaultValue("3") int accountSlowAfter,
        @DefaultValue("10") int accountPauseAfter,
        @DefaultValue("30") int addressSlowAfter,
        @DefaultValue("100") int addressPauseAfter,
        @DefaultValue("1s") Duration firstWait,
        @DefaultValue("15m") Duration pauseFor) {

    public SignInSettings {
        if (accountSlowAfter < 1 || accountPauseAfter < accountSlowAfter || addressSlowAfter < 1
                || addressPauseAfter < addressSlowAfter) {
            throw new IllegalArgumentException("portal.sign-in: each slow-after must be at least 1 and at most its "
                    + "pause-after");
        }
        if (firstWait.isNegative() || pauseFor.isNegative() || pauseFor.isZero()) {
            throw new IllegalArgumentException("portal.sign-in: first-wait must not be negative and pause-for must "
                    + "be positive");
        }
    }
}

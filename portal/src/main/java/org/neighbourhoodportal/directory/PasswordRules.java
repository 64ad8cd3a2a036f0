package org.neighbourhoodportal.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.springframework.stereotype.Component;

/**
 * The one set of rules for a new password, wherever one is set (the first administrator now; invitations and
 * "forgot password" later), as the NCSC and OWASP ASVS (V2.1) advise (docs/adr/0009): at least 12 characters, long
 * passphrases welcome (up to 128 characters, any characters, spaces included), no rules about mixing letters, digits
 * and symbols, no expiry, and none of the common passwords seen in breaches (the list bundled in
 * {@code passwords/common-passwords.txt.gz}, compared without regard to case or surrounding spaces).
 *
 * <p>Not a service: it reads nothing about anyone and checks only the text it is given.
 */
@Component
public class PasswordRules {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;
    private static final String COMMON_PASSWORDS = "/passwords/common-passwords.txt.gz";

    private final Set<String> common;

    public PasswordRules() {
        this.common = load();
    }

    /**
     * What is wrong with a new password, in plain English to show the person; empty when it may be used. Length is
     * counted in characters as a person counts them (an emoji is one).
     */
    public Optional<String> problem(String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("Choose a password of at least " + MINIMUM_LENGTH + " characters.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            return Optional.of("Your password needs at least " + MINIMUM_LENGTH + " characters; it has " + length
                    + ". A few words in a row make a long password that is easy to remember.");
        }
        if (length > MAXIMUM_LENGTH) {
            return Optional.of("Your password can have at most " + MAXIMUM_LENGTH + " characters; it has " + length
                    + ".");
        }
        if (isCommon(password)) {
            return Optional.of("That password is one of the most common ones, found in lists that attackers try "
                    + "first. Choose another: a few unrelated words in a row work well.");
        }
        return Optional.empty();
    }

    /**
     * @throws IllegalArgumentException with {@link #problem}'s words when the password may not be used
     */
    public void check(String password) {
        problem(password).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    private boolean isCommon(String password) {
        return common.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        InputStream resource = PasswordRules.class.getResourceAsStream(COMMON_PASSWORDS);
        if (resource == null) {
            throw new IllegalStateException("The list of common passwords is missing: " + COMMON_PASSWORDS);
        }
        Set<String> passwords = new HashSet<>(40_000);
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(resource), StandardCharsets.UTF_8))) {
            lines.lines().map(String::strip).filter(line -> !line.isEmpty())
                    .forEach(line -> passwords.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of common passwords", e);
        }
        return Set.copyOf(passwords);
    }
}

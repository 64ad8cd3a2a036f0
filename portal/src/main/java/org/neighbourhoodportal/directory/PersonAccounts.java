package org.neighbourhoodportal.directory;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.neighbourhoodportal.directory.domain.Person;
import org.neighbourhoodportal.directory.domain.PersonRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The directory's side of invitations and "forgot password" (feature: invite, docs/adr/0016): finding the account an
 * e-mail address belongs to, adding a person who has been invited, and setting a password.
 *
 * <p>Not a service, and it checks nobody: its caller, the {@code accounts} feature, has already checked the
 * administrator, the INT lead, or the single-use link. Password hashes never leave; a password is checked with
 * {@link PasswordRules} before it is hashed.
 */
@Component
public class PersonAccounts {

    /** The longest e-mail address and name the directory keeps (shared by its entity and the views). */
    public static final int EMAIL_LENGTH = Person.EMAIL_LENGTH;
    public static final int NAME_LENGTH = Person.NAME_LENGTH;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PersonRepository people;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final PasswordRules rules;

    PersonAccounts(PersonRepository people, JdbcClient jdbc, PasswordEncoder passwords, PasswordRules rules) {
        this.people = people;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.rules = rules;
    }

    /** Who an account is, without its password. */
    public record AccountHolder(long personId, String email, String displayName, boolean enabled) {
    }

    /** The person with this e-mail address (any case, surrounding spaces ignored), if there is one. */
    public Optional<AccountHolder> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return people.findByEmailIgnoreCase(email.trim()).map(PersonAccounts::holder);
    }

    public Optional<AccountHolder> byId(long personId) {
        return people.findById(personId).map(PersonAccounts::holder);
    }

    /**
     * Adds a person who has no password yet (one nobody knows is stored: they set their own from the invitation).
     *
     * @throws IllegalArgumentException when the address is already someone's, or a value is missing or too long
     */
    public AccountHolder addInvited(String email, String displayName) {
        String address = email == null ? "" : email.trim();
        String name = displayName == null ? "" : displayName.trim();
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > Person.EMAIL_LENGTH) {
            throw new IllegalArgumentException("Enter an e-mail address such as name@example.nhs.uk.");
        }
        if (name.isEmpty() || name.codePointCount(0, name.length()) > Person.NAME_LENGTH) {
            throw new IllegalArgumentException("Enter the person's name (at most " + Person.NAME_LENGTH
                    + " characters).");
        }
        if (people.findByEmailIgnoreCase(address).isPresent()) {
            throw new IllegalArgumentException("Someone in the directory already has the address " + address + ".");
        }
        return holder(people.save(new Person(address, name, null, null, unusablePassword(), false)));
    }

    /**
     * Sets the person's password, replacing any other.
     *
     * @throws IllegalArgumentException with {@link PasswordRules}' plain-English words when it may not be used
     */
    public void setPassword(long personId, String password) {
        rules.check(password);
        jdbc.sql("update person set password_hash = ? where id = ?").param(passwords.encode(password))
                .param(personId).update();
    }

    /** A hash of a random secret that is thrown away: nobody can sign in with a password until they set one. */
    public String unusablePassword() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return passwords.encode(Base64.getEncoder().encodeToString(secret));
    }

    private static AccountHolder holder(Person p) {
        return new AccountHolder(p.getId(), p.getEmail(), p.getDisplayName(), p.isEnabled());
    }
}

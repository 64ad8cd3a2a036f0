package org.neighbourhoodportal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.directory.domain.Person;
import org.neighbourhoodportal.directory.domain.PersonRepository;
import org.neighbourhoodportal.directory.domain.RoleAssignmentRepository;
import org.neighbourhoodportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;

@PortalTest
class AdministratorBootstrapTests {

    @Autowired PersonRepository people;
    @Autowired RoleAssignmentRepository roles;
    @Autowired PasswordEncoder passwords;
    @Autowired DirectoryService directory;

    @Test
    void the_first_administrator_is_created_once_with_a_hashed_password() {
        bootstrap("first.admin@example.nhs.uk", "a long enough secret").run(new DefaultApplicationArguments());
        bootstrap("first.admin@example.nhs.uk", "another long secret").run(new DefaultApplicationArguments());

        Person admin = people.findByEmailIgnoreCase("first.admin@example.nhs.uk").orElseThrow();
        assertThat(passwords.matches("a long enough secret", admin.getPasswordHash())).isTrue();
        assertThat(directory.accessProfile(admin.getId()).administrator()).isTrue();
    }

    @Test
    void a_short_password_is_refused_and_nobody_is_created() {
        assertThatThrownBy(() -> bootstrap("short@example.nhs.uk", "too short").run(new DefaultApplicationArguments()))
                .hasMessageContaining("at least 12 characters");
        assertThat(people.findByEmailIgnoreCase("short@example.nhs.uk")).isEmpty();
    }

    @Test
    void a_common_password_is_refused_even_when_long_enough() {
        assertThatThrownBy(() -> bootstrap("common@example.nhs.uk", "password1234").run(new DefaultApplicationArguments()))
                .hasMessageContaining("most common");
        assertThat(people.findByEmailIgnoreCase("common@example.nhs.uk")).isEmpty();
    }

    @Test
    void a_passphrase_longer_than_bcrypt_takes_is_stored_and_matches() {
        String passphrase = "the heron waits by the canal lock at dawn – Grüße, Zoë – and the kettle sings on";
        assertThat(passphrase.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);

        bootstrap("passphrase@example.nhs.uk", passphrase).run(new DefaultApplicationArguments());

        Person admin = people.findByEmailIgnoreCase("passphrase@example.nhs.uk").orElseThrow();
        assertThat(passwords.matches(passphrase, admin.getPasswordHash())).isTrue();
        assertThat(passwords.matches(passphrase + "!", admin.getPasswordHash())).isFalse();
    }

    private AdministratorBootstrap bootstrap(String email, String password) {
        return new AdministratorBootstrap(people, roles, passwords, new PasswordRules(), email, password);
    }
}

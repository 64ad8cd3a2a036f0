package org.neighbourhoodportal.directory;

import org.neighbourhoodportal.directory.domain.Person;
import org.neighbourhoodportal.directory.domain.PersonRepository;
import org.neighbourhoodportal.directory.domain.RoleAssignment;
import org.neighbourhoodportal.directory.domain.RoleAssignmentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of a new installation, from {@code PORTAL_BOOTSTRAP_ADMIN_EMAIL} and
 * {@code PORTAL_BOOTSTRAP_ADMIN_PASSWORD}: created once if nobody has that e-mail address, never changed after.
 */
@Component
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final PersonRepository people;
    private final RoleAssignmentRepository roles;
    private final PasswordEncoder passwords;
    private final PasswordRules rules;
    private final String email;
    private final String password;

    AdministratorBootstrap(PersonRepository people, RoleAssignmentRepository roles, PasswordEncoder passwords,
                           PasswordRules rules, @Value("${portal.bootstrap.admin-email:}") String email,
                           @Value("${portal.bootstrap.admin-password:}") String password) {
        this.people = people;
        this.roles = roles;
        this.passwords = passwords;
        this.rules = rules;
        this.email = email.trim();
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (email.isEmpty() || people.findByEmailIgnoreCase(email).isPresent()) {
            return;
        }
        rules.problem(password).ifPresent(problem -> {
            throw new IllegalStateException("portal.bootstrap.admin-password does not meet the password rules: "
                    + problem);
        });
        Person admin = people.save(new Person(email, "Administrator", null, null, passwords.encode(password), false));
        roles.save(RoleAssignment.administrator(admin));
        log.info("Created the first administrator, {}", email);
    }
}

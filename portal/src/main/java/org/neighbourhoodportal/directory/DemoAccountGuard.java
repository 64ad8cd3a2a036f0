package org.neighbourhoodportal.directory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile the portal refuses to start while demo accounts (with their published password) exist,
 * so a demo database can never quietly become a live one.
 */
@Component
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "false", matchIfMissing = true)
class DemoAccountGuard implements ApplicationRunner {

    private final DirectoryService directory;

    DemoAccountGuard(DirectoryService directory) {
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directory.hasDemoAccounts()) {
            throw new IllegalStateException("This database holds demo accounts, whose password is public. "
                    + "Start with the demo profile (--spring.profiles.active=demo) or use a database without them.");
        }
    }
}

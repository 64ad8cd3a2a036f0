package org.neighbourhoodportal.support;

import org.springframework.test.context.ActiveProfilesResolver;

/** {@code test} and {@code demo}, plus the production {@code mariadb} profile when the run is on MariaDB. */
public final class PortalTestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return TestDatabase.mariaDb() ? new String[] {"test", "demo", "mariadb"} : new String[] {"test", "demo"};
    }
}

package org.neighbourhoodportal.support;

import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * On a MariaDB run, gives every application context of a {@link PortalTest} a new database of its own, created when
 * the context starts and dropped when it closes. Spring caches contexts, so the tests that share a context share
 * its database, as they share the in-memory H2 one. Registered in {@code META-INF/spring.factories} (test).
 */
public final class MariaDbContexts implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        boolean portalTest = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(PortalTest.class);
        return portalTest && TestDatabase.mariaDb() ? new OwnDatabase() : null;
    }

    private static final class OwnDatabase implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestDatabase database = TestDatabase.fresh();
            TestPropertyValues.of(
                    "spring.datasource.url=" + database.url(),
                    "spring.datasource.username=" + database.user(),
                    "spring.datasource.password=" + database.password(),
                    // many contexts stay cached side by side; keep each one's share of the server's connections small
                    "spring.datasource.hikari.maximum-pool-size=8",
                    "spring.datasource.hikari.minimum-idle=1").applyTo(context);
            // registered before every other bean, so destroyed after all of them: the pool is closed by then
            ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                    .registerDisposableBean("portalTestDatabase", database::close);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OwnDatabase;
        }

        @Override
        public int hashCode() {
            return OwnDatabase.class.hashCode();
        }
    }
}

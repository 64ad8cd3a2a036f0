package org.neighbourhoodportal.workflow;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The engine starts only once Flyway has migrated, because Flyway creates and checks the engine's tables
 * ({@link V008__Create_engine_schema}, {@link EngineSchemaCheck}) and the engine no longer creates any itself
 * ({@code camunda.bpm.database.schema-update: false}). Registered in {@code META-INF/spring.factories}.
 */
public class EngineStartsAfterFlyway extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngineFactoryBean.class, ProcessEngine.class);
    }
}

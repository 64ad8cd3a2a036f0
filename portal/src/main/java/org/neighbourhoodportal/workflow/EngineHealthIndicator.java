package org.neighbourhoodportal.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The process engine's part of the portal's readiness ({@code /actuator/health/readiness} on the management port,
 * {@code management.endpoint.health.group.readiness} in {@code application.yml}): UP when the engine answers a query
 * on its own tables and has the portal's process models deployed, DOWN when that query fails (the database is gone
 * or the engine's schema is missing) or no model is deployed. Whether the job executor runs is reported as a detail
 * only: a node without it still serves people, and the other nodes run the timers.
 *
 * <p>Called by Spring Boot Actuator only; it throws nothing (a failure becomes DOWN with the exception's message).
 */
@Component("engine")
class EngineHealthIndicator extends AbstractHealthIndicator {

    private final ProcessEngine engine;

    EngineHealthIndicator(ProcessEngine engine) {
        super("The process engine cannot reach its tables");
        this.engine = engine;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        long models = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
        health.status(models > 0 ? "UP" : "DOWN")
                .withDetail("engine", engine.getName())
                .withDetail("processModels", models)
                .withDetail("jobExecutorActive", jobExecutorActive());
    }

    private boolean jobExecutorActive() {
        if (engine.getProcessEngineConfiguration() instanceof ProcessEngineConfigurationImpl configuration) {
            JobExecutor executor = configuration.getJobExecutor();
            return executor != null && executor.isActive();
        }
        return false;
    }
}

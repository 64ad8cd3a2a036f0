package org.neighbourhoodportal.reporting.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine works out a timer cycle when the model is deployed and, by default, keeps repeating that one. A model
 * that has not changed is not deployed again, so a new {@code portal.reports.schedule} would never be read. With
 * this, the engine reads the cycle again each time the timer is due, and the new schedule applies from the next run.
 * It is engine configuration that only this feature's timer needs today; if another process gets a cycle, it belongs
 * with the rest of the engine set-up in {@code workflow}.
 */
@Component
class ScheduleFollowsConfiguration extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setReevaluateTimeCycleWhenDue(true);
    }
}

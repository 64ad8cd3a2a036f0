package org.neighbourhoodportal.failures;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Faults on demand, for the tests that prove failures are told and survived: a database that stops answering, and a
 * gate that holds task completions inside the engine until several have arrived, so two people really complete at
 * the same moment (not merely close together).
 */
@TestConfiguration
class FaultInjection {

    /** The portal's datasource, able to refuse connections the way a pool does when the database is down. */
    static final class SwitchableDataSource extends DelegatingDataSource {

        private volatile boolean down;

        SwitchableDataSource(DataSource target) {
            super(target);
        }

        void down() {
            down = true;
        }

        void up() {
            down = false;
        }

        @Override
        public Connection getConnection() throws SQLException {
            refuseWhenDown();
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            refuseWhenDown();
            return super.getConnection(username, password);
        }

        private void refuseWhenDown() throws SQLException {
            if (down) {
                throw new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 30000ms.", "08001");
            }
        }
    }

    /** Holds each completing task in the engine (in its "complete" listener) until {@code parties} have arrived. */
    static final class CompletionGate {

        private final AtomicReference<CountDownLatch> latch = new AtomicReference<>();

        void arm(int parties) {
            latch.set(new CountDownLatch(parties));
        }

        void disarm() {
            latch.set(null);
        }

        /** Used once per arming: later completions (a retry) pass straight through. */
        void arrive() {
            CountDownLatch current = latch.get();
            if (current == null) {
                return;
            }
            current.countDown();
            try {
                current.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            latch.compareAndSet(current, null);
        }
    }

    @Bean
    static BeanPostProcessor switchableDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource source && !(bean instanceof SwitchableDataSource)
                        && beanName.equals("dataSource") ? new SwitchableDataSource(source) : bean;
            }
        };
    }

    @Bean
    CompletionGate completionGate() {
        return new CompletionGate();
    }

    @Bean
    AbstractProcessEnginePlugin completionGatePlugin(CompletionGate gate) {
        TaskListener waitAtGate = task -> gate.arrive();
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                if (configuration.getCustomPostBPMNParseListeners() == null) {
                    configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
                }
                configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
                    @Override
                    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                            TaskDefinition definition = behavior.getTaskDefinition();
                            definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, waitAtGate);
                        }
                    }
                });
            }
        };
    }
}

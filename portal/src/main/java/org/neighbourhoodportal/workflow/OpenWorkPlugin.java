package org.neighbourhoodportal.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Adds an {@link OpenWorkListener} to every user task the engine parses, so the portal's read model of open work
 * follows every task of every process, present and future, without the models mentioning it.
 *
 * <p>"create" runs after the model's own create listeners (one of them renames the task); the other events are the
 * engine's built-in kind, which also run when a process is deleted with custom listeners skipped, so no row outlives
 * its task.
 */
@Component
class OpenWorkPlugin extends AbstractProcessEnginePlugin {

    private final OpenWork openWork;
    private final ApplicationEventPublisher published;

    OpenWorkPlugin(OpenWork openWork, ApplicationEventPublisher published) {
        this.openWork = openWork;
        this.published = published;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behaviour
                        && activity.getProcessDefinition() instanceof ProcessDefinitionEntity process) {
                    TaskDefinition definition = behaviour.getTaskDefinition();
                    OpenWorkListener listener = new OpenWorkListener(openWork, published, process.getKey());
                    definition.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, listener);
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, listener);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
